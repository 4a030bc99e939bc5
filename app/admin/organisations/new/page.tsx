import type { Metadata } from "next";
import Link from "next/link";
import { OrganisationForm } from "@/components/admin/organisations/OrganisationForm";
import { titled } from "@/lib/domain/page-title";
import { addOrganisation } from "@/lib/server/organisations/manage";
import { forPage, signedInCaller } from "@/lib/server/page";

export const metadata: Metadata = titled("Add an organisation");

export default async function NewOrganisationPage() {
  const caller = await signedInCaller("/admin/organisations/new");
  await forPage(() => addOrganisation.authorizeOnly(caller), "/admin/organisations/new");
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Link className="nhsuk-back-link" href="/admin/organisations">
          Back to organisations
        </Link>
        <h1>Add an organisation</h1>
        <OrganisationForm />
      </div>
    </div>
  );
}
