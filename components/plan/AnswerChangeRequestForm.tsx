"use client";

import { useState } from "react";
import { answerChangeRequestAction } from "@/lib/actions/change-requests";
import { answerChangeRequestInput } from "@/lib/domain/change-request";
import { Card } from "../nhs/Card";
import { Choices } from "../nhs/Choices";
import { ErrorSummary } from "../nhs/ErrorSummary";
import { Fieldset } from "../nhs/Fieldset";
import { Textarea } from "../nhs/Textarea";
import { useActionForm } from "../nhs/useActionForm";

const outcomes = [
  { code: "DONE", label: "Done: the plan has been changed, or nothing needed changing" },
  { code: "DECLINED", label: "Declined: the plan will not be changed", hint: "Say why in your reply" },
];

/** Done or declined, with a reply the person (and whoever acts for them) reads; a reply is needed to decline. */
export function AnswerChangeRequestForm({ patientId, changeRequestId }: { patientId: string; changeRequestId: string }) {
  const [outcome, setOutcome] = useState("");
  const [response, setResponse] = useState("");
  const [done, setDone] = useState(false);
  const form = useActionForm({
    schema: answerChangeRequestInput,
    action: answerChangeRequestAction,
    fields: { outcome: "outcome-DONE", response: "response" },
    // The card says it was sent; no refresh here (the page would replace this form, card and all, with the answered state).
    onSuccess: () => setDone(true),
  });
  if (done)
    return (
      <Card variant="feature" role="status" heading="Your answer has been sent">
        <p>The person will see it with their request.</p>
      </Card>
    );
  return (
    <form noValidate onSubmit={form.onSubmit(() => ({ patientId, changeRequestId, outcome, response: response || undefined }))}>
      <ErrorSummary errors={form.summary} />
      <Fieldset id="outcome" legend="What has happened to this request?" size="m" error={form.errors.outcome}>
        <Choices
          type="radios"
          id="outcome"
          options={outcomes}
          isChecked={(code) => outcome === code}
          input={(code) => ({ name: "outcome", value: code, checked: outcome === code, onChange: () => setOutcome(code) })}
        />
      </Fieldset>
      <Textarea
        id="response"
        label={outcome === "DECLINED" ? "Your reply" : "Your reply (optional when done)"}
        hint="Plain words the person will read with their request"
        limit={2000}
        rows={4}
        error={form.errors.response}
        value={response}
        onChange={(e) => setResponse(e.target.value)}
      />
      <button className="nhsuk-button" type="submit" disabled={form.busy}>
        Send answer
      </button>
    </form>
  );
}
