import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BreakGlassForm } from "@/components/views/BreakGlassForm";
import { titled } from "@/lib/domain/page-title";
import { breakGlassReturnPath, reasonErrors, type ReasonErrorCode } from "@/lib/domain/break-glass";
import { isUuid } from "@/lib/domain/inputs";
import { reasonPagePath } from "@/lib/server/error-mapping";
import { forPage, signedInCaller } from "@/lib/server/page";
import { promptForAccessReason } from "@/lib/server/views/access-reason-prompt";
import { proseName } from "@/lib/domain/names";

type Search = Promise<Record<string, string | string[] | undefined>>;

const errorOf = (query: Awaited<Search>) =>
  typeof query.error === "string" && Object.hasOwn(reasonErrors, query.error) ? (query.error as ReasonErrorCode) : undefined;

export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  return titled("Tell us why you need to see this plan", { error: !!errorOf(await searchParams) });
}

/** The break-glass question, for a patient outside the person's care team (the prompt is audited). */
export default async function BreakGlassPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Search }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const query = await searchParams;
  const returnTo = breakGlassReturnPath(id, typeof query.returnTo === "string" ? query.returnTo : null);
  const path = reasonPagePath(id, returnTo);
  const caller = await signedInCaller(path);
  const patient = await forPage(() => promptForAccessReason(caller, { patientId: id, returnTo }), path);
  const error = errorOf(query);
  return <BreakGlassForm patientId={patient.id} returnTo={returnTo} name={proseName(patient)} error={error} />;
}
