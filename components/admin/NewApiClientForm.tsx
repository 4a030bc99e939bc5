"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { createApiClientAction } from "@/app/admin/api-clients/actions";
import { ErrorMessage } from "@/components/nhs/ErrorMessage";
import { ErrorSummary, type ErrorItem } from "@/components/nhs/ErrorSummary";
import { TextInput } from "@/components/nhs/TextInput";
import { roleLabels } from "@/lib/domain/roles";
import { apiClientRoles } from "@/lib/server/api-clients/schema";
import type { CreatedApiClient } from "@/lib/server/api-clients/store";
import { formatDate } from "@/lib/domain/london-time";

/** Registers a client; its token is shown here once, and never again. */
export function NewApiClientForm() {
  const router = useRouter();
  const [values, setValues] = useState({ name: "", role: "", odsCode: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<CreatedApiClient | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    const result = await createApiClientAction(values).catch(() => null);
    setBusy(false);
    if (result?.ok) {
      setCreated(result.result);
      setErrors({});
      setValues({ name: "", role: "", odsCode: "" });
      return router.refresh();
    }
    setErrors(result ? (Object.keys(result.fieldErrors).length ? result.fieldErrors : { _: result.message }) : { _: "The request could not be sent. Try again" });
  };
  const summary: ErrorItem[] = [
    ...(errors.name ? [{ href: "#name", text: errors.name }] : []),
    ...(errors.role ? [{ href: "#role", text: errors.role }] : []),
    ...(errors.odsCode ? [{ href: "#odsCode", text: errors.odsCode }] : []),
    ...(errors._ ? [{ href: "#name", text: errors._ }] : []),
  ];
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues({ ...values, [key]: e.target.value });

  return (
    <>
      {created && (
        <div className="nhsuk-card nhsuk-card--feature" role="status">
          <div className="nhsuk-card__content nhsuk-card__content--feature">
            <h2 className="nhsuk-card__heading nhsuk-card__heading--feature">Token for {created.name}</h2>
            <p>
              Copy this token now and store it securely: it will not be shown again. Anyone with it can read care plans as this client. It expires on{" "}
              {formatDate(created.expiresAt)}: rotate it before then.
            </p>
            <p>
              <code className="ucp-token" data-testid="new-token">
                {created.token}
              </code>
            </p>
          </div>
        </div>
      )}
      <form noValidate onSubmit={(e) => (e.preventDefault(), void submit())}>
        <ErrorSummary errors={summary} />
        <h2>Register a client</h2>
        <TextInput id="name" label="Name" hint="The system that will use it, for example Capital Ambulance ePCR" error={errors.name} value={values.name} onChange={set("name")} autoComplete="off" />
        <div className={`nhsuk-form-group${errors.role ? " nhsuk-form-group--error" : ""}`}>
          <label className="nhsuk-label" htmlFor="role">
            Role
          </label>
          <div className="nhsuk-hint" id="role-hint">
            The client sees what a person in this role sees
          </div>
          <ErrorMessage id="role-error" message={errors.role} />
          <select id="role" className={`nhsuk-select${errors.role ? " nhsuk-select--error" : ""}`} value={values.role} onChange={set("role")} aria-describedby={`role-hint${errors.role ? " role-error" : ""}`}>
            <option value="">Select a role</option>
            {apiClientRoles.map((r) => (
              <option key={r} value={r}>
                {roleLabels[r]}
              </option>
            ))}
          </select>
        </div>
        <TextInput id="odsCode" label="Organisation ODS code" hint="For example, Y00501" error={errors.odsCode} value={values.odsCode} onChange={set("odsCode")} widthClass="nhsuk-input--width-10" autoComplete="off" spellCheck={false} />
        <button className="nhsuk-button" type="submit" disabled={busy}>
          Register client
        </button>
      </form>
    </>
  );
}
