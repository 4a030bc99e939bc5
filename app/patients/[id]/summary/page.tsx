import type { Metadata } from "next";
import { z } from "zod";
import Link from "next/link";
import { BreakGlassForm } from "@/components/views/BreakGlassForm";
import { ChangesBanner } from "@/components/views/ChangesBanner";
import { EmergencySummary } from "@/components/views/EmergencySummary";
import { LiveUpdates } from "@/components/views/LiveUpdates";
import { PatientBanner } from "@/components/views/PatientBanner";
import { isAppError } from "@/lib/server/errors";
import { checkedParams, forPage, pageParams, signedInCaller } from "@/lib/server/page";
import { getPlanView } from "@/lib/server/views/plan-view";

export const metadata: Metadata = { title: "Emergency summary" };

type Search = Promise<Record<string, string | string[] | undefined>>;

const summaryQuery = z.object({ changedFrom: pageParams.queryVersion, reason: pageParams.queryText, reasonText: pageParams.queryText });

export default async function EmergencySummaryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Search }) {
  const { id } = await checkedParams(params, pageParams.patient);
  const query = await checkedParams(searchParams, summaryQuery);
  const { changedFrom } = query;
  const reason = query.reasonText?.trim() || query.reason; // free text wins over the radios
  const path = `/patients/${encodeURIComponent(id)}/summary`;
  const caller = await signedInCaller(path);
  let view;
  try {
    view = await forPage(() => getPlanView(caller, { patientId: id, reason, changedFrom }), path, { asks: ["reason"] });
  } catch (e) {
    if (isAppError(e) && e.code === "INVALID" && e.fieldErrors.reason) return <BreakGlassForm action={path} message={e.fieldErrors.reason} />;
    throw e;
  }
  return (
    <>
      <PatientBanner view={view} />
      {view.changes.length > 0 && view.plan && <ChangesBanner version={view.plan.version} changes={view.changes} since={view.changedSince} whileOpen={view.changedWhileOpen} />}
      {view.plan && (
        <p className="ucp-no-print">
          <Link href={`/patients/${view.patient.id}/print${reason ? `?reason=${encodeURIComponent(reason)}` : ""}`}>Print the plan (ReSPECT order)</Link>
        </p>
      )}
      {view.plan ? (
        <EmergencySummary plan={view.plan} changes={view.changes} />
      ) : (
        <div className="nhsuk-inset-text" data-testid="no-plan">
          <h2 className="nhsuk-heading-m">No care plan</h2>
          <p>{view.hasDraftOnly ? "A plan is being written but has not been published yet." : "This person has no urgent care plan. Treat them as you normally would."}</p>
        </div>
      )}
      <LiveUpdates patientId={view.patient.id} version={view.plan?.version ?? 0} />
    </>
  );
}
