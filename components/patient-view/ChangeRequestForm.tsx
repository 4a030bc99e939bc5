"use client";

import { useState, type FormEvent } from "react";
import { requestChangeAction } from "@/lib/actions/change-requests";
import { ErrorMessage } from "../nhs/ErrorMessage";
import { ErrorSummary } from "../nhs/ErrorSummary";

/** Asks the plan's authors for a change; what was typed stays if sending fails. */
export function ChangeRequestForm() {
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return setError("Enter what you would like to change");
    setBusy(true);
    const result = await requestChangeAction({ text }).catch(() => null);
    setBusy(false);
    if (result?.ok) return setSent(true);
    setError(result?.fieldErrors.text ?? result?.message ?? "Sorry, your request could not be sent. Try again in a few minutes");
  }

  if (sent) {
    return (
      <div className="nhsuk-card nhsuk-card--feature" role="status">
        <div className="nhsuk-card__content nhsuk-card__content--feature">
          <h2 className="nhsuk-card__heading nhsuk-card__heading--feature">Your request has been sent</h2>
          <p>The GP or nurse who looks after your plan will see it and contact you.</p>
        </div>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={error ? [{ href: "#change-text", text: error }] : []} />
      <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
        <label className="nhsuk-label nhsuk-label--s" htmlFor="change-text">
          What would you like to change?
        </label>
        <div className="nhsuk-hint" id="change-text-hint">
          For example, where you would like to be cared for, or who to call
        </div>
        <ErrorMessage id="change-text-error" message={error ?? undefined} />
        <textarea
          className={`nhsuk-textarea${error ? " nhsuk-textarea--error" : ""}`}
          id="change-text"
          name="text"
          rows={5}
          maxLength={2000}
          aria-describedby={`change-text-hint${error ? " change-text-error" : ""}`}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <button className="nhsuk-button" type="submit" disabled={busy}>
        Send request
      </button>
    </form>
  );
}
