import { z } from "zod";
import type { Fields } from "./fields";
import { isRecord } from "./guards";
import { sections, type SectionKey } from "./schema";

/**
 * What a draft save checks beyond types and limits: a date that has been typed must be a
 * real date within its field's rules (31/02/2025 is refused at once, not at publishing).
 * Missing answers are still allowed.
 */
function datesTypedProblems(fields: Fields, value: unknown, prefix: string[] = []): { path: string[]; message: string }[] {
  if (!isRecord(value)) return [];
  const out: { path: string[]; message: string }[] = [];
  for (const [key, field] of Object.entries(fields)) {
    const v = value[key];
    if (field.kind === "date" && isRecord(v) && Object.values(v).some((p) => typeof p === "string" && p.trim() !== "")) {
      const result = field.strict.safeParse(v);
      if (!result.success) out.push({ path: [...prefix, key], message: result.error.issues[0].message });
    } else if (field.kind === "group" && field.children) {
      out.push(...datesTypedProblems(field.children, v, [...prefix, key]));
    } else if (field.kind === "list" && field.item && Array.isArray(v)) {
      const item = field.item;
      v.forEach((entry, i) => out.push(...datesTypedProblems(item, entry, [...prefix, key, String(i)])));
    }
  }
  return out;
}

/** The schema the section form validates with before saving a draft. */
export function sectionSaveSchema(key: SectionKey): z.ZodType {
  const section = sections[key];
  return (section.draft as z.ZodType).superRefine((value, ctx) => {
    for (const { path, message } of datesTypedProblems(section.fields, value)) ctx.addIssue({ code: "custom", path, message });
  });
}
