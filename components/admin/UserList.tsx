import { formatDate } from "@/lib/domain/date-input";
import { roleLabels, type Role } from "@/lib/domain/roles";

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
    <table className="nhsuk-table ucp-results">
      <caption className="nhsuk-table__caption">User accounts ({users.length})</caption>
      <thead className="nhsuk-table__head">
        <tr>
          <th scope="col" className="nhsuk-table__header">Name</th>
          <th scope="col" className="nhsuk-table__header">Email address</th>
          <th scope="col" className="nhsuk-table__header">Role</th>
          <th scope="col" className="nhsuk-table__header">Organisation</th>
          <th scope="col" className="nhsuk-table__header">Status</th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {users.map((u) => (
          <tr key={u.id} className="nhsuk-table__row">
            <td className="nhsuk-table__cell">{u.name}</td>
            <td className="nhsuk-table__cell">{u.email}</td>
            <td className="nhsuk-table__cell">{roleLabels[u.role]}</td>
            <td className="nhsuk-table__cell">{u.organisation ? `${u.organisation.name} (${u.organisation.odsCode})` : "None"}</td>
            <td className="nhsuk-table__cell">
              {u.active ? "Active" : "Deactivated"}
              {u.lastLoginAt && <span className="nhsuk-body-s nhsuk-u-display-block">Last signed in {formatDate(u.lastLoginAt)}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
