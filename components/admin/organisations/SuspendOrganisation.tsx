"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { reinstateOrganisationAction, suspendOrganisationAction } from "@/lib/actions/organisations";
import { ErrorSummary } from "@/components/nhs/ErrorSummary";
import { Textarea } from "@/components/nhs/Textarea";
import { useActionForm } from "@/components/nhs/useActionForm";
import { organisationIdInput, suspendOrganisationInput } from "@/lib/domain/organisations";

/** Suspend (with a reason) or reinstate: the one control for the organisation's state. */
export function SuspendOrganisation({ id, name, suspended }: { id: string; name: string; suspended: boolean }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const suspend = useActionForm({
    schema: suspendOrganisationInput,
    action: suspendOrganisationAction,
    fields: { reason: "reason" },
    onSuccess: () => {
      setReason("");
      router.refresh();
    },
  });
  const reinstate = useActionForm({
    schema: organisationIdInput,
    action: reinstateOrganisationAction,
    fields: { id: "reinstate" },
    onSuccess: () => router.refresh(),
  });

  if (suspended) {
    return (
      <form noValidate onSubmit={reinstate.onSubmit(() => ({ id }))}>
        <ErrorSummary errors={reinstate.summary} />
        <h2>Reinstate</h2>
        <p>Its staff will be able to sign in again (each signs in afresh) and its API clients will work again.</p>
        <button id="reinstate" className="nhsuk-button" type="submit" disabled={reinstate.busy}>
          Reinstate {name}
        </button>
      </form>
    );
  }
  return (
    <form noValidate onSubmit={suspend.onSubmit(() => ({ id, reason }))}>
      <ErrorSummary errors={suspend.summary} />
      <h2>Suspend</h2>
      <p>
        Its staff are signed out at once and cannot sign in, and its FHIR API clients stop working, until it is reinstated. They see a page saying the
        organisation is suspended and whom to ask.
      </p>
      <Textarea
        id="reason"
        label="Why is it being suspended?"
        hint="Kept in the audit trail, for example: DSPT standards not met"
        error={suspend.errors.reason}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        limit={500}
        rows={3}
      />
      <button className="nhsuk-button nhsuk-button--warning" type="submit" disabled={suspend.busy}>
        Suspend {name}
      </button>
    </form>
  );
}
