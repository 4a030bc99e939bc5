import type { Metadata } from "next";
import { z } from "zod";
import Link from "next/link";
import { ChangesBanner, updateAnnouncement } from "@/components/views/ChangesBanner";
import { EmergencySummary } from "@/components/views/EmergencySummary";
import { LiveUpdates } from "@/components/views/LiveUpdates";
import { PatientBanner } from "@/components/views/PatientBanner";
import { NotSharedNotice, SharingWithdrawn } from "@/components/views/SharingWithdrawn";
import { SocialCareSummary } from "@/components/views/SocialCareSummary";
import { titled } from "@/lib/domain/page-title";
import { checkedParams, forPage, pageParams, signedInCaller } from "@/lib/server/page";
import { getPlanView } from "@/lib/server/views/plan-view";

export const metadata: Metadata = titled("Emergency summary");

type Search = Promise<Record<string, string | string[] | undefined>>;

const summaryQuery = z.object({ changedFrom: pageParams.queryVersion });

export default async function EmergencySummaryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Search }) {
  const { id } = await checkedParams(params, pageParams.patient);
  const query = await checkedParams(searchParams, summaryQuery);
  const { changedFrom } = query;
  const path = `/patients/${encodeURIComponent(id)}/summary`;
  const caller = await signedInCaller(path);
  // Outside the care team, forPage goes to the break-glass question and comes back here.
  const view = await forPage(() => getPlanView(caller, { patientId: id, changedFrom }), path);
  return (
    <>
      <LiveUpdates
        patientId={view.patient.id}
        version={view.plan?.version ?? 0}
        token={view.stateToken}
        announcement={view.changedWhileOpen && view.plan && view.changes.length > 0 ? updateAnnouncement(view.plan.version, view.changes) : ""}
      />
      <PatientBanner view={view} />
      {view.changes.length > 0 && view.plan && (
        <ChangesBanner version={view.plan.version} changes={view.changes} since={view.changedSince} whileOpen={view.changedWhileOpen} />
      )}
      {view.plan && !view.grants.plainOnly && (
        <p className="ucp-no-print">
          <Link href={`/patients/${view.patient.id}/print`}>Print the plan (ReSPECT order)</Link>
        </p>
      )}
      {view.sharingWithdrawnAt && !view.withheld && <NotSharedNotice since={view.sharingWithdrawnAt} ownPlan={caller.actor.patientId === view.patient.id} />}
      {view.withheld && view.sharingWithdrawnAt ? (
        <SharingWithdrawn since={view.sharingWithdrawnAt} />
      ) : view.plan && view.grants.plainOnly ? (
        <SocialCareSummary plan={view.plan} />
      ) : view.plan ? (
        <EmergencySummary plan={view.plan} changes={view.changes} />
      ) : (
        <div className="nhsuk-inset-text" data-testid="no-plan">
          <h2 className="nhsuk-heading-m">No care plan</h2>
          <p>
            {view.hasDraftOnly
              ? "A plan is being written but has not been published yet."
              : "This person has no urgent care plan. Treat them as you normally would."}
          </p>
        </div>
      )}
    </>
  );
}
