import { z } from "zod";
import { dateInput } from "./date-input";
import { pageInput } from "./pagination";
import { nhsNumberSchema } from "./patient-search";
import { plainText } from "./text";

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const blankDate = (v: unknown) => {
  const parts = v as { day?: string; month?: string; year?: string } | undefined;
  return !parts || [parts.day, parts.month, parts.year].every((p) => !p || !p.trim()) ? undefined : v;
};

/** Administrators' audit search: any combination of patient, user, organisation, subject acted on and dates. */
export const auditSearchInput = z
  .object({
    nhsNumber: z.preprocess(emptyToUndefined, nhsNumberSchema.optional()),
    userEmail: z.preprocess(emptyToUndefined, plainText("Email address", 254).toLowerCase().optional()),
    odsCode: z.preprocess(emptyToUndefined, plainText("ODS code", 12).toUpperCase().optional()),
    /** Acts on one user, organisation or API client (AuditEvent.subjectId), by its id. */
    subject: z.preprocess(
      emptyToUndefined,
      z.uuid({ error: "Enter the id of a user, organisation or API client, as its page shows it, like 0f8fad5b-d9cb-469f-a165-70867728950e" }).optional(),
    ),
    from: z.preprocess(blankDate, dateInput({ label: "start date", mustBePast: true }).optional()),
    to: z.preprocess(blankDate, dateInput({ label: "end date" }).optional()),
    breakGlassOnly: z.boolean().default(false),
    /** The page shown (50 rows, newest first); the CSV export ignores it and gives every row. */
    page: pageInput,
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ["to"], message: "End date must be the same as or after the start date" });
