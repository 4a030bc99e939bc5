import type { Metadata } from "next";
import Link from "next/link";
import { OrganisationImport } from "@/components/admin/organisations/OrganisationImport";
import { titled } from "@/lib/domain/page-title";
import { importOrganisations } from "@/lib/server/organisations/import";
import { forPage, signedInCaller } from "@/lib/server/page";

export const metadata: Metadata = titled("Import organisations from a CSV file");

export default async function ImportOrganisationsPage() {
  const caller = await signedInCaller("/admin/organisations/import");
  await forPage(() => importOrganisations.authorizeOnly(caller), "/admin/organisations/import");
  return (
    <>
      <Link className="nhsuk-back-link" href="/admin/organisations">
        Back to organisations
      </Link>
      <h1>Import organisations from a CSV file</h1>
      <p>
        Use a file from the Organisation Data Service (for example epraccur for GP practices, etr for NHS trusts), or any CSV file whose first row names its
        columns (Organisation Code, Name, Postcode, Status Code, High Level Health Geography, Kind). Organisations are matched by ODS code: new ones are added,
        changed names, postcodes and parent ICBs are updated, closed ones (status C or D) are suspended, and importing the same file again changes nothing.
      </p>
      <p>You will see what the import will do before anything changes. If any row has a problem, nothing is imported.</p>
      <OrganisationImport />
    </>
  );
}
