import { ErrorSummary } from "../nhs/ErrorSummary";
import { RadioItems } from "../nhs/RadioItems";

const reasons = ["Emergency care", "Referral", "Providing direct care"];

/** Asked of clinicians outside the person's care team before they see the plan; audited. */
export function BreakGlassForm({ action, message }: { action: string; message: string }) {
  return (
    <form method="get" action={action}>
      <ErrorSummary errors={[{ href: "#reason-0", text: message }]} title="Tell us why you need to see this plan" />
      <div className="nhsuk-form-group nhsuk-form-group--error">
        <fieldset className="nhsuk-fieldset" aria-describedby="reason-error">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Why do you need to see this plan?</legend>
          <span className="nhsuk-error-message" id="reason-error">
            <span className="nhsuk-u-visually-hidden">Error:</span> {message}
          </span>
          <RadioItems id="reason" options={reasons.map((r, i) => [String(i), r] as const)} item={(i) => ({ name: "reason", value: reasons[Number(i)] })} />
        </fieldset>
      </div>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="reasonText">
          Or describe another reason
        </label>
        <input className="nhsuk-input" id="reasonText" name="reasonText" type="text" maxLength={500} />
      </div>
      <p className="nhsuk-body-s">Your name, role, organisation and reason are recorded, and the person can see them.</p>
      <button className="nhsuk-button" type="submit">
        Continue to the plan
      </button>
    </form>
  );
}
