import { z } from "zod";
import { dateInput, type DateParts } from "./date-input";
import { pageInput } from "./pagination";
import { recordId } from "./inputs";
import { plainText } from "./text";

/** Every kind of organisation the service holds (the database's OrganisationKind), in the order forms list them. */
export const organisationKinds = [
  "GP_PRACTICE",
  "COMMUNITY",
  "HOSPICE",
  "CARE_HOME",
  "AMBULANCE_SERVICE",
  "NHS_111",
  "OUT_OF_HOURS",
  "HOSPITAL",
  "LOCAL_AUTHORITY",
  "ICB",
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const organisationKindLabels: Record<OrganisationKind, string> = {
  GP_PRACTICE: "GP practice",
  COMMUNITY: "Community health service",
  HOSPICE: "Hospice",
  CARE_HOME: "Care home",
  AMBULANCE_SERVICE: "Ambulance service",
  NHS_111: "NHS 111",
  OUT_OF_HOURS: "Out-of-hours service",
  HOSPITAL: "Hospital trust",
  LOCAL_AUTHORITY: "Local authority (social care)",
  ICB: "Integrated care board (ICB)",
};

export function isOrganisationKind(value: unknown): value is OrganisationKind {
  return typeof value === "string" && (organisationKinds as readonly string[]).includes(value);
}

/** Data Security and Protection Toolkit assessment outcomes (the database's DsptStatus). */
export const dsptStatuses = ["STANDARDS_EXCEEDED", "STANDARDS_MET", "APPROACHING_STANDARDS", "STANDARDS_NOT_MET", "NOT_PUBLISHED"] as const;
export type DsptStatus = (typeof dsptStatuses)[number];
export const dsptStatusLabels: Record<DsptStatus, string> = {
  STANDARDS_EXCEEDED: "Standards exceeded",
  STANDARDS_MET: "Standards met",
  APPROACHING_STANDARDS: "Approaching standards",
  STANDARDS_NOT_MET: "Standards not met",
  NOT_PUBLISHED: "Not published",
};

/**
 * ODS codes come in a few shapes: 3 characters for trusts, ICBs and other organisations (RJZ,
 * QKK), 5 for their sites and many independent providers (RJZ01, NLX01), 6 for GP practices and
 * other prescribing cost centres (a letter and five numbers: A81001, Y00101). Upper case.
 */
const ODS_SHAPE = /^(?=.*[A-Z])([A-Z0-9]{3}|[A-Z0-9]{5}|[A-Z0-9]{6})$/;
const GP_PRACTICE_SHAPE = /^[A-Z]\d{5}$/;
const ICB_SHAPE = /^Q[A-Z0-9]{2}$/;

export const ODS_FORMAT_MESSAGE = "Enter an ODS code in the right format: 3, 5 or 6 letters and numbers, like RJZ, RJZ01 or Y00101";

/** Upper case, no spaces: how codes are stored and compared. */
export function normaliseOdsCode(value: string): string {
  return value.replace(/\s+/g, "").toUpperCase();
}

/** Why this (normalised) code cannot be an ODS code for this kind of organisation, or null when it can. */
export function odsCodeProblem(code: string, kind?: OrganisationKind | null): string | null {
  if (!code) return "Enter the organisation's ODS code";
  if (!ODS_SHAPE.test(code)) return ODS_FORMAT_MESSAGE;
  if (kind === "GP_PRACTICE" && !GP_PRACTICE_SHAPE.test(code)) return "A GP practice's ODS code is a letter and 5 numbers, like A81001";
  if (kind === "ICB" && !ICB_SHAPE.test(code)) return "An ICB's ODS code is 3 characters starting with Q, like QKK";
  return null;
}

/** A UK postcode, as people type it (any case, any spacing). */
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/;
export const POSTCODE_MESSAGE = "Enter a real postcode, like SE5 8JA";

/** "se58ja" and "SE5  8JA" are "SE5 8JA"; null when it is not a postcode. */
export function normalisePostcode(value: string): string | null {
  const compact = value.replace(/\s+/g, "").toUpperCase();
  if (!POSTCODE.test(compact)) return null;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

const blankDate = (v: unknown) => {
  const parts = v as Partial<DateParts> | undefined;
  return !parts || [parts.day, parts.month, parts.year].every((p) => !p || !String(p).trim()) ? undefined : v;
};
const blankText = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** An organisation as the add and edit forms send it. The ODS code's shape is checked against the kind chosen. */
export const organisationInput = z
  .object({
    odsCode: z.string({ error: "Enter the organisation's ODS code" }).max(20, ODS_FORMAT_MESSAGE).transform(normaliseOdsCode),
    name: z.string({ error: "Enter the organisation's name" }).pipe(plainText("Name", 200)).pipe(z.string().min(1, "Enter the organisation's name")),
    kind: z.enum(organisationKinds, { error: "Select the kind of organisation" }),
    postcode: z.preprocess(
      blankText,
      z
        .string()
        .max(20, POSTCODE_MESSAGE)
        .transform((v, ctx) => normalisePostcode(v) ?? (ctx.addIssue({ code: "custom", message: POSTCODE_MESSAGE }), z.NEVER))
        .optional(),
    ),
    /** The parent ICB's ODS code (an organisation of kind ICB); blank for none. */
    parentIcbOdsCode: z.preprocess(blankText, z.string().max(20, ODS_FORMAT_MESSAGE).transform(normaliseOdsCode).optional()),
    sharingAgreementSignedOn: z.preprocess(blankDate, dateInput({ label: "date the sharing agreement was signed", mustBePast: true }).optional()),
    dsptStatus: z.preprocess(blankText, z.enum(dsptStatuses, { error: "Select a DSPT status from the list" }).optional()),
    dsptStatusOn: z.preprocess(blankDate, dateInput({ label: "date of the DSPT status", mustBePast: true }).optional()),
  })
  .superRefine((v, ctx) => {
    const problem = odsCodeProblem(v.odsCode, v.kind);
    if (problem) ctx.addIssue({ code: "custom", path: ["odsCode"], message: problem });
    if (v.parentIcbOdsCode && odsCodeProblem(v.parentIcbOdsCode, "ICB"))
      ctx.addIssue({ code: "custom", path: ["parentIcbOdsCode"], message: "Enter the parent ICB's ODS code: 3 characters starting with Q, like QKK" });
    if (v.kind === "ICB" && v.parentIcbOdsCode)
      ctx.addIssue({ code: "custom", path: ["parentIcbOdsCode"], message: "An ICB has no parent ICB: leave this empty" });
    if (v.dsptStatusOn && !v.dsptStatus) ctx.addIssue({ code: "custom", path: ["dsptStatus"], message: "Select the DSPT status the date is for" });
  });

export type OrganisationFormInput = z.input<typeof organisationInput>;
export type OrganisationFields = z.output<typeof organisationInput>;

export const updateOrganisationInput = z.intersection(z.object({ id: recordId }), organisationInput);

export const organisationIdInput = z.object({ id: recordId });

export const suspendOrganisationInput = z.object({
  id: recordId,
  reason: z
    .string({ error: "Enter why the organisation is being suspended" })
    .pipe(plainText("Reason", 500))
    .pipe(z.string().min(1, "Enter why the organisation is being suspended")),
});

/** The list's search: part of a name or ODS code, and a page of 50. */
export const organisationSearchInput = z.object({
  query: z.preprocess((v) => (typeof v === "string" ? v : ""), plainText("Search", 100)),
  page: pageInput,
});

/**
 * Why an organisation's staff may not sign in now, or null when they may: it must be active and
 * have signed the data sharing agreement. The one rule (sign-in, every request, the API).
 */
export type OrganisationBlock = "suspended" | "no-agreement";

export function organisationBlock(org: { status: string; sharingAgreementSignedOn: Date | string | null }): OrganisationBlock | null {
  if (org.status !== "ACTIVE") return "suspended";
  if (!org.sharingAgreementSignedOn) return "no-agreement";
  return null;
}
