import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/nhs/Pagination";
import { AccessLog } from "@/components/patient-view/AccessLog";
import { titled } from "@/lib/domain/page-title";
import { pageFromQuery } from "@/lib/domain/pagination";
import { forPage, signedInCaller } from "@/lib/server/page";
import { getAccessLog } from "@/lib/server/views/access-log";

export const metadata: Metadata = titled("Who has looked at my plan");

export default async function MyAccessLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const page = pageFromQuery((await searchParams).page);
  const caller = await signedInCaller("/my-plan/access");
  // This page is the person's own log; staff use the patient's record or the admin audit search.
  const patientId = caller.actor.patientId;
  if (!patientId) notFound();
  const log = await forPage(() => getAccessLog(caller, { patientId, page }), "/my-plan/access");
  return (
    <>
      <Link className="nhsuk-back-link" href="/">
        Back to my care plan
      </Link>
      <h1>Who has looked at my plan</h1>
      <p>Every time someone opens your plan or your record, it is recorded here with their organisation, their role and why.</p>
      <AccessLog log={log} />
      <Pagination path="/my-plan/access" query={new URLSearchParams()} page={log.page} hasNext={log.hasNext} label="Pages of who has looked at my plan" />
    </>
  );
}
