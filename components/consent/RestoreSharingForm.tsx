"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { restoreSharingAction } from "@/lib/actions/consent";
import { restoreSharingInput } from "@/lib/domain/consent";
import { consentBases } from "@/lib/domain/plan/value-sets";
import { Choices } from "../nhs/Choices";
import { ErrorSummary } from "../nhs/ErrorSummary";
import { Fieldset } from "../nhs/Fieldset";
import { Textarea } from "../nhs/Textarea";
import { useActionForm } from "../nhs/useActionForm";

/** Shares the plan again. The person's own decision is explicit consent; an author says how the person agreed. */
export function RestoreSharingForm({ patientId, done, ownPlan }: { patientId: string; done: string; ownPlan: boolean }) {
  const router = useRouter();
  const [basis, setBasis] = useState(ownPlan ? "explicit-consent" : "");
  const [notes, setNotes] = useState("");
  const form = useActionForm({
    schema: restoreSharingInput,
    action: restoreSharingAction,
    fields: { basis: "basis-explicit-consent", notes: "notes" },
    onSuccess: () => router.push(done),
  });
  return (
    <form noValidate onSubmit={form.onSubmit(() => ({ patientId, basis, notes }))}>
      <ErrorSummary errors={form.summary} />
      {!ownPlan && (
        <>
          <Fieldset id="basis" legend="How did the person agree to share their plan?" error={form.errors.basis}>
            <Choices
              type="radios"
              id="basis"
              options={consentBases.entries}
              isChecked={(code) => basis === code}
              input={(code) => ({ name: "basis", value: code, checked: basis === code, onChange: () => setBasis(code) })}
            />
          </Fieldset>
          <Textarea
            id="notes"
            name="notes"
            label="Notes (optional)"
            labelClass="nhsuk-label--s"
            limit={1000}
            rows={3}
            error={form.errors.notes}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
          />
        </>
      )}
      <button className="nhsuk-button" type="submit" disabled={form.busy}>
        {ownPlan ? "Share my care plan again" : "Share their care plan again"}
      </button>
    </form>
  );
}
