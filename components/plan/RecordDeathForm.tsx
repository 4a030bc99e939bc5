"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { recordDeathAction } from "@/lib/actions/patients";
import { DateBoxes } from "../nhs/DateBoxes";
import { RadioItems } from "../nhs/RadioItems";
import { ErrorMessage } from "@/components/nhs/ErrorMessage";
import { ErrorSummary, type ErrorItem } from "@/components/nhs/ErrorSummary";

const places = [
  ["home", "Home"],
  ["care-home", "Care home"],
  ["hospice", "Hospice"],
  ["hospital", "Hospital"],
  ["other", "Somewhere else"],
] as const;
const preferred = [
  ["yes", "Yes"],
  ["no", "No"],
  ["not-known", "Not known"],
] as const;

/** Date, place and whether it was the preferred place; what was entered stays on an error. */
export function RecordDeathForm({ patientId, name }: { patientId: string; name: string }) {
  const router = useRouter();
  const [date, setDate] = useState({ day: "", month: "", year: "" });
  const [place, setPlace] = useState("");
  const [atPreferred, setAtPreferred] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    const result = await recordDeathAction({ patientId, dateOfDeath: date, placeOfDeath: place, diedAtPreferredPlace: atPreferred }).catch(() => null);
    setBusy(false);
    if (result?.ok) return router.push(`/patients/${patientId}?done=death`);
    setErrors(result ? (Object.keys(result.fieldErrors).length ? result.fieldErrors : { _: result.message }) : { _: "The request could not be sent. Try again" });
  };
  const dateError = Object.entries(errors).find(([k]) => k.startsWith("dateOfDeath"))?.[1];
  const summary: ErrorItem[] = [
    ...(dateError ? [{ href: "#dateOfDeath-day", text: dateError }] : []),
    ...(errors.placeOfDeath ? [{ href: "#placeOfDeath-home", text: errors.placeOfDeath }] : []),
    ...(errors.diedAtPreferredPlace ? [{ href: "#diedAtPreferredPlace-yes", text: errors.diedAtPreferredPlace }] : []),
    ...(errors._ ? [{ href: "#dateOfDeath-day", text: errors._ }] : []),
  ];
  const radios = (id: string, legend: string, options: readonly (readonly [string, string])[], value: string, set: (v: string) => void) => (
    <div className={`nhsuk-form-group${errors[id] ? " nhsuk-form-group--error" : ""}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={errors[id] ? `${id}-error` : undefined}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        <ErrorMessage id={`${id}-error`} message={errors[id]} />
        <RadioItems id={id} options={options} item={(code) => ({ name: id, value: code, checked: value === code, onChange: () => set(code) })} />
      </fieldset>
    </div>
  );
  return (
    <form noValidate onSubmit={(e) => (e.preventDefault(), void submit())}>
      <ErrorSummary errors={summary} />
      <h1>Record the death of {name}</h1>
      <div className={`nhsuk-form-group${dateError ? " nhsuk-form-group--error" : ""}`}>
        <fieldset className="nhsuk-fieldset" role="group" aria-describedby={`dateOfDeath-hint${dateError ? " dateOfDeath-error" : ""}`}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Date of death</legend>
          <div className="nhsuk-hint" id="dateOfDeath-hint">
            For example, 15 3 2026
          </div>
          <ErrorMessage id="dateOfDeath-error" message={dateError} />
          <DateBoxes id="dateOfDeath" invalid={!!dateError} box={(part) => ({ value: date[part], onChange: (e) => setDate({ ...date, [part]: e.target.value }) })} />
        </fieldset>
      </div>
      {radios("placeOfDeath", "Place of death", places, place, setPlace)}
      {radios("diedAtPreferredPlace", "Was this their preferred place of death?", preferred, atPreferred, setAtPreferred)}
      <button className="nhsuk-button" type="submit" disabled={busy}>
        Record death
      </button>
    </form>
  );
}
