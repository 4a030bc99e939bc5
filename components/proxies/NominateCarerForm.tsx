"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { nominateCarerAction } from "@/lib/actions/proxies";
import { nominateCarerInput } from "@/lib/domain/proxy-link";
import { ErrorSummary } from "../nhs/ErrorSummary";
import { TextInput } from "../nhs/TextInput";
import { useActionForm } from "../nhs/useActionForm";

/** The person chooses a carer who may see their plan, ask for changes and see who has looked. */
export function NominateCarerForm({ patientId }: { patientId: string }) {
  const router = useRouter();
  const [values, setValues] = useState({ email: "", relationship: "" });
  const form = useActionForm({
    schema: nominateCarerInput,
    action: nominateCarerAction,
    fields: { email: "carer-email", relationship: "carer-relationship" },
    onSuccess: () => {
      setValues({ email: "", relationship: "" });
      router.refresh();
    },
  });
  return (
    <form noValidate onSubmit={form.onSubmit(() => ({ patientId, ...values }))}>
      <ErrorSummary errors={form.summary} />
      <h2>Choose a carer</h2>
      <p>They will be able to see your plan, ask for changes to it and see who has looked at it, from the moment you add them. You can end this at any time.</p>
      <TextInput
        id="carer-email"
        label="Their email address"
        hint="The email they sign in with (their NHS login or their account here)"
        type="email"
        autoComplete="off"
        spellCheck={false}
        error={form.errors.email}
        value={values.email}
        onChange={(e) => setValues({ ...values, email: e.target.value })}
      />
      <TextInput
        id="carer-relationship"
        label="How are they related to you?"
        hint="For example, daughter, husband or friend"
        widthClass="nhsuk-input--width-20"
        error={form.errors.relationship}
        value={values.relationship}
        onChange={(e) => setValues({ ...values, relationship: e.target.value })}
      />
      <button className="nhsuk-button" type="submit" disabled={form.busy}>
        Add carer
      </button>
    </form>
  );
}
