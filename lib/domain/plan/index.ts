/** The care plan content model: schemas, labels, value sets and pure helpers (no I/O). */
export {
  PLAN_SCHEMA_VERSION,
  draftSchema,
  emptyFormValues,
  planContentSchema,
  sectionKeys,
  sectionSchemas,
  sectionTitles,
  sections,
  toFormValues,
  type PlanContent,
  type PlanDraft,
  type PlanFormValues,
  type SectionContent,
  type SectionFormValues,
  type SectionKey,
} from "./schema";
export { sectionStatus, type SectionStatus } from "./status";
export { planStateToken, type PlanState } from "./state-token";
export { promotedFields, type PromotedFields } from "./promoted";
export { dataQualityWarnings, type QualityWarning } from "./quality";
export { diffPlans, displayValue, type PlanChange } from "./diff";
export { isSensitiveField, sensitiveFields, type SensitiveField } from "./sensitive";
export { LONG_TEXT, SHORT_TEXT, isPhoneNumber, type Field } from "./fields";
export type { FieldLabel, Section } from "./section";
export * from "./value-sets";
export { isVisibleField, plainFields, summaryFields, viewForRole, viewGrantsFor, type CutPlan, type RoleView, type ViewGrants } from "./role-view";
export { planInPlainEnglish, type PlainSection } from "./plain-english";
