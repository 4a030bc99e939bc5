import { Fragment, type InputHTMLAttributes, type ReactNode, type Ref } from "react";

export interface ChoiceOption {
  code: string;
  label: string;
  hint?: string;
  /** "None of these": unticks the others (checkboxes only); shown after an "or" divider. */
  exclusive?: boolean;
  /** The follow-up question this answer reveals, shown right after it while it is chosen. */
  conditional?: ReactNode;
}

type InputProps = InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };

interface Props {
  type: "radios" | "checkboxes";
  /** Input ids are `<id>-<code>`; conditional panels `<id>-<code>-conditional`. */
  id: string;
  options: readonly ChoiceOption[];
  inline?: boolean;
  /** Whether an option is chosen now: it decides which follow-up is revealed. */
  isChecked: (code: string) => boolean;
  /** How each input is wired (name and value, react-hook-form's register, controlled state). */
  input: (code: string) => InputProps;
  /** The id of an input, when a form has its own scheme. */
  inputId?: (code: string, index: number) => string;
}

/**
 * NHS radios or checkboxes in 10.x's markup: a conditional question sits right after the option
 * that reveals it, and that option's aria-controls names it (10.x dropped aria-expanded: a radio
 * or checkbox may not have it, and axe says so). React decides what is shown
 * (from the form's state), not nhsuk-frontend's Radios/Checkboxes scripts: those would flip
 * classes and tick boxes behind React's back, and react-hook-form would not see it.
 */
export function Choices({ type, id, options, inline, isChecked, input, inputId = (code) => `${id}-${code}` }: Props) {
  const hasConditional = options.some((o) => o.conditional !== undefined);
  return (
    <div className={[`nhsuk-${type}`, inline && `nhsuk-${type}--inline`, hasConditional && `nhsuk-${type}--conditional`].filter(Boolean).join(" ")}>
      {options.map((option, index) => {
        const optionId = inputId(option.code, index);
        const conditionalId = `${optionId}-conditional`;
        const checked = isChecked(option.code);
        const hasFollowUp = option.conditional !== undefined && option.conditional !== null && option.conditional !== false;
        return (
          <Fragment key={option.code}>
            {option.exclusive && <div className={`nhsuk-${type}__divider`}>or</div>}
            <div className={`nhsuk-${type}__item`}>
              <input
                className={`nhsuk-${type}__input`}
                id={optionId}
                type={type === "radios" ? "radio" : "checkbox"}
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                aria-controls={hasFollowUp ? conditionalId : undefined}
                data-checkbox-exclusive={option.exclusive ? "" : undefined}
                {...input(option.code)}
              />
              <label className={`nhsuk-label nhsuk-${type}__label`} htmlFor={optionId}>
                {option.label}
              </label>
              {option.hint && (
                <div className={`nhsuk-hint nhsuk-${type}__hint`} id={`${optionId}-hint`}>
                  {option.hint}
                </div>
              )}
            </div>
            {hasFollowUp && (
              <div className={`nhsuk-${type}__conditional${checked ? "" : ` nhsuk-${type}__conditional--hidden`}`} id={conditionalId}>
                {option.conditional}
              </div>
            )}
          </Fragment>
        );
      })}
    </div>
  );
}
