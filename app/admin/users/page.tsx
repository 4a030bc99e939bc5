import type { Metadata } from "next";
import { UserList } from "@/components/admin/UserList";
import { titled } from "@/lib/domain/page-title";
import { forPage, signedInCaller } from "@/lib/server/page";
import { listUsers } from "@/lib/server/users";

export const metadata: Metadata = titled("User accounts");

export default async function UsersPage() {
  const caller = await signedInCaller("/admin/users");
  const users = await forPage(() => listUsers(caller, {}), "/admin/users");
  return (
    <>
      <h1>User accounts</h1>
      <UserList users={users} />
    </>
  );
}
