import type { InputHTMLAttributes, Ref } from "react";

type ItemProps = InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };

/**
 * The items of an NHS radios group (ids `<id>-<key>`). Forms wire each radio their own way
 * (plain name/value, react-hook-form's register, controlled state) through `item`.
 */
export function RadioItems({ id, options, inline, item }: { id: string; options: readonly (readonly [string, string])[]; inline?: boolean; item: (key: string) => ItemProps }) {
  return (
    <div className={`nhsuk-radios${inline ? " nhsuk-radios--inline" : ""}`}>
      {options.map(([key, label]) => (
        <div className="nhsuk-radios__item" key={key}>
          <input className="nhsuk-radios__input" id={`${id}-${key}`} type="radio" {...item(key)} />
          <label className="nhsuk-label nhsuk-radios__label" htmlFor={`${id}-${key}`}>
            {label}
          </label>
        </div>
      ))}
    </div>
  );
}
