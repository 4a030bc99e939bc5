import type { Metadata } from "next";
import { z } from "zod";
import Link from "next/link";
import { BreakGlassForm } from "@/components/views/BreakGlassForm";
import { isAppError } from "@/lib/server/errors";
import { PrintButton } from "@/components/views/PrintButton";
import { RespectPrint } from "@/components/views/RespectPrint";
import { checkedParams, forPage, pageParams, signedInCaller } from "@/lib/server/page";
import { getPlanView } from "@/lib/server/views/plan-view";

const printQuery = z.object({ reason: pageParams.queryText, reasonText: pageParams.queryText });

export const metadata: Metadata = { title: "Print the plan" };

export default async function PrintPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await checkedParams(params, pageParams.patient);
  const query = await checkedParams(searchParams, printQuery);
  const reason = query.reasonText?.trim() || query.reason; // free text wins over the radios
  const path = `/patients/${encodeURIComponent(id)}/print`;
  const caller = await signedInCaller(path);
  let view;
  try {
    view = await forPage(() => getPlanView(caller, { patientId: id, reason }), path, { asks: ["reason"] });
  } catch (e) {
    // Outside the care team: the same break-glass question as the summary, never a default.
    if (isAppError(e) && e.code === "INVALID" && e.fieldErrors.reason) return <BreakGlassForm action={path} message={e.fieldErrors.reason} />;
    throw e;
  }
  if (!view.plan) {
    return (
      <>
        <h1>No care plan to print</h1>
        <p>
          <Link href={`/patients/${id}/summary`}>Back to the summary</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <p className="ucp-no-print">
        <Link href={`/patients/${id}/summary`}>Back to the summary</Link>
      </p>
      <PrintButton />
      <RespectPrint view={view} plan={view.plan} />
    </>
  );
}
