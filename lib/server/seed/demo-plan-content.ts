import { addDays, addMonths, format } from "date-fns";
import type { PlanContent } from "@/lib/domain/plan/schema";
import { frailty } from "./demo-plans/templates/frailty";
import { heartFailure } from "./demo-plans/templates/heart-failure";
import { metastaticCancer } from "./demo-plans/templates/metastatic-cancer";
import { motorNeuroneDisease } from "./demo-plans/templates/motor-neurone-disease";
import type { Builder } from "./demo-plans/templates/shared";
import { sickleCell } from "./demo-plans/templates/sickle-cell";

/**
 * Five made-up plans of different kinds: test fixtures (by index: 0 frailty, 1 cancer, 2 heart
 * failure, 3 sickle cell, 4 MND) and the scale seed's templates. Each is one file under
 * demo-plans/templates/. The demo patients' own plans, written for each person, are in
 * demo-plans/people/. Phone numbers are Ofcom's drama ranges.
 */
export const demoPlanKinds = ["frailty", "metastatic-cancer", "heart-failure", "sickle-cell", "motor-neurone-disease"] as const;
type DemoPlanKind = (typeof demoPlanKinds)[number];

const builders: Record<DemoPlanKind, Builder> = {
  frailty,
  "metastatic-cancer": metastaticCancer,
  "heart-failure": heartFailure,
  "sickle-cell": sickleCell,
  "motor-neurone-disease": motorNeuroneDisease,
};

const iso = (date: Date) => format(date, "yyyy-MM-dd");

/** Date helpers for `today`: the builders' arguments. */
export function planDates(today: Date = new Date()): Parameters<Builder> {
  return [(n) => iso(addDays(today, -n)), (n) => iso(addMonths(today, n))];
}

/** One plan per entry of demoPlanKinds, in that order. */
export function demoPlanContent(today: Date = new Date()): PlanContent[] {
  return demoPlanKinds.map((kind) => builders[kind](...planDates(today)));
}
