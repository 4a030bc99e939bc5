import type { Metadata } from "next";
import Link from "next/link";
import { NewUserForm } from "@/components/admin/people/NewUserForm";
import { staffRoles } from "@/lib/domain/organisation-roles";
import { titled } from "@/lib/domain/page-title";
import { grantableRoles } from "@/lib/domain/user-accounts";
import { forPage, signedInCaller } from "@/lib/server/page";
import { createUser } from "@/lib/server/people/create-user";

export const metadata: Metadata = titled("Add a person");

export default async function NewUserPage() {
  const caller = await signedInCaller("/admin/users/new");
  const actor = await forPage(() => createUser.authorizeOnly(caller), "/admin/users/new");
  const service = actor.role === "ADMIN";
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Link className="nhsuk-back-link" href="/admin/users">
          User accounts
        </Link>
        <h1>Add a person</h1>
        <p>
          They get an account with no password. On the next page, make a one-time link for them to set one. People who sign in with CIS2 need no account here:
          theirs is made when they first sign in.
        </p>
        <NewUserForm roles={service ? grantableRoles : staffRoles} organisation={service ? null : actor.organisationName} />
      </div>
    </div>
  );
}
