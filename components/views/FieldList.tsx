import { show } from "./show";

/** A summary list of answered fields of one section, in plain English; unanswered ones are left out. */
export function FieldList({ section, values, fields }: { section: string; values: Record<string, unknown>; fields: [string, string][] }) {
  const rows = fields.map(([key, label]) => [label, show(`${section}.${key}`, values[key])] as const).filter(([, v]) => v);
  if (rows.length === 0) return <p className="nhsuk-body">Nothing recorded.</p>;
  return (
    <dl className="nhsuk-summary-list">
      {rows.map(([label, value]) => (
        <div className="nhsuk-summary-list__row" key={label}>
          <dt className="nhsuk-summary-list__key">{label}</dt>
          <dd className="nhsuk-summary-list__value ucp-pre-line">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
