import type { InputHTMLAttributes, Ref } from "react";

type DatePart = "day" | "month" | "year";
const parts: [DatePart, string][] = [
  ["day", "Day"],
  ["month", "Month"],
  ["year", "Year"],
];

type BoxProps = InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };

/**
 * The three boxes of the NHS date input (ids `<id>-day` etc.). Forms wire each box their own
 * way (defaultValue, react-hook-form's register, controlled state) through `box`.
 */
export function DateBoxes({ id, invalid, box }: { id: string; invalid?: boolean; box: (part: DatePart) => BoxProps }) {
  return (
    <div className="nhsuk-date-input" id={id}>
      {parts.map(([part, label]) => (
        <div className="nhsuk-date-input__item" key={part}>
          <div className="nhsuk-form-group">
            <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-${part}`}>
              {label}
            </label>
            <input
              className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${part === "year" ? 4 : 2}${invalid ? " nhsuk-input--error" : ""}`}
              id={`${id}-${part}`}
              type="text"
              inputMode="numeric"
              maxLength={4}
              {...box(part)}
            />
          </div>
        </div>
      ))}
    </div>
  );
}
