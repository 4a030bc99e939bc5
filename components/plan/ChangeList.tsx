import type { PlanChange } from "@/lib/domain/plan";

/** Changes grouped by section, each as "Label: before -> after" in plain language. */
export function ChangeList({ changes, empty, headingLevel = 2 }: { changes: PlanChange[]; empty: string; headingLevel?: 2 | 3 }) {
  if (changes.length === 0) return <p>{empty}</p>;
  const bySection = new Map<string, PlanChange[]>();
  for (const change of changes) bySection.set(change.sectionTitle, [...(bySection.get(change.sectionTitle) ?? []), change]);
  const Heading = `h${headingLevel}` as const;
  return (
    <>
      {[...bySection].map(([title, list]) => (
        <section key={title}>
          <Heading className="nhsuk-heading-s">{title}</Heading>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {list.map((c) => (
              <li key={c.field}>
                <strong>{c.label}:</strong> {c.before ?? "not answered"} <span aria-hidden="true">-&gt;</span>
                <span className="nhsuk-u-visually-hidden"> changed to </span> {c.after ?? "not answered"}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
