import type { PlanChange } from "@/lib/domain/plan";

/** "Updated just now": shown when a new version arrived while the page was open. */
export function ChangesBanner({ version, changes }: { version: number; changes: PlanChange[] }) {
  return (
    <div className="nhsuk-card nhsuk-card--feature ucp-updated" role="status" aria-live="polite" data-testid="updated-banner">
      <div className="nhsuk-card__content nhsuk-card__content--feature">
        <h2 className="nhsuk-card__heading nhsuk-card__heading--feature nhsuk-heading-m">Updated just now: version {version}</h2>
        <ul className="nhsuk-list nhsuk-list--bullet">
          {changes.map((c) => (
            <li key={c.field}>
              {c.label}: {c.before ?? "not recorded"} → <strong>{c.after ?? "removed"}</strong>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
