import { show } from "./show";

/** A summary list of answered fields of one section, in plain English; unanswered ones are left out. */
export function FieldList({
  section,
  values,
  fields,
  changed,
}: {
  section: string;
  values: Record<string, unknown>;
  fields: [string, string][];
  changed?: Set<string>;
}) {
  const rows = fields.map(([key, label]) => [label, show(`${section}.${key}`, values[key]), changed?.has(`${section}.${key}`)] as const).filter(([, v]) => v);
  if (rows.length === 0) return <p className="nhsuk-body">Nothing recorded.</p>;
  return (
    <dl className="nhsuk-summary-list">
      {rows.map(([label, value, isChanged]) => (
        <div className={`nhsuk-summary-list__row${isChanged ? " ucp-changed" : ""}`} key={label}>
          <dt className="nhsuk-summary-list__key">
            {label} {isChanged && <strong className="nhsuk-tag nhsuk-tag--yellow">Changed</strong>}
          </dt>
          <dd className="nhsuk-summary-list__value ucp-pre-line">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
