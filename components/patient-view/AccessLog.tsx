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

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/London" });

/** "Who has looked at my plan": from the audit trail, newest first. */
export function AccessLog({ entries }: { entries: Entry[] }) {
  if (entries.length === 0) return <p>Nobody has looked at your plan yet.</p>;
  return (
    <ResponsiveTable
      caption="Who has looked at my plan"
      headers={["When", "Organisation", "Role", "How", "Reason"]}
      rows={entries.map((e) => ({
        key: e.id,
        cells: [
          when.format(e.at),
          e.organisation,
          e.role ? (roleLabels[e.role as Role] ?? e.role) : "Unknown",
          e.system ? `Their computer system "${e.system.name}", set up by ${e.system.createdBy}` : "This service",
          e.reason ?? "Not given",
        ],
      }))}
    />
  );
}
