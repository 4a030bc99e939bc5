import { DateBoxes } from "./DateBoxes";
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
        <DateBoxes id={id} invalid={!!error} box={(part) => ({ name: `${name}-${part}`, defaultValue: values[part] ?? "" })} />
      </fieldset>
    </div>
  );
}
