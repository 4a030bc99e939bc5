/** Shared helpers for the plan tests (test-only). */
import type { z } from "zod";
import { demoPlanContent } from "@/lib/server/seed/demo-plan-content";
import { planContentSchema, toFormValues, type PlanFormValues } from "@/lib/domain/plan/schema";

/** Form values of a valid demo plan (0: frailty, 1: cancer, 2: heart failure, 3: sickle cell, 4: MND). */
export function validForm(index = 1): PlanFormValues {
  return structuredClone(toFormValues(demoPlanContent()[index]));
}

/** "path: message" for every issue, e.g. "cpr.reasons: Enter the reasons ..." */
export function problems(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

export const publishProblems = (input: unknown) => problems(planContentSchema, input);

/** Date boxes for a day relative to today. */
export function boxes(offsetDays: number): { day: string; month: string; year: string } {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return { day: String(d.getDate()), month: String(d.getMonth() + 1), year: String(d.getFullYear()) };
}
