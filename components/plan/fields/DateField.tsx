"use client";

import { useFormContext } from "react-hook-form";
import { DateBoxes } from "@/components/nhs/DateBoxes";
import { Fieldset } from "@/components/nhs/Fieldset";
import type { AnyField } from "@/lib/domain/plan/fields";
import { fieldId } from "@/lib/domain/plan/form-paths";
import { useFieldError } from "./useFieldError";

/** NHS date input: day, month and year boxes in one fieldset. */
export function DateField({ field, path }: { field: AnyField; path: string }) {
  const { register } = useFormContext();
  const error = useFieldError(path);
  const id = fieldId(path);
  return (
    <Fieldset id={id} legend={field.label} hint={field.hint} error={error} group>
      <DateBoxes id={id} invalid={!!error} box={(part) => register(`${path}.${part}`)} />
    </Fieldset>
  );
}
