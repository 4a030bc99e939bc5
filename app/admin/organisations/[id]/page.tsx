import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { organisationState } from "@/components/admin/organisations/OrganisationList";
import { OrganisationForm } from "@/components/admin/organisations/OrganisationForm";
import { SuspendOrganisation } from "@/components/admin/organisations/SuspendOrganisation";
import { Card } from "@/components/nhs/Card";
import { formatDateTime } from "@/lib/domain/london-time";
import { titled } from "@/lib/domain/page-title";
import { getOrganisation } from "@/lib/server/organisations/manage";
import { checkedParams, forPage, pageParams, signedInCaller } from "@/lib/server/page";

export const metadata: Metadata = titled("Organisation details");

const dateParts = (d: Date | null) =>
  d ? { day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()) } : { day: "", month: "", year: "" };

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

export default async function OrganisationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, unknown>> }) {
  const { id } = await checkedParams(params, z.object({ id: z.uuid() }));
  const { added } = await checkedParams(searchParams, z.object({ added: pageParams.queryText }));
  const path = `/admin/organisations/${id}`;
  const caller = await signedInCaller(path);
  const org = await forPage(() => getOrganisation(caller, { id }), path);
  const state = organisationState(org);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Link className="nhsuk-back-link" href="/admin/organisations">
          Back to organisations
        </Link>
        {added === "1" && (
          <Card variant="feature" role="status" heading="Organisation added">
            <p>
              {org.name} ({org.odsCode}) has been added.
              {!org.sharingAgreementSignedOn && " Its staff can sign in once you record the date its sharing agreement was signed."}
            </p>
          </Card>
        )}
        <span className="nhsuk-caption-l" data-testid="organisation-name">
          {org.name} ({org.odsCode})
        </span>
        <h1>Organisation details</h1>
        <p>
          <strong className={`nhsuk-tag nhsuk-tag--${state.colour}`}>{state.text}</strong>
        </p>
        {org.status === "SUSPENDED" && (
          <p>
            Suspended {org.suspendedAt ? formatDateTime(org.suspendedAt) : ""}: {org.suspendedReason}
          </p>
        )}
        <p>
          {plural(org._count.users, "user account")}, {plural(org._count.apiClients, "FHIR API client")}.{" "}
          <Link href={`/admin/audit?subject=${org.id}`}>Every administrative act on this organisation</Link>
        </p>
        <h2>Change its details</h2>
        <OrganisationForm
          id={org.id}
          initial={{
            odsCode: org.odsCode,
            name: org.name,
            kind: org.kind,
            postcode: org.postcode ?? "",
            parentIcbOdsCode: org.parentIcb?.odsCode ?? "",
            sharingAgreementSignedOn: dateParts(org.sharingAgreementSignedOn),
            dsptStatus: org.dsptStatus ?? "",
            dsptStatusOn: dateParts(org.dsptStatusOn),
          }}
        />
        <SuspendOrganisation id={org.id} name={org.name} suspended={org.status === "SUSPENDED"} />
      </div>
    </div>
  );
}
