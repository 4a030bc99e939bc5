import type { Metadata } from "next";
import Link from "next/link";
import { ChangeRequestForm } from "@/components/patient-view/ChangeRequestForm";
import { ownPagePath } from "@/components/patient-view/MyPlan";
import { OwnChangeRequests } from "@/components/patient-view/OwnChangeRequests";
import { titled } from "@/lib/domain/page-title";
import { forPage, signedInCaller } from "@/lib/server/page";
import { listOwnChangeRequests } from "@/lib/server/plans/change-requests";
import { ownPageSubject } from "@/lib/server/proxies/own-page-subject";

type Search = Promise<Record<string, string | string[] | undefined>>;

const heading = (search: Record<string, unknown>) => (search.for ? "Ask for a change to their plan" : "Ask for a change to your plan");

export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  return titled(heading(await searchParams));
}

export default async function ChangeRequestPage({ searchParams }: { searchParams: Search }) {
  const search = await searchParams;
  const caller = await signedInCaller("/my-plan/change");
  const { patientId, actingFor } = ownPageSubject(caller.actor, search);
  const path = ownPagePath("/my-plan/change", actingFor);
  const requests = await forPage(() => listOwnChangeRequests(caller, { patientId }), path);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Link className="nhsuk-back-link" href={actingFor ? ownPagePath("/my-plan", actingFor) : "/"}>
          Back to the care plan
        </Link>
        <h1>{heading(search)}</h1>
        <ChangeRequestForm patientId={patientId} actingFor={!!actingFor} />
        <OwnChangeRequests requests={requests} />
      </div>
    </div>
  );
}
