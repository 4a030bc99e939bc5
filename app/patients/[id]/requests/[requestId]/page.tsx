import type { Metadata } from "next";
import { z } from "zod";
import Link from "next/link";
import { AnswerChangeRequestForm } from "@/components/plan/AnswerChangeRequestForm";
import { formatDate } from "@/lib/domain/london-time";
import { bannerName } from "@/lib/domain/names";
import { formatNhsNumber } from "@/lib/domain/nhs-number";
import { titled } from "@/lib/domain/page-title";
import { checkedParams, forPage, signedInCaller } from "@/lib/server/page";
import { getChangeRequest } from "@/lib/server/plans/change-requests";

export const metadata: Metadata = titled("Answer a request for a change");

const params = z.object({ id: z.uuid(), requestId: z.uuid() });
const outcomes = { DONE: "Done", DECLINED: "Not changed" } as const;

/** An author reads a person's request and marks it done or declined, with a reply the person sees. */
export default async function AnswerChangeRequestPage({ params: raw }: { params: Promise<{ id: string; requestId: string }> }) {
  const { id, requestId } = await checkedParams(raw, params);
  const path = `/patients/${encodeURIComponent(id)}/requests/${encodeURIComponent(requestId)}`;
  const caller = await signedInCaller(path);
  const request = await forPage(() => getChangeRequest(caller, { patientId: id, changeRequestId: requestId }), path);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Link className="nhsuk-back-link" href="/">
          Back to requests from patients
        </Link>
        <span className="nhsuk-caption-l">
          {bannerName(request.patient)}, NHS number {formatNhsNumber(request.patient.nhsNumber)}
        </span>
        <h1>Answer a request for a change</h1>
        <div className="nhsuk-inset-text">
          <p>
            Asked by {request.requestedBy.name} on {formatDate(request.createdAt)}:
          </p>
          <p className="ucp-pre-line">{request.text}</p>
        </div>
        <p>
          <Link href={`/patients/${id}/plan`}>Update the care plan</Link>
        </p>
        {request.status === "OPEN" ? (
          <AnswerChangeRequestForm patientId={id} changeRequestId={requestId} />
        ) : (
          <p data-testid="request-answered">
            {outcomes[request.status]} by {request.handledBy?.name ?? "the care team"}
            {request.handledAt ? ` on ${formatDate(request.handledAt)}` : ""}: {request.response ?? "no reply"}
          </p>
        )}
      </div>
    </div>
  );
}
