/**
 * Fields only some roles may see (the policy's plan.viewAccessInstructions; docs/decisions/0016-role-view-cut-in-one-place.md). Views drop
 * these unless the policy grants plan.viewAccessInstructions. Paths as in diffs.
 */
export const sensitiveFields = ["homeAndAccess.accessInstructions"] as const;
export type SensitiveField = (typeof sensitiveFields)[number];

export function isSensitiveField(path: string): boolean {
  return sensitiveFields.some((field) => path === field || path.startsWith(`${field}.`));
}
