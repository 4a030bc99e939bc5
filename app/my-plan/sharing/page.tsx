import type { Metadata } from "next";
import Link from "next/link";
import { SharingChoice } from "@/components/consent/SharingChoice";
import { titled } from "@/lib/domain/page-title";
import { forPage, signedInCaller } from "@/lib/server/page";
import { getSharingStatus } from "@/lib/server/consent/sharing-status";

export const metadata: Metadata = titled("Sharing your care plan");

/** The person stops sharing their plan, or shares it again (docs/domain.md "Consent to share"). */
export default async function MySharingPage() {
  const path = "/my-plan/sharing";
  const caller = await signedInCaller(path);
  const status = await forPage(() => getSharingStatus(caller, { patientId: caller.actor.patientId ?? "" }), path);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Link className="nhsuk-back-link" href="/">
          Back to my care plan
        </Link>
        <SharingChoice status={status} ownPlan name="" done="/" />
      </div>
    </div>
  );
}
