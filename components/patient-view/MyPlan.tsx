import { formatDate } from "@/lib/domain/london-time";
import { formatNhsNumber } from "@/lib/domain/nhs-number";
import { planInPlainEnglish } from "@/lib/domain/plan";
import type { PlanView } from "@/lib/server/views/plan-view";
import { Card } from "../nhs/Card";
import { PrintButton } from "../views/PrintButton";
import { NotSharedNotice } from "../views/SharingWithdrawn";
import { proseName } from "@/lib/domain/names";
import Link from "next/link";
import { LiveUpdates } from "../views/LiveUpdates";

/** Where the person's own pages are, for them or for someone acting for them (`?for=<their id>`). */
export function ownPagePath(path: string, actingFor: string | null): string {
  return actingFor ? `${path}?for=${encodeURIComponent(actingFor)}` : path;
}

/**
 * The person's own plan, in plain English: for the person, and exactly the same for someone
 * acting for them (`actingFor`: the person's id), with the pages that go with it.
 */
export function MyPlan({ view, actingFor = null, alsoActsFor = false }: { view: PlanView; actingFor?: string | null; alsoActsFor?: boolean }) {
  const { patient, plan } = view;
  const name = proseName(patient);
  return (
    <>
      <LiveUpdates patientId={patient.id} version={plan?.version ?? 0} token={view.stateToken} announcement="" />
      {actingFor && (
        <Link className="nhsuk-back-link" href="/">
          Back to the people you act for
        </Link>
      )}
      {actingFor && <span className="nhsuk-caption-l">{name}</span>}
      <h1>{actingFor ? "Care plan" : "My care plan"}</h1>
      <p className="nhsuk-lede-text">
        {name}, NHS number {formatNhsNumber(patient.nhsNumber)}
      </p>
      {view.sharingWithdrawnAt && <NotSharedNotice since={view.sharingWithdrawnAt} ownPlan />}
      {actingFor && <p>You are seeing this plan because you can act for {name}. Every time you open it, it is recorded and they can see that.</p>}
      {!plan ? (
        <div className="nhsuk-inset-text">
          <p>{actingFor ? "Their" : "Your"} care plan will appear here once their GP or nurse has written it with them.</p>
        </div>
      ) : (
        <>
          <p>
            This is version {plan.version} of {actingFor ? "their" : "your"} plan, written by {plan.author} and last changed on {formatDate(plan.publishedAt)}.
            {view.sharingWithdrawnAt ? "" : " Ambulance crews, NHS 111 and out-of-hours doctors can see it if you need urgent care."}
          </p>
          {plan.status === "CANCELLED" && (
            <Card variant="warning" heading={actingFor ? "Their plan has been cancelled" : "Your plan has been cancelled"}>
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
      <ul className="nhsuk-list ucp-no-print">
        <li>
          <Link href={ownPagePath("/my-plan/change", actingFor)}>{actingFor ? "Ask for a change to their plan" : "Ask for a change to your plan"}</Link>
        </li>
        <li>
          <Link href={ownPagePath("/my-plan/access", actingFor)}>{actingFor ? "Who has looked at their plan" : "Who has looked at my plan"}</Link>
        </li>
        {!actingFor && (
          <li>
            <Link href="/my-plan/people">People who can act for you</Link>
          </li>
        )}
        {!actingFor && (
          <li>
            <Link href="/my-plan/sharing">{view.sharingWithdrawnAt ? "Share my care plan again" : "Stop sharing my care plan"}</Link>
          </li>
        )}
        {alsoActsFor && (
          <li>
            <Link href="/acting-for">People you act for</Link>
          </li>
        )}
      </ul>
    </>
  );
}
