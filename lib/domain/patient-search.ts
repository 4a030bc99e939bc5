import { z } from "zod";
import { dateInput } from "./date-input";
import { nhsNumberMessages, nhsNumberProblem, normaliseNhsNumber } from "./nhs-number";

/** An NHS number as typed (spaces allowed), validated and normalised to 10 digits. */
export const nhsNumberSchema = z
  .string()
  .max(20, nhsNumberMessages["wrong-length"])
  .superRefine((value, ctx) => {
    const problem = nhsNumberProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: nhsNumberMessages[problem] });
  })
  .transform(normaliseNhsNumber);

const searchByNhsNumber = z.object({
  by: z.literal("nhs-number"),
  nhsNumber: nhsNumberSchema,
});

const searchByNameAndBirthDate = z.object({
  by: z.literal("name"),
  familyName: z
    .string()
    .trim()
    .min(1, "Enter the family name")
    .max(100, "Family name must be 100 characters or fewer")
    .regex(/^[\p{L}' .-]+$/u, "Family name must only include letters, spaces, hyphens and apostrophes"),
  dateOfBirth: dateInput({ label: "date of birth", mustBePast: true }),
});

export const patientSearchInput = z.discriminatedUnion("by", [searchByNhsNumber, searchByNameAndBirthDate]);
