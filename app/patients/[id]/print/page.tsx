import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/views/PrintButton";
import { RespectPrint } from "@/components/views/RespectPrint";
import { SharingWithdrawn } from "@/components/views/SharingWithdrawn";
import { titled } from "@/lib/domain/page-title";
import { checkedParams, forPage, pageParams, signedInCaller } from "@/lib/server/page";
import { getPlanView } from "@/lib/server/views/plan-view";

export const metadata: Metadata = titled("Recommended summary plan for emergency care and treatment");

export default async function PrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await checkedParams(params, pageParams.patient);
  const path = `/patients/${encodeURIComponent(id)}/print`;
  const caller = await signedInCaller(path);
  // Outside the care team: the same break-glass question as the summary (forPage), never a default.
  const view = await forPage(() => getPlanView(caller, { patientId: id }), path);
  if (view.withheld && view.sharingWithdrawnAt) {
    return (
      <>
        <h1>Recommended summary plan for emergency care and treatment</h1>
        <SharingWithdrawn since={view.sharingWithdrawnAt} />
        <p>
          <Link href={`/patients/${id}/summary`}>Back to the summary</Link>
        </p>
      </>
    );
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
