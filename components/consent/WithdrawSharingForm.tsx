"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { withdrawSharingAction } from "@/lib/actions/consent";
import { withdrawSharingInput } from "@/lib/domain/consent";
import { ErrorSummary } from "../nhs/ErrorSummary";
import { Textarea } from "../nhs/Textarea";
import { useActionForm } from "../nhs/useActionForm";

/** Stops sharing the plan: the reason is optional. `done` is where to go afterwards. */
export function WithdrawSharingForm({ patientId, done, ownPlan }: { patientId: string; done: string; ownPlan: boolean }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const form = useActionForm({
    schema: withdrawSharingInput,
    action: withdrawSharingAction,
    fields: { reason: "reason" },
    onSuccess: () => router.push(done),
  });
  return (
    <form noValidate onSubmit={form.onSubmit(() => ({ patientId, reason }))}>
      <ErrorSummary errors={form.summary} />
      <Textarea
        id="reason"
        name="reason"
        label={ownPlan ? "Why do you want to stop sharing your plan? (optional)" : "What did the person say? (optional)"}
        labelClass="nhsuk-label--s"
        hint={ownPlan ? "You do not have to tell us" : "For example, told me in clinic on 1 December that they want it kept private"}
        limit={1000}
        rows={3}
        error={form.errors.reason}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <button className="nhsuk-button nhsuk-button--warning" type="submit" disabled={form.busy}>
        {ownPlan ? "Stop sharing my care plan" : "Stop sharing their care plan"}
      </button>
    </form>
  );
}
