import { z } from "zod";
import { dateInput } from "./date-input";
import { nhsNumberSchema } from "./patient-search";
import { plainText } from "./text";

const required = (label: string, max: number, message: string) => plainText(label, max).pipe(z.string().min(1, message));

/** A UK postcode, as people type it (any case, optional space). */
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i;
const PHONE = /^\+?[\d\s()-]{7,25}$/;

const PRACTICE_MESSAGE = "Enter the ODS code of the person's GP practice, like Y00101";

/** A patient who is not on the system yet: the same schema checks the form and the server. */
export const newPatientInput = z.object({
  nhsNumber: nhsNumberSchema,
  givenName: required("Given name", 100, "Enter the given name"),
  familyName: required("Family name", 100, "Enter the family name"),
  dateOfBirth: dateInput({ label: "date of birth", mustBePast: true }),
  sex: z.enum(["FEMALE", "MALE", "OTHER", "UNKNOWN"], { error: "Select the person's sex" }),
  addressLine1: required("Address line 1", 200, "Enter the first line of the address"),
  addressLine2: plainText("Address line 2", 200),
  town: required("Town or city", 100, "Enter the town or city"),
  postcode: plainText("Postcode", 10)
    .refine((v) => POSTCODE.test(v), "Enter a real postcode, like SE5 8JA")
    .transform((v) => v.toUpperCase().replace(/\s*(\d[A-Z]{2})$/, " $1")),
  phone: plainText("Phone number", 30).refine((v) => v === "" || PHONE.test(v), "Enter a phone number, like 020 7946 0000"),
  // Their registered practice is the first member of their care team (docs/domain.md "The care team").
  practiceOdsCode: z
    .string({ error: PRACTICE_MESSAGE })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{3,12}$/, PRACTICE_MESSAGE),
});

export type NewPatientFormValues = z.input<typeof newPatientInput>;

export const emptyNewPatient: NewPatientFormValues = {
  nhsNumber: "",
  givenName: "",
  familyName: "",
  dateOfBirth: { day: "", month: "", year: "" },
  sex: "" as never,
  addressLine1: "",
  addressLine2: "",
  town: "",
  postcode: "",
  phone: "",
  practiceOdsCode: "",
};
