"use server";

import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/lib/server/action";
import { recordDeath } from "@/lib/server/plans/lifecycle";

export interface RecordDeathInput {
  patientId: string;
  dateOfDeath: { day: string; month: string; year: string };
  placeOfDeath: string;
  diedAtPreferredPlace: string;
}

export async function recordDeathAction(input: RecordDeathInput): Promise<ActionResult<{ patientId: string }>> {
  return runAction((caller) => recordDeath(caller, input));
}
