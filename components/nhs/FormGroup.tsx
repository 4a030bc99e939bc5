import type { ReactNode } from "react";
import { ErrorMessage } from "./ErrorMessage";

/** The ids an input is described by (hint, error, character count), or none: empty ones left out. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}

/**
 * NHS form group: one question, red-barred while it has an error (nhsuk-react-components' FormGroup
 * is the model). The hint and error sit between the label or legend and the input, with ids
 * `<id>-hint` and `<id>-error` for aria-describedby.
 */
export function FormGroup({ error, className, children }: { error?: string; className?: string; children: ReactNode }) {
  return <div className={["nhsuk-form-group", error && "nhsuk-form-group--error", className].filter(Boolean).join(" ")}>{children}</div>;
}

export function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} message={error} />
    </>
  );
}

/** A label, hint and error above one control (text input, textarea, select, password). */
interface LabelledFieldProps {
  id: string;
  label: ReactNode;
  labelClass?: string;
  hint?: ReactNode;
  error?: string;
  className?: string;
  children: ReactNode;
}

export function LabelledField({ id, label, labelClass, hint, error, className, children }: LabelledFieldProps) {
  return (
    <FormGroup error={error} className={className}>
      <label className={["nhsuk-label", labelClass].filter(Boolean).join(" ")} htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </FormGroup>
  );
}
