"use client";

import type { ReactNode } from "react";
import { useController, useFormContext, useWatch } from "react-hook-form";
import { Checkboxes } from "@/components/nhs/Checkboxes";
import { Choices, type ChoiceOption } from "@/components/nhs/Choices";
import { Fieldset } from "@/components/nhs/Fieldset";
import type { AnyField } from "@/lib/domain/plan/fields";
import { fieldId } from "@/lib/domain/plan/form-paths";
import { useFieldError } from "./useFieldError";

/**
 * Radios (choice) or checkboxes (choices) in a fieldset whose legend is the question; `followUp`
 * gives the questions an option reveals, shown right after it (undefined: it reveals none).
 */
export function OptionsField({ field, path, followUp }: { field: AnyField; path: string; followUp?: (code: string) => ReactNode | undefined }) {
  const { register } = useFormContext();
  const answer: unknown = useWatch({ name: path });
  const error = useFieldError(path);
  const id = fieldId(path);
  const chosen = (code: string) => (Array.isArray(answer) ? answer.includes(code) : answer === code);
  const options = (field.options ?? []).map((o) => ({ ...o, conditional: followUp?.(o.code) }));
  const inputId = (_: string, i: number) => (i === 0 ? id : `${id}-${i + 1}`);
  if (field.kind === "choices") {
    return (
      <Fieldset id={id} legend={field.label} hint={field.hint} error={error}>
        <ChoicesField path={path} id={id} options={options} inputId={inputId} />
      </Fieldset>
    );
  }
  return (
    <Fieldset id={id} legend={field.label} hint={field.hint} error={error}>
      <Choices type="radios" id={id} options={options} inputId={inputId} isChecked={chosen} input={(code) => ({ value: code, ...register(path) })} />
    </Fieldset>
  );
}

/** A checkboxes answer held by react-hook-form as a list, so an exclusive option can clear the others. */
function ChoicesField(props: { path: string; id: string; options: readonly ChoiceOption[]; inputId: (code: string, index: number) => string }) {
  const { path, id, options, inputId } = props;
  const { field } = useController({ name: path });
  const value: string[] = Array.isArray(field.value) ? field.value : [];
  return <Checkboxes id={id} name={field.name} options={options} value={value} onChange={field.onChange} inputId={inputId} firstRef={field.ref} />;
}
