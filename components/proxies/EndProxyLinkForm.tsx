"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { endProxyLinkAction } from "@/lib/actions/proxies";
import { endProxyLinkInput } from "@/lib/domain/proxy-link";
import { ErrorSummary } from "../nhs/ErrorSummary";
import { Textarea } from "../nhs/Textarea";
import { useActionForm } from "../nhs/useActionForm";

/** Ends one person's access to act for the patient, with a reason; the page shows the list again. */
export function EndProxyLinkForm({ patientId, linkId, name }: { patientId: string; linkId: string; name: string }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const id = `end-reason-${linkId}`;
  const form = useActionForm({
    schema: endProxyLinkInput,
    action: endProxyLinkAction,
    fields: { reason: id },
    onSuccess: () => router.refresh(),
  });
  return (
    <form noValidate onSubmit={form.onSubmit(() => ({ patientId, linkId, reason }))}>
      <ErrorSummary errors={form.summary} />
      <Textarea
        id={id}
        label={`Why is ${name}'s access ending?`}
        labelClass="nhsuk-label--s"
        limit={500}
        rows={2}
        error={form.errors.reason}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <button className="nhsuk-button nhsuk-button--warning" type="submit" disabled={form.busy}>
        End access for {name}
      </button>
    </form>
  );
}
