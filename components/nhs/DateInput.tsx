import { DateBoxes } from "./DateBoxes";
import { Fieldset } from "./Fieldset";

interface Props {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  values?: { day?: string; month?: string; year?: string };
}

/** NHS date input for a plain form: day, month and year boxes in one fieldset (names: <name>-day etc.). */
export function DateInput({ id, name, legend, hint, error, values = {} }: Props) {
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error} group>
      <DateBoxes id={id} invalid={!!error} box={(part) => ({ name: `${name}-${part}`, defaultValue: values[part] ?? "" })} />
    </Fieldset>
  );
}
