import type { SelectHTMLAttributes } from "react";
import { describedBy, LabelledField } from "@/components/nhs/FormGroup";

interface Props extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  options: readonly { value: string; label: string }[];
  /** The first, empty option ("Select a role"). */
  placeholder: string;
}

/** An NHS select with label, hint and error wired up, and an empty first option. */
export function SelectField({ id, label, hint, error, options, placeholder, ...select }: Props) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        className={`nhsuk-select${error ? " nhsuk-select--error" : ""}`}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        {...select}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}
