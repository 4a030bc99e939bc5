import type { Metadata } from "next";
import Link from "next/link";
import { ChangeRequestForm } from "@/components/patient-view/ChangeRequestForm";
import { titled } from "@/lib/domain/page-title";
import { forPage, signedInCaller } from "@/lib/server/page";
import { requestChange } from "@/lib/server/plans/request-change";

export const metadata: Metadata = titled("Ask for a change to your plan");

export default async function ChangeRequestPage() {
  const caller = await signedInCaller("/my-plan/change");
  await forPage(() => requestChange.authorizeOnly(caller), "/my-plan/change");
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Link className="nhsuk-back-link" href="/">
          Back to my care plan
        </Link>
        <h1>Ask for a change to your plan</h1>
        <ChangeRequestForm />
      </div>
    </div>
  );
}
