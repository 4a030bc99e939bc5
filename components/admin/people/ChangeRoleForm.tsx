"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { changeUserRoleAction } from "@/lib/actions/people";
import { ErrorSummary } from "@/components/nhs/ErrorSummary";
import { useActionForm } from "@/components/nhs/useActionForm";
import { roleLabels, type Role } from "@/lib/domain/roles";
import { changeRoleInput } from "@/lib/domain/user-accounts";
import { RegistrationFields } from "./RegistrationFields";
import { SelectField } from "./SelectField";

const fields = { role: "role", professionalBody: "professionalBody", registrationNumber: "registrationNumber" };

/** A new role for the person, from the roles their organisation's kind may have, with the registration it needs. */
export function ChangeRoleForm({
  userId,
  roles,
  current,
}: {
  userId: string;
  roles: readonly Role[];
  current: { role: Role; professionalBody: string | null; registrationNumber: string | null };
}) {
  const router = useRouter();
  const [values, setValues] = useState({
    role: current.role as string,
    professionalBody: current.professionalBody ?? "",
    registrationNumber: current.registrationNumber ?? "",
  });
  const [done, setDone] = useState(false);
  const form = useActionForm({
    schema: changeRoleInput,
    action: changeUserRoleAction,
    fields,
    onSuccess: () => {
      setDone(true);
      router.refresh();
    },
  });
  const set = (key: keyof typeof values) => (value: string) => {
    setDone(false);
    setValues((v) => ({ ...v, [key]: value }));
  };
  return (
    <form noValidate onSubmit={form.onSubmit(() => ({ userId, ...values }))}>
      <h2>Change role</h2>
      <ErrorSummary errors={form.summary} />
      {done && (
        <p role="status" className="nhsuk-body">
          Role changed to {roleLabels[values.role as Role]}. It applies from their next page.
        </p>
      )}
      <SelectField
        id="role"
        label="Role"
        placeholder="Select a role"
        options={roles.map((r) => ({ value: r, label: roleLabels[r] }))}
        error={form.errors.role}
        value={values.role}
        onChange={(e) => set("role")(e.target.value)}
      />
      <RegistrationFields
        body={values.professionalBody}
        number={values.registrationNumber}
        errors={form.errors}
        onBody={set("professionalBody")}
        onNumber={set("registrationNumber")}
      />
      <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={form.busy}>
        Change role
      </button>
    </form>
  );
}
