"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { addCareTeamMemberAction } from "@/lib/actions/care-team";
import { Choices } from "@/components/nhs/Choices";
import { DateBoxes } from "@/components/nhs/DateBoxes";
import { ErrorSummary } from "@/components/nhs/ErrorSummary";
import { Fieldset } from "@/components/nhs/Fieldset";
import { TextInput } from "@/components/nhs/TextInput";
import { useActionForm } from "@/components/nhs/useActionForm";
import { addCareTeamMemberInput, membershipRoleLabels, membershipRoles } from "@/lib/domain/care-team";

const noDate = { day: "", month: "", year: "" };

/** Adds an organisation (by ODS code or full name) with its role and dates; what was typed stays on an error. */
export function AddCareTeamMemberForm({ patientId, today }: { patientId: string; today: { day: string; month: string; year: string } }) {
  const router = useRouter();
  const [organisation, setOrganisation] = useState("");
  const [role, setRole] = useState("");
  const [since, setSince] = useState(today);
  const [until, setUntil] = useState(noDate);
  const form = useActionForm({
    schema: addCareTeamMemberInput,
    action: addCareTeamMemberAction,
    fields: { organisation: "organisation", role: `role-${membershipRoles[0]}`, since: "since-day", until: "until-day" },
    onSuccess: () => {
      setOrganisation("");
      setRole("");
      setSince(today);
      setUntil(noDate);
      router.refresh();
    },
  });
  const dates = (id: "since" | "until", value: typeof since, set: (v: typeof since) => void) => (
    <DateBoxes id={id} invalid={!!form.errors[id]} box={(part) => ({ value: value[part], onChange: (e) => set({ ...value, [part]: e.target.value }) })} />
  );
  return (
    <form noValidate onSubmit={form.onSubmit(() => ({ patientId, organisation, role, since, until }))} aria-labelledby="add-member">
      <ErrorSummary errors={form.summary} />
      <h2 id="add-member">Add an organisation</h2>
      <TextInput
        id="organisation"
        label="Organisation"
        hint="Its ODS code, like Y00401, or its full name"
        widthClass="nhsuk-u-width-two-thirds"
        autoComplete="off"
        error={form.errors.organisation}
        value={organisation}
        onChange={(e) => setOrganisation(e.target.value)}
      />
      <Fieldset id="role" legend="What does the organisation do for the person?" error={form.errors.role}>
        <Choices
          type="radios"
          id="role"
          options={membershipRoles.map((code) => ({ code, label: membershipRoleLabels[code] }))}
          isChecked={(code) => role === code}
          input={(code) => ({ name: "role", value: code, checked: role === code, onChange: () => setRole(code) })}
        />
      </Fieldset>
      <Fieldset id="since" legend="Start date" hint="When they began caring for the person, for example 15 3 2026" error={form.errors.since} group>
        {dates("since", since, setSince)}
      </Fieldset>
      <Fieldset id="until" legend="End date (optional)" hint="The last day, if it is already known" error={form.errors.until} group>
        {dates("until", until, setUntil)}
      </Fieldset>
      <button className="nhsuk-button" type="submit" disabled={form.busy}>
        Add to care team
      </button>
    </form>
  );
}
