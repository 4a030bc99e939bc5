"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { cancelPlanAction } from "@/lib/actions/plan-authoring";
import { ErrorMessage } from "@/components/nhs/ErrorMessage";
import { ErrorSummary } from "@/components/nhs/ErrorSummary";

/** Cancelling needs a reason; the plan stays readable, marked cancelled. */
export function CancelPlanForm({ patientId, planId, name }: { patientId: string; planId: string; name: string }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    const result = await cancelPlanAction({ planId, reason }).catch(() => null);
    setBusy(false);
    if (result?.ok) return router.push(`/patients/${patientId}?done=cancelled`);
    setError(result ? (result.fieldErrors.reason ?? result.message) : "The request could not be sent. Try again");
  };
  return (
    <form noValidate onSubmit={(e) => (e.preventDefault(), void submit())}>
      <ErrorSummary errors={error ? [{ href: "#reason", text: error }] : []} />
      <h1>Cancel the care plan for {name}</h1>
      <p>The plan will stay readable, clearly marked as cancelled. It cannot be updated afterwards.</p>
      <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
        <label className="nhsuk-label" htmlFor="reason">
          Why is the plan being cancelled?
        </label>
        <ErrorMessage id="reason-error" message={error ?? undefined} />
        <textarea
          className={`nhsuk-textarea${error ? " nhsuk-textarea--error" : ""}`}
          id="reason"
          rows={3}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-describedby={error ? "reason-error" : undefined}
        />
      </div>
      <button className="nhsuk-button nhsuk-button--warning" type="submit" disabled={busy}>
        Cancel care plan
      </button>
    </form>
  );
}
