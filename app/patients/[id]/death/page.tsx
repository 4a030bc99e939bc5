import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RecordDeathForm } from "@/components/plan/RecordDeathForm";
import { titled } from "@/lib/domain/page-title";
import { checkedParams, forPage, pageParams, signedInCaller } from "@/lib/server/page";
import { getPatient } from "@/lib/server/patients";
import { recordDeath } from "@/lib/server/plans/lifecycle";
import { proseName } from "@/lib/domain/names";

export const metadata: Metadata = titled("Record a death");

export default async function RecordDeathPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await checkedParams(params, pageParams.patient);
  const path = `/patients/${encodeURIComponent(id)}/death`;
  const caller = await signedInCaller(path);
  // Role, scope and break glass before the form (the action checks them again).
  await forPage(() => recordDeath.authorizeFor(caller, { patientId: id }), path);
  const patient = await forPage(() => getPatient(caller, { patientId: id }), path);
  if (patient.dateOfDeath) notFound();
  return (
    <>
      <Link className="nhsuk-back-link" href={`/patients/${patient.id}`}>
        Back to {proseName(patient)}
      </Link>
      <RecordDeathForm patientId={patient.id} name={proseName(patient)} />
    </>
  );
}
