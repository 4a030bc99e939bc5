import { bodyRules, professionalBodies } from "@/lib/domain/professional-registration";
import { TextInput } from "@/components/nhs/TextInput";
import { SelectField } from "./SelectField";

const HINT =
  "GPs and doctors: GMC. Nurses: NMC. Paramedics: HCPC. Social workers: Social Work England. " +
  "Leave empty for care home staff, call handlers and administrators";

const bodyOptions = professionalBodies.map((b) => ({ value: b, label: bodyRules[b].label }));

/** Professional body and registration number: required for registered professions (checked on the server too). */
export function RegistrationFields({
  body,
  number,
  errors,
  onBody,
  onNumber,
}: {
  body: string;
  number: string;
  errors: Record<string, string>;
  onBody(value: string): void;
  onNumber(value: string): void;
}) {
  return (
    <>
      <SelectField
        id="professionalBody"
        label="Professional body"
        hint={HINT}
        placeholder="None"
        options={bodyOptions}
        error={errors.professionalBody}
        value={body}
        onChange={(e) => onBody(e.target.value)}
      />
      <TextInput
        id="registrationNumber"
        label="Registration number"
        hint="For example, GMC 7012345, NMC 15A1234E, HCPC PA12345"
        error={errors.registrationNumber}
        value={number}
        onChange={(e) => onNumber(e.target.value)}
        widthClass="nhsuk-input--width-10"
        code
      />
    </>
  );
}
