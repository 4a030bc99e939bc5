import type { InputHTMLAttributes, Ref } from "react";
import { describedBy, LabelledField } from "./FormGroup";

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, "id"> {
  id: string;
  label: string;
  labelClass?: string;
  hint?: string;
  error?: string;
  widthClass?: string;
  /** A code people read out or copy (NHS number, ODS code): 10.x's code input, spaced letters, no spellcheck. */
  code?: boolean;
  ref?: Ref<HTMLInputElement>;
}

/** NHS text input with label, hint and error message wired up for screen readers. */
export function TextInput({ id, label, labelClass, hint, error, widthClass, code, className, ...input }: Props) {
  return (
    <LabelledField id={id} label={label} labelClass={labelClass} hint={hint} error={error}>
      <input
        id={id}
        type="text"
        className={["nhsuk-input", widthClass, code && "nhsuk-input--code", error && "nhsuk-input--error", className].filter(Boolean).join(" ")}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        aria-invalid={error ? true : undefined}
        {...(code ? { autoComplete: "off", spellCheck: false, autoCapitalize: "none" } : {})}
        {...input}
      />
    </LabelledField>
  );
}
