"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type FieldErrors } from "react-hook-form";
import type { z } from "zod";
import { addPatientAction } from "@/lib/actions/patients";
import { emptyNewPatient, newPatientInput, type NewPatientFormValues } from "@/lib/domain/patient-details";
import { DateBoxes } from "../nhs/DateBoxes";
import { ErrorSummary } from "../nhs/ErrorSummary";
import { Choices } from "../nhs/Choices";
import { Fieldset } from "../nhs/Fieldset";
import { TextInput } from "../nhs/TextInput";

type Output = z.output<typeof newPatientInput>;
const order = [
  "nhsNumber",
  "givenName",
  "familyName",
  "dateOfBirth",
  "sex",
  "addressLine1",
  "addressLine2",
  "town",
  "postcode",
  "phone",
  "practiceOdsCode",
] as const;
const sexes = [
  ["FEMALE", "Female"],
  ["MALE", "Male"],
  ["OTHER", "Other"],
  ["UNKNOWN", "Not known"],
] as const;

function messageOf(errors: FieldErrors<NewPatientFormValues>, key: (typeof order)[number]): string | undefined {
  const e = errors[key] as { message?: string; root?: { message?: string } } | undefined;
  return e?.message ?? e?.root?.message;
}

/** Adds a patient: validated in the browser and again on the server with one schema. */
export function NewPatientForm() {
  const router = useRouter();
  const [serverProblem, setServerProblem] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState, control } = useForm<NewPatientFormValues, unknown, Output>({
    resolver: zodResolver(newPatientInput),
    defaultValues: emptyNewPatient,
  });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: Output) {
    setServerProblem(null);
    const result = await addPatientAction({ ...values, dateOfBirth: formDate(values.dateOfBirth) });
    if (result.ok) return router.push(`/patients/${result.result.id}`);
    if (result.code === "INVALID") {
      for (const [key, message] of Object.entries(result.fieldErrors)) setError(key as (typeof order)[number], { message });
    } else setServerProblem(result.message);
  }

  const summary = order.flatMap((key) => {
    const text = messageOf(errors, key);
    return text ? [{ href: key === "dateOfBirth" ? "#dateOfBirth-day" : key === "sex" ? "#sex-FEMALE" : `#${key}`, text }] : [];
  });
  if (serverProblem) summary.unshift({ href: "#nhsNumber", text: serverProblem });
  const err = (key: (typeof order)[number]) => messageOf(errors, key);

  const sex = useWatch({ control, name: "sex" });
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <ErrorSummary errors={summary} />
      <TextInput
        id="nhsNumber"
        label="NHS number"
        hint="10 digits, for example 943 476 5919"
        inputMode="numeric"
        code
        widthClass="nhsuk-input--width-10"
        error={err("nhsNumber")}
        {...register("nhsNumber")}
      />
      <TextInput id="givenName" label="Given name" autoComplete="off" error={err("givenName")} {...register("givenName")} />
      <TextInput id="familyName" label="Family name" autoComplete="off" error={err("familyName")} {...register("familyName")} />
      <Fieldset id="dateOfBirth" legend="Date of birth" error={err("dateOfBirth")} group>
        <DateBoxes id="dateOfBirth" invalid={!!err("dateOfBirth")} box={(part) => register(`dateOfBirth.${part}`)} />
      </Fieldset>
      <Fieldset id="sex" legend="Sex" error={err("sex")}>
        <Choices
          type="radios"
          id="sex"
          inline
          options={sexes.map(([code, label]) => ({ code, label }))}
          isChecked={(code) => sex === code}
          input={(code) => ({ value: code, ...register("sex") })}
        />
      </Fieldset>
      <TextInput id="addressLine1" label="Address line 1" autoComplete="off" error={err("addressLine1")} {...register("addressLine1")} />
      <TextInput id="addressLine2" label="Address line 2 (optional)" autoComplete="off" error={err("addressLine2")} {...register("addressLine2")} />
      <TextInput id="town" label="Town or city" autoComplete="off" widthClass="nhsuk-u-width-two-thirds" error={err("town")} {...register("town")} />
      <TextInput id="postcode" label="Postcode" autoComplete="off" widthClass="nhsuk-input--width-10" error={err("postcode")} {...register("postcode")} />
      <TextInput
        id="phone"
        label="Phone number (optional)"
        type="tel"
        autoComplete="off"
        widthClass="nhsuk-input--width-20"
        error={err("phone")}
        {...register("phone")}
      />
      <TextInput
        id="practiceOdsCode"
        label="GP practice ODS code"
        hint="The practice the person is registered with, like Y00101: it becomes the first member of their care team"
        code
        widthClass="nhsuk-input--width-10"
        error={err("practiceOdsCode")}
        {...register("practiceOdsCode")}
      />
      <button className="nhsuk-button" type="submit" disabled={isSubmitting}>
        Add patient
      </button>
    </form>
  );
}

/** The server re-validates everything, so it gets the boxes back, not the parsed date. */
function formDate(iso: string) {
  const [year, month, day] = iso.split("-");
  return { day, month, year };
}
