import type { PlanChange } from "@/lib/domain/plan";
import { Card } from "../nhs/Card";

/** What a screen reader hears when a new version arrives while the page is open (LiveUpdates' live region). */
export function updateAnnouncement(version: number, changes: PlanChange[]): string {
  return `Updated just now: version ${version}. Changed: ${changes.map((c) => c.label).join(", ")}.`;
}

/**
 * What changed: a new version arrived while the page was open, or since the reader last looked.
 * Not itself a live region: it arrives with its text, so LiveUpdates announces it instead.
 */
export function ChangesBanner({ version, changes, since, whileOpen }: { version: number; changes: PlanChange[]; since: number | null; whileOpen: boolean }) {
  const title = whileOpen ? `Updated just now: version ${version}` : `Changed since you last looked (version ${since} to ${version})`;
  return (
    <Card variant="feature" className="ucp-updated" data-testid="updated-banner" heading={title} headingClass="nhsuk-heading-m">
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
