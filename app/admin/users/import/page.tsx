import type { Metadata } from "next";
import Link from "next/link";
import { ImportUsersForm } from "@/components/admin/people/ImportUsersForm";
import { titled } from "@/lib/domain/page-title";
import { forPage, signedInCaller } from "@/lib/server/page";
import { importUsers } from "@/lib/server/people/import-users";

export const metadata: Metadata = titled("Import people");

export default async function ImportUsersPage() {
  const caller = await signedInCaller("/admin/users/import");
  const actor = await forPage(() => importUsers.authorizeOnly(caller), "/admin/users/import");
  return (
    <>
      <Link className="nhsuk-back-link" href="/admin/users">
        User accounts
      </Link>
      <h1>Import people</h1>
      <p>
        A CSV file with a header line naming the columns <code>email</code>, <code>name</code>, <code>ods_code</code>, <code>role</code> (for example{" "}
        <code>NURSE</code>), <code>registration_body</code> (for example <code>NMC</code>) and <code>registration_number</code>, up to 5,000 people. Check it
        first: every problem is listed with its line and column, and nothing is imported until there are none. Importing the same file again changes nothing.
      </p>
      {actor.role !== "ADMIN" && <p>Every line must be for your own organisation, {actor.organisationName}.</p>}
      <ImportUsersForm />
    </>
  );
}
