import { ErrorMessage } from "./ErrorMessage";

interface Props {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  values?: { day?: string; month?: string; year?: string };
}

/** NHS date input: day, month and year boxes in one fieldset (names: <name>-day etc.). */
export function DateInput({ id, name, legend, hint, error, values = {} }: Props) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const part = (key: "day" | "month" | "year", label: string, width: string) => (
    <div className="nhsuk-date-input__item">
      <div className="nhsuk-form-group">
        <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-${key}`}>
          {label}
        </label>
        <input
          className={`nhsuk-input nhsuk-date-input__input ${width}${error ? " nhsuk-input--error" : ""}`}
          id={`${id}-${key}`}
          name={`${name}-${key}`}
          type="text"
          inputMode="numeric"
          defaultValue={values[key] ?? ""}
          maxLength={4}
        />
      </div>
    </div>
  );
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <fieldset className="nhsuk-fieldset" role="group" aria-describedby={describedBy}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div className="nhsuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        <ErrorMessage id={`${id}-error`} message={error} />
        <div className="nhsuk-date-input" id={id}>
          {part("day", "Day", "nhsuk-input--width-2")}
          {part("month", "Month", "nhsuk-input--width-2")}
          {part("year", "Year", "nhsuk-input--width-4")}
        </div>
      </fieldset>
    </div>
  );
}
