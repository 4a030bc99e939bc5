import { formatDate } from "@/lib/domain/london-time";
import { formatNhsNumber } from "@/lib/domain/nhs-number";
import { planInPlainEnglish } from "@/lib/domain/plan";
import type { PlanView } from "@/lib/server/views/plan-view";
import { Card } from "../nhs/Card";
import { PrintButton } from "../views/PrintButton";
import { NotSharedNotice } from "../views/SharingWithdrawn";
import { proseName } from "@/lib/domain/names";

/** The person's own plan, in plain English. */
export function MyPlan({ view }: { view: PlanView }) {
  const { patient, plan } = view;
  return (
    <>
      <h1>My care plan</h1>
      <p className="nhsuk-lede-text">
        {proseName(patient)}, NHS number {formatNhsNumber(patient.nhsNumber)}
      </p>
      {view.sharingWithdrawnAt && <NotSharedNotice since={view.sharingWithdrawnAt} ownPlan />}
      {!plan ? (
        <div className="nhsuk-inset-text">
          <p>Your care plan will appear here once your GP or nurse has written it with you.</p>
        </div>
      ) : (
        <>
          <p>
            This is version {plan.version} of your plan, written by {plan.author} and last changed on {formatDate(plan.publishedAt)}.
            {view.sharingWithdrawnAt ? "" : " Ambulance crews, NHS 111 and out-of-hours doctors can see it if you need urgent care."}
          </p>
          {plan.status === "CANCELLED" && (
            <Card variant="warning" heading="Your plan has been cancelled">
              <p>It is no longer shared with emergency services.</p>
            </Card>
          )}
          {planInPlainEnglish(plan.content).map((section) => (
            <section key={section.heading}>
              <h2>{section.heading}</h2>
              {section.sentences.map((s) => (
                <p key={s} className="ucp-pre-line">
                  {s}
                </p>
              ))}
            </section>
          ))}
          <PrintButton />
        </>
      )}
    </>
  );
}
