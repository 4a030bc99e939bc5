"use client";

import type { ReactNode } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Choices } from "@/components/nhs/Choices";
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
  return (
    <Fieldset id={id} legend={field.label} hint={field.hint} error={error}>
      <Choices
        type={field.kind === "choices" ? "checkboxes" : "radios"}
        id={id}
        options={(field.options ?? []).map((o) => ({ ...o, conditional: followUp?.(o.code) }))}
        inputId={(_, i) => (i === 0 ? id : `${id}-${i + 1}`)}
        isChecked={chosen}
        input={(code) => ({ value: code, ...register(path) })}
      />
    </Fieldset>
  );
}
