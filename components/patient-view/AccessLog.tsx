import { formatDateTime } from "@/lib/domain/london-time";
import { PAGE_SIZE, type Paged } from "@/lib/domain/pagination";
import { roleLabels, type Role } from "@/lib/domain/roles";
import { ResponsiveTable } from "../nhs/ResponsiveTable";

interface Entry {
  id: string;
  at: Date;
  role: string | null;
  organisation: string;
  reason: string | null;
  /** Set when another organisation's computer system read it through the API. */
  system: { name: string; createdBy: string } | null;
}

/** "Who has looked at my plan": from the audit trail, newest first, a page at a time. */
export function AccessLog({ log }: { log: Paged<Entry> }) {
  const { rows: entries, page } = log;
  if (entries.length === 0) return <p>{page === 1 ? "Nobody has looked at your plan yet." : "There are no older entries."}</p>;
  const first = (page - 1) * PAGE_SIZE + 1;
  return (
    <ResponsiveTable
      caption={`Who has looked at my plan: ${first} to ${first + entries.length - 1}, newest first`}
      headers={["When", "Organisation", "Role", "How", "Reason"]}
      rows={entries.map((e) => ({
        key: e.id,
        cells: [
          formatDateTime(e.at),
          e.organisation,
          e.role ? (roleLabels[e.role as Role] ?? e.role) : "Unknown",
          e.system ? `Their computer system "${e.system.name}", set up by ${e.system.createdBy}` : "This service",
          e.reason ?? "Not given",
        ],
      }))}
    />
  );
}
