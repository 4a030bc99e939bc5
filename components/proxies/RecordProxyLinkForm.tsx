"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { recordProxyLinkAction } from "@/lib/actions/proxies";
import { needsEvidence, proxyBases, recordProxyLinkInput, type ProxyBasis } from "@/lib/domain/proxy-link";
import { Choices } from "../nhs/Choices";
import { ErrorSummary } from "../nhs/ErrorSummary";
import { Fieldset } from "../nhs/Fieldset";
import { Textarea } from "../nhs/Textarea";
import { TextInput } from "../nhs/TextInput";
import { useActionForm } from "../nhs/useActionForm";

const empty = { email: "", basis: "", relationship: "", evidence: "" };

/** An author records someone who may act for the person, with the evidence they saw. */
export function RecordProxyLinkForm({ patientId }: { patientId: string }) {
  const router = useRouter();
  const [values, setValues] = useState(empty);
  const form = useActionForm({
    schema: recordProxyLinkInput,
    action: recordProxyLinkAction,
    fields: { email: "proxy-email", basis: "proxy-basis-LASTING_POWER_OF_ATTORNEY", relationship: "proxy-relationship", evidence: "proxy-evidence" },
    onSuccess: () => {
      setValues(empty);
      router.refresh();
    },
  });
  const evidenceNeeded = !!values.basis && needsEvidence(values.basis as ProxyBasis);
  return (
    <form noValidate onSubmit={form.onSubmit(() => ({ patientId, ...values, evidence: values.evidence || undefined }))}>
      <ErrorSummary errors={form.summary} />
      <h2>Record someone who can act for this person</h2>
      <TextInput
        id="proxy-email"
        label="Their email address"
        hint="The email of their account here or their NHS login: they sign in as themselves"
        type="email"
        autoComplete="off"
        spellCheck={false}
        error={form.errors.email}
        value={values.email}
        onChange={(e) => setValues({ ...values, email: e.target.value })}
      />
      <Fieldset id="proxy-basis" legend="Why can they act for this person?" error={form.errors.basis}>
        <Choices
          type="radios"
          id="proxy-basis"
          options={proxyBases}
          isChecked={(code) => values.basis === code}
          input={(code) => ({ name: "basis", value: code, checked: values.basis === code, onChange: () => setValues({ ...values, basis: code }) })}
        />
      </Fieldset>
      <TextInput
        id="proxy-relationship"
        label="Relationship to the person"
        hint="For example, son, mother or neighbour"
        widthClass="nhsuk-input--width-20"
        error={form.errors.relationship}
        value={values.relationship}
        onChange={(e) => setValues({ ...values, relationship: e.target.value })}
      />
      <Textarea
        id="proxy-evidence"
        label={evidenceNeeded ? "Evidence you have seen" : "Evidence you have seen (optional for a carer)"}
        hint="For a lasting power of attorney, the OPG registration reference; for a parent, the birth certificate or parental responsibility order"
        limit={500}
        rows={2}
        error={form.errors.evidence}
        value={values.evidence}
        onChange={(e) => setValues({ ...values, evidence: e.target.value })}
      />
      <button className="nhsuk-button" type="submit" disabled={form.busy}>
        Record
      </button>
    </form>
  );
}
