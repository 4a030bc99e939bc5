"use client";

import { PasswordInput as NhsPasswordInput } from "nhsuk-frontend";
import type { InputHTMLAttributes } from "react";
import { describedBy, LabelledField } from "./FormGroup";
import { useNhsModule } from "./useNhsModule";

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type"> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

/**
 * NHS.UK frontend 10 password input; its own script shows the "Show" button and switches the
 * input's type. React renders these nodes once with fixed type and text and never changes them,
 * so the script can own them; the value stays React's (or the form's).
 */
export function PasswordInput({ id, label, hint, error, ...input }: Props) {
  const ref = useNhsModule<HTMLDivElement>(NhsPasswordInput);
  return (
    <div ref={ref} data-module="nhsuk-password-input">
      <LabelledField id={id} label={label} hint={hint} error={error} className="nhsuk-password-input">
        <div className="nhsuk-input-wrapper nhsuk-password-input__wrapper">
          <input
            id={id}
            type="password"
            className={["nhsuk-input nhsuk-password-input__input nhsuk-js-password-input-input", error && "nhsuk-input--error"].filter(Boolean).join(" ")}
            spellCheck={false}
            autoCapitalize="none"
            aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
            aria-invalid={error ? true : undefined}
            {...input}
          />
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-password-input__toggle nhsuk-js-password-input-toggle"
            aria-controls={id}
            aria-label="Show password"
            hidden
          >
            Show
          </button>
        </div>
      </LabelledField>
    </div>
  );
}
