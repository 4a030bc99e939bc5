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
  // The ReSPECT form is a clinical record: social care's plain view has no CPR decision to print.
  if (view.plan && view.grants.plainOnly) {
    return (
      <>
        <h1>The ReSPECT form is for health professionals</h1>
        <p>Social care sees the summary of what matters to the person and who to contact, not the clinical form.</p>
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
