"use server";

import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/lib/server/action";
import { cancelPlan } from "@/lib/server/plans/lifecycle";

export async function cancelPlanAction(input: { planId: string; reason: string }): Promise<ActionResult<{ planId: string }>> {
  return runAction((caller) => cancelPlan(caller, input));
}
