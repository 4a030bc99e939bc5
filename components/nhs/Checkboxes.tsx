import { Choices, type ChoiceOption } from "./Choices";
import { toggleChoice } from "./choices";

interface Props {
  id: string;
  name: string;
  options: readonly ChoiceOption[];
  value: readonly string[];
  onChange: (next: string[]) => void;
  inputId?: (code: string, index: number) => string;
  /** The first box, for focus from the error summary (react-hook-form's field ref). */
  firstRef?: (element: HTMLInputElement | null) => void;
}

/** NHS checkboxes whose answer is a list: an exclusive option ("None") unticks the others, and they untick it. */
export function Checkboxes({ id, name, options, value, onChange, inputId, firstRef }: Props) {
  const exclusive = options.filter((o) => o.exclusive).map((o) => o.code);
  return (
    <Choices
      type="checkboxes"
      id={id}
      options={options}
      inputId={inputId}
      isChecked={(code) => value.includes(code)}
      input={(code) => ({
        name,
        value: code,
        checked: value.includes(code),
        onChange: (e) => onChange(toggleChoice(value, code, e.target.checked, exclusive)),
        ref: options[0]?.code === code ? firstRef : undefined,
      })}
    />
  );
}
