import { formatDate } from "@/lib/domain/london-time";
import { roleLabels, type Role } from "@/lib/domain/roles";
import { ResponsiveTable } from "../nhs/ResponsiveTable";

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  lastLoginAt: Date | null;
  organisation: { name: string; odsCode: string } | null;
}

export function UserList({ users }: { users: UserRow[] }) {
  return (
    <ResponsiveTable
      caption={`User accounts (${users.length})`}
      headers={["Name", "Email address", "Role", "Organisation", "Status"]}
      rows={users.map((u) => ({
        key: u.id,
        cells: [
          u.name,
          u.email,
          roleLabels[u.role],
          u.organisation ? `${u.organisation.name} (${u.organisation.odsCode})` : "None",
          <>
            {u.active ? "Active" : "Deactivated"}
            {u.lastLoginAt && <span className="nhsuk-body-s nhsuk-u-display-block">Last signed in {formatDate(u.lastLoginAt)}</span>}
          </>,
        ],
      }))}
    />
  );
}
