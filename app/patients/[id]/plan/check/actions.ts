"use server";

import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/lib/server/action";
import { publishPlan, type PublishOutcome } from "@/lib/server/plans/publish";

export interface PublishInput {
  planId: string;
  baseVersion: number;
  /** The draft revision the person checked on the page: the server publishes that, or refuses. */
  draftRevision: number;
  changeSummary: string;
}

/** Publishes the draft the person checked (the server's copy), or keeps it for the conflict page. */
export async function publishAction(input: PublishInput): Promise<ActionResult<PublishOutcome>> {
  return runAction((caller) => publishPlan(caller, input));
}
