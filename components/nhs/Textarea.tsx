"use client";

import { useEffect, useState, type Ref, type TextareaHTMLAttributes } from "react";
import { describedBy, LabelledField } from "./FormGroup";

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "maxLength"> {
  id: string;
  label: string;
  labelClass?: string;
  hint?: string;
  error?: string;
  /** The most characters the answer may have: counted, never enforced by truncating (no maxLength). */
  limit: number;
  /** How many characters there are now, when the textarea is not controlled through `value`. */
  length?: number;
  ref?: Ref<HTMLTextAreaElement>;
}

export function countMessage(length: number, limit: number): string {
  const left = limit - length;
  const chars = (n: number) => `${n} character${n === 1 ? "" : "s"}`;
  return left >= 0 ? `You have ${chars(left)} remaining` : `You have ${chars(-left)} too many`;
}

/**
 * NHS textarea with a character count, in 10.x's markup. React renders the count (not
 * nhsuk-frontend's CharacterCount script): that script rewrites the textarea's error class and
 * adds its own message nodes, which would fight React's re-render of the same field when a server
 * error arrives. Text over the limit is kept; the count says by how much, and the schema refuses it.
 */
export function Textarea({ id, label, labelClass, hint, error, limit, length, rows = 5, className, ...textarea }: Props) {
  const count = typeof textarea.value === "string" ? textarea.value.length : (length ?? 0);
  const over = count > limit;
  const message = countMessage(count, limit);
  // The screen reader status waits for a pause in typing, as nhsuk-frontend's does.
  const [spoken, setSpoken] = useState(message);
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(message), 1000);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <LabelledField id={id} label={label} labelClass={labelClass} hint={hint} error={error} className="nhsuk-character-count">
      <textarea
        id={id}
        rows={rows}
        className={["nhsuk-textarea", (error || over) && "nhsuk-textarea--error", className].filter(Boolean).join(" ")}
        aria-describedby={describedBy(`${id}-info`, hint && `${id}-hint`, error && `${id}-error`)}
        aria-invalid={error || over ? true : undefined}
        {...textarea}
      />
      <div className="nhsuk-hint nhsuk-character-count__message nhsuk-u-visually-hidden" id={`${id}-info`}>
        You can enter up to {limit} characters
      </div>
      <div className={`nhsuk-character-count__status ${over ? "nhsuk-error-message" : "nhsuk-hint"}`} aria-hidden="true" data-testid={`${id}-count`}>
        {message}
      </div>
      <div className="nhsuk-character-count__sr-status nhsuk-u-visually-hidden" aria-live="polite">
        {spoken}
      </div>
    </LabelledField>
  );
}
