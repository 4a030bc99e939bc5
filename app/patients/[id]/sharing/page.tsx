import type { Metadata } from "next";
import Link from "next/link";
import { SharingChoice } from "@/components/consent/SharingChoice";
import { bannerName } from "@/lib/domain/names";
import { formatNhsNumber } from "@/lib/domain/nhs-number";
import { titled } from "@/lib/domain/page-title";
import { checkedParams, forPage, pageParams, signedInCaller } from "@/lib/server/page";
import { getSharingStatus } from "@/lib/server/consent/sharing-status";

export const metadata: Metadata = titled("Sharing the care plan");

/** An author of the person's care team records the person's decision to stop sharing their plan, or to share it again. */
export default async function PatientSharingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await checkedParams(params, pageParams.patient);
  const path = `/patients/${encodeURIComponent(id)}/sharing`;
  const caller = await signedInCaller(path);
  const status = await forPage(() => getSharingStatus(caller, { patientId: id }), path);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Link className="nhsuk-back-link" href={`/patients/${id}`}>
          Back to the patient record
        </Link>
        <SharingChoice
          status={status}
          ownPlan={false}
          name={`${bannerName(status)}, NHS number ${formatNhsNumber(status.nhsNumber)}`}
          done={`/patients/${id}?done=sharing`}
        />
      </div>
    </div>
  );
}
