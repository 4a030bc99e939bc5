"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { createUserAction } from "@/lib/actions/people";
import { ErrorSummary } from "@/components/nhs/ErrorSummary";
import { TextInput } from "@/components/nhs/TextInput";
import { useActionForm } from "@/components/nhs/useActionForm";
import { roleLabels, type Role } from "@/lib/domain/roles";
import { newUserInput } from "@/lib/domain/user-accounts";
import { RegistrationFields } from "./RegistrationFields";
import { SelectField } from "./SelectField";

const empty = { name: "", email: "", odsCode: "", role: "", professionalBody: "", registrationNumber: "" };
const fields = {
  name: "name",
  email: "email",
  odsCode: "odsCode",
  role: "role",
  professionalBody: "professionalBody",
  registrationNumber: "registrationNumber",
};

/**
 * Adds a person. A service administrator names the organisation by ODS code; an organisation
 * administrator's own is fixed (`organisation`). Then their page offers the one-time link.
 */
export function NewUserForm({ roles, organisation }: { roles: readonly Role[]; organisation: string | null }) {
  const router = useRouter();
  const [values, setValues] = useState(empty);
  const form = useActionForm({ schema: newUserInput, action: createUserAction, fields, onSuccess: (user) => router.push(`/admin/users/${user.id}?added=1`) });
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const errors = form.errors;
  return (
    <form noValidate onSubmit={form.onSubmit(() => values)}>
      <ErrorSummary errors={form.summary} />
      <TextInput id="name" label="Full name" error={errors.name} value={values.name} onChange={(e) => set("name")(e.target.value)} autoComplete="off" />
      <TextInput
        id="email"
        label="Email address"
        hint="They sign in with it. One account per email address"
        type="email"
        error={errors.email}
        value={values.email}
        onChange={(e) => set("email")(e.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
      {organisation ? (
        <p>
          Organisation: <strong>{organisation}</strong>
        </p>
      ) : (
        <TextInput
          id="odsCode"
          label="Organisation ODS code"
          hint="For example, Y00101. Leave empty for a service administrator"
          error={errors.odsCode}
          value={values.odsCode}
          onChange={(e) => set("odsCode")(e.target.value)}
          widthClass="nhsuk-input--width-10"
          code
        />
      )}
      <SelectField
        id="role"
        label="Role"
        hint="Each kind of organisation has its own roles: a GP practice has GPs, nurses and organisation administrators"
        placeholder="Select a role"
        options={roles.map((r) => ({ value: r, label: roleLabels[r] }))}
        error={errors.role}
        value={values.role}
        onChange={(e) => set("role")(e.target.value)}
      />
      <RegistrationFields
        body={values.professionalBody}
        number={values.registrationNumber}
        errors={errors}
        onBody={set("professionalBody")}
        onNumber={set("registrationNumber")}
      />
      <button className="nhsuk-button" type="submit" disabled={form.busy}>
        Add person
      </button>
    </form>
  );
}
