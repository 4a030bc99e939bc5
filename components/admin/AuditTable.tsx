import { auditActionLabel } from "@/lib/domain/audit-actions";
import { formatDateTime } from "@/lib/domain/london-time";
import { bannerName } from "@/lib/domain/names";
import { formatNhsNumber } from "@/lib/domain/nhs-number";
import { PAGE_SIZE, type Paged } from "@/lib/domain/pagination";
import { roleLabels, type Role } from "@/lib/domain/roles";
import type { AuditRow } from "@/lib/server/admin/audit-search";
import { ResponsiveTable } from "../nhs/ResponsiveTable";

export function AuditTable({ events }: { events: Paged<AuditRow> }) {
  const { rows, page } = events;
  if (rows.length === 0) return <p role="status">{page === 1 ? "No audit events match." : "No more audit events match."}</p>;
  const first = (page - 1) * PAGE_SIZE + 1;
  return (
    <ResponsiveTable
      caption={`Events ${first} to ${first + rows.length - 1}, newest first (UK time)`}
      headers={["Time", "Action", "Who", "Organisation", "Patient", "Reason"]}
      rows={rows.map((r) => ({
        key: r.id,
        cells: [
          formatDateTime(r.at, { seconds: true }),
          <>
            {auditActionLabel(r.action)} {r.outcome !== "SUCCESS" && <strong className="nhsuk-tag nhsuk-tag--red">{r.outcome.toLowerCase()}</strong>}
            {r.breakGlass && <strong className="nhsuk-tag nhsuk-tag--orange">break glass</strong>}
            {/* The recorded name too: the one the CSV export and the hazard log use. */}
            <span className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-display-block">{r.action}</span>
            {r.subject && <span className="nhsuk-body-s nhsuk-u-display-block">About {r.subject.name}</span>}
            {r.apiClient && (
              <span className="nhsuk-body-s nhsuk-u-display-block">
                API client {r.apiClient.name}
                {r.apiClient.createdBy && `, registered by ${r.apiClient.createdBy}`}
              </span>
            )}
          </>,
          r.actor ? `${r.actor.name} (${r.role ? (roleLabels[r.role as Role] ?? r.role) : "?"})` : "Not signed in",
          r.organisation?.name ?? "",
          r.patient ? `${bannerName(r.patient)}, ${formatNhsNumber(r.patient.nhsNumber)}${r.version ? `, v${r.version}` : ""}` : "",
          r.reason ?? "",
        ],
      }))}
    />
  );
}
