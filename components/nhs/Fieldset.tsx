import type { ReactNode } from "react";
import { describedBy, FormGroup, HintAndError } from "./FormGroup";

interface Props {
  /** The id of the fieldset's hint and error (`<id>-hint`, `<id>-error`). */
  id: string;
  legend: ReactNode;
  /** Legend size: "s" for a question among others, "m" or "l" when it is the page's question. */
  size?: "s" | "m" | "l";
  /** The legend is the page's heading (one question on the page). */
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: string;
  /** role="group" for inputs that are parts of one answer (date boxes). */
  group?: boolean;
  children: ReactNode;
}

/** NHS fieldset in its form group: a legend, hint and error over related inputs. */
export function Fieldset({ id, legend, size = "s", isPageHeading, hint, error, group, children }: Props) {
  return (
    <FormGroup error={error}>
      <fieldset className="nhsuk-fieldset" role={group ? "group" : undefined} aria-describedby={describedBy(!!hint && `${id}-hint`, error && `${id}-error`)}>
        <legend className={`nhsuk-fieldset__legend nhsuk-fieldset__legend--${size}`}>
          {isPageHeading ? <h1 className="nhsuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
        <HintAndError id={id} hint={hint} error={error} />
        {children}
      </fieldset>
    </FormGroup>
  );
}
