import { formatDate, formatDateTime } from "@/lib/domain/london-time";
import { consentBases } from "@/lib/domain/plan/value-sets";
import type { SharingStatus } from "@/lib/server/consent/sharing-status";
import { Card } from "../nhs/Card";
import { RestoreSharingForm } from "./RestoreSharingForm";
import { WithdrawSharingForm } from "./WithdrawSharingForm";

const basisLabels: Record<string, string> = {
  EXPLICIT_CONSENT: consentBases.label("explicit-consent"),
  LASTING_POWER_OF_ATTORNEY: consentBases.label("lpa"),
  BEST_INTERESTS: consentBases.label("best-interests"),
};

/**
 * Stopping or starting again the sharing of a plan, in the person's own words (`ownPlan`) or for
 * an author recording what the person decided. Says plainly what it means before anything changes.
 */
export function SharingChoice({ status, ownPlan, name, done }: { status: SharingStatus; ownPlan: boolean; name: string; done: string }) {
  const withdrawn = status.sharingWithdrawnAt;
  const your = ownPlan ? "your" : "their";
  return (
    <>
      {/* The page's title: the same words whichever way it is now (lib/domain/page-title.ts). */}
      <h1>{ownPlan ? "Sharing your care plan" : "Sharing the care plan"}</h1>
      {!ownPlan && <p className="nhsuk-lede-text">{name}</p>}
      <h2>{withdrawn ? `Share ${your} care plan again` : `Stop sharing ${your} care plan`}</h2>
      {withdrawn ? (
        <>
          <p data-testid="sharing-state">
            {ownPlan ? "You asked" : "They asked"} on {formatDate(withdrawn)} for {your} care plan not to be shared.
          </p>
          <p>
            If {ownPlan ? "you share it" : "it is shared"} again, ambulance crews, NHS 111 and out-of-hours doctors will be able to see it straight away if{" "}
            {ownPlan ? "you need" : "they need"} urgent care.
          </p>
          <RestoreSharingForm patientId={status.id} done={done} ownPlan={ownPlan} />
        </>
      ) : (
        <>
          <Card variant="warning" heading="What this means">
            <ul>
              <li>Ambulance crews, NHS 111 and out-of-hours doctors will not see {your} care plan, even in an emergency.</li>
              <li>They will see that {ownPlan ? "you have" : "the person has"} asked for it not to be shared, and the date.</li>
              <li>They will not know {your} wishes, such as a decision about CPR, unless someone tells them.</li>
              <li>
                {ownPlan ? "You" : "The person"} and {ownPlan ? "your" : "their"} GP practice and care team can still see it. {ownPlan ? "You" : "They"} can
                share it again at any time.
              </li>
            </ul>
          </Card>
          <WithdrawSharingForm patientId={status.id} done={done} ownPlan={ownPlan} />
        </>
      )}
      {status.consents.length > 0 && (
        <>
          <h2 className="nhsuk-heading-s">History</h2>
          <ul className="nhsuk-list" data-testid="consent-history">
            {status.consents.map((c) => (
              <li key={c.id}>
                {basisLabels[c.basis]}, recorded by {c.recordedBy.name} on {formatDateTime(c.recordedAt)}
                {c.withdrawnAt ? `; withdrawn on ${formatDateTime(c.withdrawnAt)}` : "; current"}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
