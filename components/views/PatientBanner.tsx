import { ageOn, formatDate } from "@/lib/domain/london-time";
import { formatNhsNumber } from "@/lib/domain/nhs-number";
import type { PlanView } from "@/lib/server/views/plan-view";
import { bannerName } from "@/lib/domain/names";

const statusTags = {
  ACTIVE: ["Active", "nhsuk-tag--green"],
  CANCELLED: ["Cancelled", "nhsuk-tag--grey"],
  DRAFT: ["Draft", "nhsuk-tag--yellow"],
} as const;

/** Who this is, and how current the plan is: the first thing a crew checks. */
export function PatientBanner({ view }: { view: PlanView }) {
  const { patient, plan } = view;
  return (
    <div className="ucp-banner" aria-label="Patient details" role="region">
      <h1 className="nhsuk-heading-l nhsuk-u-margin-bottom-2">{bannerName(patient)}</h1>
      <p className="nhsuk-body nhsuk-u-margin-bottom-2">
        NHS number <strong>{formatNhsNumber(patient.nhsNumber)}</strong> · Born {formatDate(patient.dateOfBirth)} (age{" "}
        {ageOn(patient.dateOfBirth, patient.dateOfDeath ?? new Date())}) · {patient.addressLine1}, {patient.town} {patient.postcode}
      </p>
      <p className="nhsuk-body nhsuk-u-margin-bottom-0">
        {plan && <strong className={`nhsuk-tag ${statusTags[plan.status][1]}`}>{statusTags[plan.status][0]}</strong>}{" "}
        {plan?.reviewOverdue && <strong className="nhsuk-tag nhsuk-tag--red">Review overdue</strong>}{" "}
        {patient.dateOfDeath && <strong className="nhsuk-tag nhsuk-tag--grey">Died {formatDate(patient.dateOfDeath)}</strong>}{" "}
        {plan && (
          <span data-testid="plan-version">
            Version {plan.version}, published {formatDate(plan.publishedAt)} by {plan.author}
          </span>
        )}
      </p>
    </div>
  );
}
