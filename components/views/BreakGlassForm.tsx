import { giveAccessReasonAction } from "@/lib/actions/break-glass";
import { ErrorSummary } from "../nhs/ErrorSummary";
import { RadioItems } from "../nhs/RadioItems";

const reasons = ["Emergency care", "Referral", "Providing direct care"];

/** Why the form came back, as a code in the address (never free text from the address). */
export const reasonErrors = {
  missing: "Select or describe why you need to see this plan",
  invalid: "Describe the reason in 500 characters or fewer, typed rather than pasted",
} as const;
export type ReasonErrorCode = keyof typeof reasonErrors;

/**
 * Asked of clinicians outside the person's care team before they open or change the plan;
 * audited. The reason then holds for this person for the shift; the form returns to `returnTo`.
 */
export function BreakGlassForm({ patientId, returnTo, name, error }: { patientId: string; returnTo: string; name: string; error?: ReasonErrorCode }) {
  const message = error ? reasonErrors[error] : null;
  return (
    <form method="post" action={giveAccessReasonAction}>
      <input type="hidden" name="patientId" value={patientId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <ErrorSummary errors={message ? [{ href: "#reason-0", text: message }] : []} />
      <h1>Tell us why you need to see this plan</h1>
      <div className="nhsuk-warning-callout">
        <h2 className="nhsuk-warning-callout__label">
          <span role="text">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            {name} is not cared for by your organisation
          </span>
        </h2>
        <p>You can still see and update their plan. Your name, role, organisation and reason are recorded, reviewed, and shown to the person.</p>
      </div>
      <div className={`nhsuk-form-group${message ? " nhsuk-form-group--error" : ""}`}>
        <fieldset className="nhsuk-fieldset" aria-describedby={message ? "reason-error" : undefined}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Why do you need to see this plan?</legend>
          {message && (
            <span className="nhsuk-error-message" id="reason-error">
              <span className="nhsuk-u-visually-hidden">Error:</span> {message}
            </span>
          )}
          <RadioItems id="reason" options={reasons.map((r, i) => [String(i), r] as const)} item={(i) => ({ name: "reason", value: reasons[Number(i)] })} />
        </fieldset>
      </div>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="reasonText">
          Or describe another reason
        </label>
        <input className="nhsuk-input" id="reasonText" name="reasonText" type="text" maxLength={500} />
      </div>
      <button className="nhsuk-button" type="submit">
        Continue to the plan
      </button>
    </form>
  );
}
