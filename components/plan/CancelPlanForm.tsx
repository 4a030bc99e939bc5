"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { cancelPlanAction } from "@/lib/actions/plan-authoring";
import { ErrorSummary } from "@/components/nhs/ErrorSummary";
import { Textarea } from "@/components/nhs/Textarea";
import { useActionForm } from "@/components/nhs/useActionForm";
import { cancelPlanInput } from "@/lib/domain/plan/lifecycle-input";

/** Cancelling needs a reason; the plan stays readable, marked cancelled. */
export function CancelPlanForm({ patientId, planId, name }: { patientId: string; planId: string; name: string }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const form = useActionForm({
    schema: cancelPlanInput,
    action: cancelPlanAction,
    fields: { reason: "reason" },
    onSuccess: () => router.push(`/patients/${patientId}?done=cancelled`),
  });
  return (
    <form noValidate onSubmit={form.onSubmit(() => ({ planId, reason }))}>
      <ErrorSummary errors={form.summary} />
      <h1>Cancel the care plan for {name}</h1>
      <p>The plan will stay readable, clearly marked as cancelled. It cannot be updated afterwards.</p>
      <Textarea
        id="reason"
        label="Why is the plan being cancelled?"
        limit={1000}
        rows={3}
        error={form.errors.reason}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <button className="nhsuk-button nhsuk-button--warning" type="submit" disabled={form.busy}>
        Cancel care plan
      </button>
    </form>
  );
}
