"use client";

import { useFormContext } from "react-hook-form";
import { ErrorMessage } from "@/components/nhs/ErrorMessage";
import type { AnyField } from "@/lib/domain/plan/fields";
import { fieldId } from "@/lib/domain/plan/form-paths";
import { describedBy, useFieldError } from "./useFieldError";

/** Radios (choice) or checkboxes (choices) in a fieldset whose legend is the question. */
export function OptionsField({ field, path, children }: { field: AnyField; path: string; children?: React.ReactNode }) {
  const { register } = useFormContext();
  const error = useFieldError(path);
  const id = fieldId(path);
  const kind = field.kind === "choices" ? "checkboxes" : "radios";
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(id, field.hint, error)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{field.label}</legend>
        {field.hint && (
          <div className="nhsuk-hint" id={`${id}-hint`}>
            {field.hint}
          </div>
        )}
        <ErrorMessage id={`${id}-error`} message={error} />
        <div className={`nhsuk-${kind}`}>
          {(field.options ?? []).map((option, i) => {
            const optionId = i === 0 ? id : `${id}-${i + 1}`;
            return (
              <div className={`nhsuk-${kind}__item`} key={option.code}>
                <input className={`nhsuk-${kind}__input`} id={optionId} type={kind === "radios" ? "radio" : "checkbox"} value={option.code} {...register(path)} />
                <label className={`nhsuk-label nhsuk-${kind}__label`} htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint && <div className={`nhsuk-hint nhsuk-${kind}__hint`}>{option.hint}</div>}
              </div>
            );
          })}
        </div>
      </fieldset>
      {children}
    </div>
  );
}
