import { formatNhsNumber } from "@/lib/domain/nhs-number";
import { roleLabels, type Role } from "@/lib/domain/roles";
import type { AuditRow } from "@/lib/server/admin/audit-search";
import { ResponsiveTable } from "../nhs/ResponsiveTable";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  if (rows.length === 0) return <p role="status">No audit events match.</p>;
  return (
    <ResponsiveTable
      caption={`${rows.length} events, newest first (times in UTC)`}
      headers={["Time (UTC)", "Action", "Who", "Organisation", "Patient", "Reason"]}
      rows={rows.map((r) => ({
        key: r.id,
        cells: [
          when.format(r.at),
          <>
            {r.action} {r.outcome !== "SUCCESS" && <strong className="nhsuk-tag nhsuk-tag--red">{r.outcome.toLowerCase()}</strong>}
            {r.breakGlass && <strong className="nhsuk-tag nhsuk-tag--orange">break glass</strong>}
            {r.apiClient && (
              <span className="nhsuk-body-s nhsuk-u-display-block">
                API client {r.apiClient.name}
                {r.apiClient.createdBy && `, registered by ${r.apiClient.createdBy}`}
              </span>
            )}
          </>,
          r.actor ? `${r.actor.name} (${r.role ? (roleLabels[r.role as Role] ?? r.role) : "?"})` : "Not signed in",
          r.organisation?.name ?? "",
          r.patient ? `${r.patient.givenName} ${r.patient.familyName.toUpperCase()}, ${formatNhsNumber(r.patient.nhsNumber)}${r.version ? `, v${r.version}` : ""}` : "",
          r.reason ?? "",
        ],
      }))}
    />
  );
}
