import Link from "next/link";
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

/** One page of accounts; each name opens the person's page. */
export function UserList({ users, caption }: { users: UserRow[]; caption: string }) {
  return (
    <ResponsiveTable
      caption={caption}
      headers={["Name", "Email address", "Role", "Organisation", "Status"]}
      rows={users.map((u) => ({
        key: u.id,
        cells: [
          <Link key="name" href={`/admin/users/${u.id}`}>
            {u.name}
          </Link>,
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
