import type { PlanContent } from "@/lib/domain/plan/schema";
import type { Builder } from "../templates/shared";

type Sections = { [K in keyof PlanContent]?: Partial<PlanContent[K]> };

/** A person's plan: a template's clinical content, with what is theirs (names, family, home, wishes) put in its place. */
export function fit(template: Builder, own: (daysAgo: (n: number) => string, monthsAhead: (n: number) => string) => Sections): Builder {
  return (daysAgo, monthsAhead) => {
    const base = template(daysAgo, monthsAhead);
    const mine = own(daysAgo, monthsAhead);
    const out = { ...base } as Record<string, unknown>;
    for (const [key, section] of Object.entries(mine)) out[key] = { ...(base[key as keyof PlanContent] as object), ...section };
    return out as PlanContent;
  };
}

/** One demo patient's plan: the patient (testNhsNumber(n)) and each version in order. */
export interface DemoPersonPlan {
  patient: number;
  versions: Builder[];
}
