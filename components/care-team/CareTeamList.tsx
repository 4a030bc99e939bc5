import type { ReactNode } from "react";
import { membershipRoleLabels } from "@/lib/domain/care-team";
import { formatDate } from "@/lib/domain/london-time";
import type { CareTeam } from "@/lib/server/care-team-members";
import { ResponsiveTable } from "../nhs/ResponsiveTable";

type Member = CareTeam["members"][number];

const dates = (m: Member) => {
  const from = `From ${formatDate(m.since)}`;
  if (m.endedAt) return `${from}, ended ${formatDate(m.endedAt)}${m.endedBy ? ` by ${m.endedBy}` : ""}`;
  return m.until ? `${from} to ${formatDate(m.until)}` : from;
};

/** A person's care team, one table per state: who cares for them now, who will, who did. */
export function CareTeamList({ members, action }: { members: Member[]; action?: (m: Member) => ReactNode }) {
  const table = (state: Member["state"], caption: string, empty?: string) => {
    const rows = members.filter((m) => m.state === state);
    if (rows.length === 0) return empty ? <p>{empty}</p> : null;
    const withAction = !!action && state !== "past";
    return (
      <ResponsiveTable
        caption={caption}
        headers={["Organisation", "Role", "Dates", ...(withAction ? ["Change"] : [])]}
        rows={rows.map((m) => ({
          key: m.id,
          cells: [
            <>
              {m.organisation.name} <span className="nhsuk-u-secondary-text-colour">({m.organisation.odsCode})</span>
            </>,
            membershipRoleLabels[m.role],
            dates(m),
            ...(withAction ? [action(m)] : []),
          ],
        }))}
      />
    );
  };
  return (
    <div data-testid="care-team">
      {table("current", "Caring for the person now", "No organisation is caring for this person now.")}
      {table("upcoming", "Starting later")}
      {table("past", "In the past")}
    </div>
  );
}
