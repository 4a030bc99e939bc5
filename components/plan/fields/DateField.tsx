"use client";

import { useFormContext } from "react-hook-form";
import { DateBoxes } from "@/components/nhs/DateBoxes";
import { ErrorMessage } from "@/components/nhs/ErrorMessage";
import type { AnyField } from "@/lib/domain/plan/fields";
import { fieldId } from "@/lib/domain/plan/form-paths";
import { describedBy, useFieldError } from "./useFieldError";


/** NHS date input: day, month and year boxes in one fieldset. */
export function DateField({ field, path }: { field: AnyField; path: string }) {
  const { register } = useFormContext();
  const error = useFieldError(path);
  const id = fieldId(path);
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <fieldset className="nhsuk-fieldset" role="group" aria-describedby={describedBy(id, field.hint, error)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{field.label}</legend>
        {field.hint && (
          <div className="nhsuk-hint" id={`${id}-hint`}>
            {field.hint}
          </div>
        )}
        <ErrorMessage id={`${id}-error`} message={error} />
        <DateBoxes id={id} invalid={!!error} box={(part) => register(`${path}.${part}`)} />
      </fieldset>
    </div>
  );
}
