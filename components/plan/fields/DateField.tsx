"use client";

import { useFormContext } from "react-hook-form";
import { ErrorMessage } from "@/components/nhs/ErrorMessage";
import type { AnyField } from "@/lib/domain/plan/fields";
import { fieldId } from "@/lib/domain/plan/form-paths";
import { describedBy, useFieldError } from "./useFieldError";

const parts = [
  { key: "day", label: "Day", width: "nhsuk-input--width-2" },
  { key: "month", label: "Month", width: "nhsuk-input--width-2" },
  { key: "year", label: "Year", width: "nhsuk-input--width-4" },
] as const;

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
        <div className="nhsuk-date-input" id={id}>
          {parts.map((part) => (
            <div className="nhsuk-date-input__item" key={part.key}>
              <div className="nhsuk-form-group">
                <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-${part.key}`}>
                  {part.label}
                </label>
                <input
                  className={`nhsuk-input nhsuk-date-input__input ${part.width}${error ? " nhsuk-input--error" : ""}`}
                  id={`${id}-${part.key}`}
                  type="text"
                  inputMode="numeric"
                  maxLength={4}
                  {...register(`${path}.${part.key}`)}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
