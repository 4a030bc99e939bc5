"use client";

import { useState } from "react";
import { giveAccessReasonAction } from "@/lib/actions/break-glass";
import { accessReasonForm, reasonErrors, type ReasonErrorCode } from "@/lib/domain/break-glass";
import { Card } from "../nhs/Card";
import { Choices } from "../nhs/Choices";
import { ErrorSummary } from "../nhs/ErrorSummary";
import { Fieldset } from "../nhs/Fieldset";
import { TextInput } from "../nhs/TextInput";
import { useActionForm } from "../nhs/useActionForm";

const reasons = ["Emergency care", "Referral", "Providing direct care"];
const fields = { reason: "reason-0", reasonText: "reasonText" };

/**
 * Asked of clinicians outside the person's care team before they open or change the plan;
 * audited. The reason then holds for this person for the shift; the form returns to `returnTo`.
 * It posts as a plain form (it works before the page's script has loaded); the schema is checked
 * first in the browser, and a refusal from the server comes back as `error`, a code.
 */
export function BreakGlassForm({ patientId, returnTo, name, error }: { patientId: string; returnTo: string; name: string; error?: ReasonErrorCode }) {
  const [values, setValues] = useState({ reason: "", reasonText: "" });
  const form = useActionForm({
    schema: accessReasonForm,
    fields,
    initialErrors: error ? { [error === "invalid" ? "reasonText" : "reason"]: reasonErrors[error] } : {},
  });
  return (
    <form method="post" action={giveAccessReasonAction} noValidate onSubmit={(e) => form.check(values) || e.preventDefault()}>
      <input type="hidden" name="patientId" value={patientId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <ErrorSummary errors={form.summary} />
      <h1>Tell us why you need to see this plan</h1>
      <Card variant="warning" heading={`${name} is not cared for by your organisation`}>
        <p>You can still see and update their plan. Your name, role, organisation and reason are recorded, reviewed, and shown to the person.</p>
      </Card>
      <Fieldset id="reason" legend="Why do you need to see this plan?" size="m" error={form.errors.reason}>
        <Choices
          type="radios"
          id="reason"
          options={reasons.map((label) => ({ code: label, label }))}
          inputId={(_, index) => `reason-${index}`}
          isChecked={(code) => values.reason === code}
          input={(code) => ({ name: "reason", value: code, checked: values.reason === code, onChange: () => setValues({ ...values, reason: code }) })}
        />
      </Fieldset>
      <TextInput
        id="reasonText"
        name="reasonText"
        label="Or describe another reason"
        error={form.errors.reasonText}
        value={values.reasonText}
        onChange={(e) => setValues({ ...values, reasonText: e.target.value })}
      />
      <button className="nhsuk-button" type="submit">
        Continue to the plan
      </button>
    </form>
  );
}
