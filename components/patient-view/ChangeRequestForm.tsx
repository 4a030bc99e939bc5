"use client";

import { useState } from "react";
import { requestChangeAction } from "@/lib/actions/change-requests";
import { changeRequestInput } from "@/lib/domain/change-request";
import { Card } from "../nhs/Card";
import { ErrorSummary } from "../nhs/ErrorSummary";
import { Textarea } from "../nhs/Textarea";
import { useActionForm } from "../nhs/useActionForm";

/** Asks the plan's authors for a change (for the person, or by someone acting for them); what was typed stays if sending fails. */
export function ChangeRequestForm({ patientId, actingFor }: { patientId: string; actingFor: boolean }) {
  const [text, setText] = useState("");
  const [sent, setSent] = useState(false);
  const form = useActionForm({
    schema: changeRequestInput,
    action: (input: { patientId: string; text: string }) => requestChangeAction(input),
    fields: { text: "change-text" },
    onSuccess: () => setSent(true),
  });

  if (sent) {
    return (
      <Card variant="feature" role="status" heading="Your request has been sent">
        <p>The GP or nurse who looks after {actingFor ? "their" : "your"} plan will see it and reply here.</p>
      </Card>
    );
  }
  return (
    <form onSubmit={form.onSubmit(() => ({ patientId, text }))} noValidate>
      <ErrorSummary errors={form.summary} />
      <Textarea
        id="change-text"
        name="text"
        label="What would you like to change?"
        labelClass="nhsuk-label--s"
        hint="For example, where you would like to be cared for, or who to call"
        limit={2000}
        error={form.errors.text}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button className="nhsuk-button" type="submit" disabled={form.busy}>
        Send request
      </button>
    </form>
  );
}
