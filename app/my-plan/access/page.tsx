import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/nhs/Pagination";
import { AccessLog } from "@/components/patient-view/AccessLog";
import { ownPagePath } from "@/components/patient-view/MyPlan";
import { titled } from "@/lib/domain/page-title";
import { pageFromQuery } from "@/lib/domain/pagination";
import { forPage, signedInCaller } from "@/lib/server/page";
import { ownPageSubject } from "@/lib/server/proxies/own-page-subject";
import { getAccessLog } from "@/lib/server/views/access-log";

type Search = Promise<Record<string, string | string[] | undefined>>;

const heading = (search: Record<string, unknown>) => (search.for ? "Who has looked at their plan" : "Who has looked at my plan");

export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  return titled(heading(await searchParams));
}

export default async function MyAccessLogPage({ searchParams }: { searchParams: Search }) {
  const search = await searchParams;
  const page = pageFromQuery(search.page);
  const caller = await signedInCaller("/my-plan/access");
  // The person's own log (or that of someone the reader acts for); staff use the patient's record or the admin audit search.
  const { patientId, actingFor } = ownPageSubject(caller.actor, search);
  const path = ownPagePath("/my-plan/access", actingFor);
  const log = await forPage(() => getAccessLog(caller, { patientId, page }), path);
  return (
    <>
      <Link className="nhsuk-back-link" href={actingFor ? ownPagePath("/my-plan", actingFor) : "/"}>
        Back to the care plan
      </Link>
      <h1>{heading(search)}</h1>
      <p>Every time someone opens the plan or the record, it is recorded here with their organisation, their role and why.</p>
      <AccessLog log={log} />
      <Pagination
        path="/my-plan/access"
        query={new URLSearchParams(actingFor ? { for: actingFor } : {})}
        page={log.page}
        hasNext={log.hasNext}
        label={`Pages of ${heading(search).toLowerCase()}`}
      />
    </>
  );
}
