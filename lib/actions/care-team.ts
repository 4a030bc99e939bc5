"use server";

import type { ActionResult, FormValues } from "@/lib/action-result";
import type { AddCareTeamMemberInput, EndCareTeamMemberInput } from "@/lib/domain/care-team";
import { runAction } from "@/lib/server/action";
import { addCareTeamMember, endCareTeamMember } from "@/lib/server/care-team-members";

/** Adds an organisation to a person's care team. */
export async function addCareTeamMemberAction(input: FormValues<AddCareTeamMemberInput>): Promise<ActionResult<{ id: string }>> {
  return runAction((caller) => addCareTeamMember.fromUntrusted(caller, input));
}

/** Ends an organisation's place in a person's care team. */
export async function endCareTeamMemberAction(input: FormValues<EndCareTeamMemberInput>): Promise<ActionResult<{ id: string }>> {
  return runAction((caller) => endCareTeamMember.fromUntrusted(caller, input));
}
