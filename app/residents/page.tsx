import type { Metadata } from "next";
import Link from "next/link";
import { ResponsiveTable } from "@/components/nhs/ResponsiveTable";
import { ageOn, formatDate } from "@/lib/domain/london-time";
import { bannerName } from "@/lib/domain/names";
import { formatNhsNumber } from "@/lib/domain/nhs-number";
import { titled } from "@/lib/domain/page-title";
import { MAX_CARE_TEAM_PATIENTS, listCareTeamPatients } from "@/lib/server/care-team-patients";
import { forPage, signedInCaller } from "@/lib/server/page";

export const metadata: Metadata = titled("Residents");

const planLabel = (plan: { status: string; publishedVersion: number } | null) => {
  if (!plan || plan.publishedVersion === 0) return "No care plan";
  return plan.status === "CANCELLED" ? "Care plan cancelled" : "Care plan";
};

/** The people the actor's organisation cares for now (a care home's residents): how care home staff find them. */
export default async function ResidentsPage() {
  const caller = await signedInCaller("/residents");
  const { patients, more } = await forPage(() => listCareTeamPatients(caller, {}), "/residents");
  return (
    <>
      <h1>Residents</h1>
      <p>
        People {caller.actor.organisationName ? `${caller.actor.organisationName} cares for` : "your organisation cares for"} now, as their care team records
        it. Someone missing? Ask their GP practice to add your organisation to their care team.
      </p>
      {patients.length === 0 ? (
        <div className="nhsuk-inset-text" role="status">
          <p>No one&apos;s care team includes your organisation.</p>
        </div>
      ) : (
        <ResponsiveTable
          caption={patients.length === 1 ? "1 resident" : `${patients.length} residents`}
          headers={["Name", "NHS number", "Date of birth", "Care plan"]}
          rows={patients.map((p) => ({
            key: p.id,
            cells: [
              <Link key="name" href={`/patients/${p.id}`}>
                {bannerName(p)}
              </Link>,
              formatNhsNumber(p.nhsNumber),
              `${formatDate(p.dateOfBirth)} (${ageOn(p.dateOfBirth)})`,
              planLabel(p.plan),
            ],
          }))}
        />
      )}
      {more && <p>Only the first {MAX_CARE_TEAM_PATIENTS} are listed: find anyone else by their NHS number.</p>}
    </>
  );
}
