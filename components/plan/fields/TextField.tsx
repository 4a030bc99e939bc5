"use client";

import { useFormContext } from "react-hook-form";
import { ErrorMessage } from "@/components/nhs/ErrorMessage";
import type { AnyField } from "@/lib/domain/plan/fields";
import { fieldId } from "@/lib/domain/plan/form-paths";
import { describedBy, useFieldError } from "./useFieldError";

/** One-line input, textarea (long text) or phone number. */
export function TextField({ field, path }: { field: AnyField; path: string }) {
  const { register } = useFormContext();
  const error = useFieldError(path);
  const id = fieldId(path);
  const common = {
    id,
    "aria-describedby": describedBy(id, field.hint, error),
    "aria-invalid": error ? true : undefined,
    maxLength: field.maxLength,
    ...register(path),
  };
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <label className="nhsuk-label" htmlFor={id}>
        {field.label}
      </label>
      {field.hint && (
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {field.hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} message={error} />
      {field.multiline ? (
        <textarea className={`nhsuk-textarea${error ? " nhsuk-textarea--error" : ""}`} rows={4} {...common} />
      ) : (
        <input
          className={`nhsuk-input${error ? " nhsuk-input--error" : ""}${field.kind === "phone" ? " nhsuk-input--width-20" : ""}`}
          type={field.kind === "phone" ? "tel" : "text"}
          autoComplete="off"
          {...common}
        />
      )}
    </div>
  );
}
