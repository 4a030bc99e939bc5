import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BreakGlassForm } from "@/components/views/BreakGlassForm";
import { breakGlassReturnPath, reasonErrors, type ReasonErrorCode } from "@/lib/domain/break-glass";
import { forPage, reasonPagePath, signedInCaller } from "@/lib/server/page";
import { promptForAccessReason } from "@/lib/server/views/access-reason-prompt";

export const metadata: Metadata = { title: "Why do you need to see this plan?" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The break-glass question, for a patient outside the person's care team (the prompt is audited). */
export default async function BreakGlassPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const query = await searchParams;
  const returnTo = breakGlassReturnPath(id, typeof query.returnTo === "string" ? query.returnTo : null);
  const path = reasonPagePath(id, returnTo);
  const caller = await signedInCaller(path);
  const patient = await forPage(() => promptForAccessReason(caller, { patientId: id, returnTo }), path);
  const error = typeof query.error === "string" && Object.hasOwn(reasonErrors, query.error) ? (query.error as ReasonErrorCode) : undefined;
  return <BreakGlassForm patientId={patient.id} returnTo={returnTo} name={`${patient.givenName} ${patient.familyName}`} error={error} />;
}
