import { z } from "zod";
import { isIsoDateString, isRecord } from "./guards";
import { aboutMe } from "./sections/about-me";
import { capacityAndLegal } from "./sections/capacity-and-legal";
import { clinicalBackground } from "./sections/clinical-background";
import { clinicalRecommendations } from "./sections/clinical-recommendations";
import { contacts } from "./sections/contacts";
import { cpr } from "./sections/cpr";
import { crisisGuidance } from "./sections/crisis-guidance";
import { homeAndAccess } from "./sections/home-and-access";
import { medicines } from "./sections/medicines";
import { planDetails } from "./sections/plan-details";
import { preferences } from "./sections/preferences";

/**
 * The whole plan. Saved content carries PLAN_SCHEMA_VERSION; bump it (and add a migration) when a
 * change would make saved content fail `planContentSchema`.
 */
export const PLAN_SCHEMA_VERSION = 1;

/** In the order the form and the views show them. */
export const sections = {
  aboutMe,
  clinicalBackground,
  clinicalRecommendations,
  cpr,
  capacityAndLegal,
  preferences,
  medicines,
  contacts,
  homeAndAccess,
  crisisGuidance,
  planDetails,
} as const;

type Sections = typeof sections;
export type SectionKey = keyof Sections;
export const sectionKeys = Object.keys(sections) as SectionKey[];

type SchemaOf<K extends SectionKey> = Sections[K]["schema"];
type DraftOf<K extends SectionKey> = Sections[K]["draft"];

function mapSections<T>(fn: <K extends SectionKey>(key: K) => T): Record<SectionKey, T> {
  return Object.fromEntries(sectionKeys.map((key) => [key, fn(key)])) as Record<SectionKey, T>;
}

/** Publish schema of each section (used by the form per step, and by sectionStatus). */
export const sectionSchemas = mapSections((key) => sections[key].schema) as { [K in SectionKey]: SchemaOf<K> };

export const sectionTitles = mapSections((key) => sections[key].title);

/**
 * The publish schema: every section with its required and conditional rules, plus rules that cross
 * sections. Input: form values; output: normalised content (ISO dates, trimmed text, null when not
 * answered, [] for no items).
 */
export const planContentSchema = z.object(sectionSchemas).superRefine(
  (plan, ctx) => {
    for (const { path, message } of crossSectionProblems(plan)) ctx.addIssue({ code: "custom", path, message });
  },
  { when: (payload) => isRecord(payload.value) },
);

/**
 * Rules between sections. With today's date rules (decision not in the future, review in the
 * future) the review rule cannot fail on its own; it stays so that relaxing either rule, or a
 * publish that straddles midnight, cannot save a review before the decision.
 */
export function crossSectionProblems(plan: unknown): { path: string[]; message: string }[] {
  const decisionDate = isRecord(plan) && isRecord(plan.cpr) ? plan.cpr.decisionDate : undefined;
  const reviewDate = isRecord(plan) && isRecord(plan.planDetails) ? plan.planDetails.reviewDate : undefined;
  if (isIsoDateString(decisionDate) && isIsoDateString(reviewDate) && reviewDate <= decisionDate) {
    return [{ path: ["planDetails", "reviewDate"], message: "Plan review date must be after the CPR decision date" }];
  }
  return [];
}

export type PlanContent = z.output<typeof planContentSchema>;
export type PlanFormValues = z.input<typeof planContentSchema>;
export type SectionContent<K extends SectionKey> = PlanContent[K];
export type SectionFormValues<K extends SectionKey> = PlanFormValues[K];

/**
 * The draft schema: types and limits only (text lengths, item counts, allowed values), never
 * "required". The output is still form values (dates stay as boxes), and a missing section or
 * answer becomes empty, so a draft saved by an older form still loads.
 */
export const draftSchema = z.object(
  mapSections((key) => (sections[key].draft as z.ZodType<unknown>).default(() => sections[key].empty())) as unknown as {
    [K in SectionKey]: z.ZodDefault<DraftOf<K>>;
  },
);

export type PlanDraft = z.output<typeof draftSchema>;

export function emptyFormValues(): PlanFormValues {
  return mapSections((key) => sections[key].empty()) as PlanFormValues;
}

/** A saved plan back into form values, to edit it (the inverse of planContentSchema.parse). */
export function toFormValues(content: PlanContent): PlanFormValues {
  // Each section's toForm takes that section's content; the mapped key loses the pairing for tsc.
  const toForm = (key: SectionKey) => (sections[key].toForm as (value: unknown) => unknown)(content[key]);
  return mapSections(toForm) as PlanFormValues;
}
