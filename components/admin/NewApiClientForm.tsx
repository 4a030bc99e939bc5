"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { createApiClientAction } from "@/lib/actions/api-clients";
import { Card } from "@/components/nhs/Card";
import { ErrorSummary } from "@/components/nhs/ErrorSummary";
import { describedBy, LabelledField } from "@/components/nhs/FormGroup";
import { TextInput } from "@/components/nhs/TextInput";
import { useActionForm } from "@/components/nhs/useActionForm";
import { roleLabels } from "@/lib/domain/roles";
import { apiClientRoles, newApiClientInput } from "@/lib/domain/api-clients";
import type { CreatedApiClient } from "@/lib/server/api-clients/store";
import { formatDate } from "@/lib/domain/london-time";

const empty = { name: "", role: "", odsCode: "" };

/** Registers a client; its token is shown here once, and never again. */
export function NewApiClientForm() {
  const router = useRouter();
  const [values, setValues] = useState(empty);
  const [created, setCreated] = useState<CreatedApiClient | null>(null);
  const form = useActionForm({
    schema: newApiClientInput,
    action: createApiClientAction,
    fields: { name: "name", role: "role", odsCode: "odsCode" },
    onSuccess: (client) => {
      setCreated(client);
      setValues(empty);
      router.refresh();
    },
  });
  const errors = form.errors;
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues({ ...values, [key]: e.target.value });

  return (
    <>
      {created && (
        <Card variant="feature" role="status" heading={`Token for ${created.name}`}>
          <p>
            Copy this token now and store it securely: it will not be shown again. Anyone with it can read care plans as this client. It expires on{" "}
            {formatDate(created.expiresAt)}: rotate it before then.
          </p>
          <p>
            <code className="ucp-token" data-testid="new-token">
              {created.token}
            </code>
          </p>
        </Card>
      )}
      <form noValidate onSubmit={form.onSubmit(() => values)}>
        <ErrorSummary errors={form.summary} />
        <h2>Register a client</h2>
        <TextInput
          id="name"
          label="Name"
          hint="The system that will use it, for example Capital Ambulance ePCR"
          error={errors.name}
          value={values.name}
          onChange={set("name")}
          autoComplete="off"
        />
        <LabelledField id="role" label="Role" hint="The client sees what a person in this role sees" error={errors.role}>
          <select
            id="role"
            className={`nhsuk-select${errors.role ? " nhsuk-select--error" : ""}`}
            value={values.role}
            onChange={set("role")}
            aria-describedby={describedBy("role-hint", errors.role && "role-error")}
          >
            <option value="">Select a role</option>
            {apiClientRoles.map((r) => (
              <option key={r} value={r}>
                {roleLabels[r]}
              </option>
            ))}
          </select>
        </LabelledField>
        <TextInput
          id="odsCode"
          label="Organisation ODS code"
          hint="For example, Y00501"
          error={errors.odsCode}
          value={values.odsCode}
          onChange={set("odsCode")}
          widthClass="nhsuk-input--width-10"
          code
        />
        <button className="nhsuk-button" type="submit" disabled={form.busy}>
          Register client
        </button>
      </form>
    </>
  );
}
