import type { PlanChange } from "@/lib/domain/plan";
import { Card } from "../nhs/Card";

/** What changed: a new version arrived while the page was open, or since the reader last looked. */
export function ChangesBanner({ version, changes, since, whileOpen }: { version: number; changes: PlanChange[]; since: number | null; whileOpen: boolean }) {
  const title = whileOpen ? `Updated just now: version ${version}` : `Changed since you last looked (version ${since} to ${version})`;
  return (
    <Card
      variant="feature"
      className="ucp-updated"
      role="status"
      aria-live="polite"
      data-testid="updated-banner"
      heading={title}
      headingClass="nhsuk-heading-m"
    >
      <ul className="nhsuk-list nhsuk-list--bullet">
        {changes.map((c) => (
          <li key={c.field}>
            {c.label}: {c.before ?? "not recorded"} → <strong>{c.after ?? "removed"}</strong>
          </li>
        ))}
      </ul>
    </Card>
  );
}
