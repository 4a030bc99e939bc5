"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { recordDeathAction } from "@/lib/actions/patients";
import { Choices } from "@/components/nhs/Choices";
import { DateBoxes } from "@/components/nhs/DateBoxes";
import { ErrorSummary } from "@/components/nhs/ErrorSummary";
import { Fieldset } from "@/components/nhs/Fieldset";
import { useActionForm } from "@/components/nhs/useActionForm";
import { recordDeathInput } from "@/lib/domain/plan/lifecycle-input";
import { actualPlaces, yesNoNotKnown, type ValueSet } from "@/lib/domain/plan/value-sets";

/** Date, place and whether it was the preferred place; what was entered stays on an error. */
export function RecordDeathForm({ patientId, name }: { patientId: string; name: string }) {
  const router = useRouter();
  const [date, setDate] = useState({ day: "", month: "", year: "" });
  const [answers, setAnswers] = useState({ placeOfDeath: "", diedAtPreferredPlace: "" });
  const form = useActionForm({
    schema: recordDeathInput,
    action: recordDeathAction,
    fields: { dateOfDeath: "dateOfDeath-day", placeOfDeath: "placeOfDeath-home", diedAtPreferredPlace: "diedAtPreferredPlace-yes" },
    onSuccess: () => router.push(`/patients/${patientId}?done=death`),
  });
  const radios = (id: keyof typeof answers, legend: string, set: ValueSet<string>) => (
    <Fieldset id={id} legend={legend} error={form.errors[id]}>
      <Choices
        type="radios"
        id={id}
        options={set.entries}
        isChecked={(code) => answers[id] === code}
        input={(code) => ({ name: id, value: code, checked: answers[id] === code, onChange: () => setAnswers({ ...answers, [id]: code }) })}
      />
    </Fieldset>
  );
  return (
    <form noValidate onSubmit={form.onSubmit(() => ({ patientId, dateOfDeath: date, ...answers }))}>
      <ErrorSummary errors={form.summary} />
      <h1>Record the death of {name}</h1>
      <Fieldset id="dateOfDeath" legend="Date of death" hint="For example, 15 3 2026" error={form.errors.dateOfDeath} group>
        <DateBoxes
          id="dateOfDeath"
          invalid={!!form.errors.dateOfDeath}
          box={(part) => ({ value: date[part], onChange: (e) => setDate({ ...date, [part]: e.target.value }) })}
        />
      </Fieldset>
      {radios("placeOfDeath", "Place of death", actualPlaces)}
      {radios("diedAtPreferredPlace", "Was this their preferred place of death?", yesNoNotKnown)}
      <button className="nhsuk-button" type="submit" disabled={form.busy}>
        Record death
      </button>
    </form>
  );
}
