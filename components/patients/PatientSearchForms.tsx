import type { FieldErrors } from "@/lib/server/errors";
import { DateInput } from "../nhs/DateInput";
import { TextInput } from "../nhs/TextInput";

export interface SearchValues {
  by?: string;
  nhsNumber?: string;
  familyName?: string;
  "dob-day"?: string;
  "dob-month"?: string;
  "dob-year"?: string;
}

/** Two GET forms: by NHS number, or by family name and date of birth. What was typed stays. */
export function PatientSearchForms({ values, errors }: { values: SearchValues; errors: FieldErrors }) {
  const byName = values.by === "name";
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-one-half">
        <form action="/patients/search" method="get" noValidate aria-labelledby="search-nhs-heading">
          <h2 id="search-nhs-heading" className="nhsuk-heading-m">
            Search by NHS number
          </h2>
          <input type="hidden" name="by" value="nhs-number" />
          <TextInput
            id="nhsNumber"
            name="nhsNumber"
            label="NHS number"
            hint="10 digits, for example 943 476 5919"
            inputMode="numeric"
            code
            widthClass="nhsuk-input--width-10"
            defaultValue={byName ? "" : (values.nhsNumber ?? "")}
            error={errors.nhsNumber}
          />
          <button className="nhsuk-button" type="submit">
            Search by NHS number
          </button>
        </form>
      </div>
      <div className="nhsuk-grid-column-one-half">
        <form action="/patients/search" method="get" noValidate aria-labelledby="search-name-heading">
          <h2 id="search-name-heading" className="nhsuk-heading-m">
            Search by name and date of birth
          </h2>
          <input type="hidden" name="by" value="name" />
          <TextInput
            id="familyName"
            name="familyName"
            label="Family name"
            autoComplete="off"
            spellCheck={false}
            defaultValue={byName ? (values.familyName ?? "") : ""}
            error={errors.familyName}
          />
          <DateInput
            id="dateOfBirth"
            name="dob"
            legend="Date of birth"
            hint="For example, 14 3 1941"
            error={errors.dateOfBirth}
            values={byName ? { day: values["dob-day"], month: values["dob-month"], year: values["dob-year"] } : {}}
          />
          <button className="nhsuk-button" type="submit">
            Search by name
          </button>
        </form>
      </div>
    </div>
  );
}
