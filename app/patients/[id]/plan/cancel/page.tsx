import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CancelPlanForm } from "@/components/plan/CancelPlanForm";
import { titled } from "@/lib/domain/page-title";
import { checkedParams, forPage, pageParams, signedInCaller } from "@/lib/server/page";
import { cancelPlan } from "@/lib/server/plans/lifecycle";
import { getPlanHistory } from "@/lib/server/plans/versions";
import { proseName } from "@/lib/domain/names";

export const metadata: Metadata = titled("Cancel the care plan");

export default async function CancelPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await checkedParams(params, pageParams.patient);
  const path = `/patients/${encodeURIComponent(id)}/plan/cancel`;
  const caller = await signedInCaller(path);
  await forPage(() => cancelPlan.authorizeFor(caller, { patientId: id }), path);
  // One audited read: the plan comes with the patient's details.
  const { patient, plan } = await forPage(() => getPlanHistory(caller, { patientId: id }), path);
  if (!plan || plan.status === "CANCELLED") notFound();
  return (
    <>
      <Link className="nhsuk-back-link" href={`/patients/${patient.id}`}>
        Back to {proseName(patient)}
      </Link>
      <CancelPlanForm patientId={patient.id} planId={plan.id} name={proseName(patient)} />
    </>
  );
}
