"use server";

import type { ActionResult } from "@/lib/action-result";
import { createApiClient, revokeApiClient, rotateApiClient } from "@/lib/server/api-clients/manage";
import type { CreatedApiClient, RotatedApiClient } from "@/lib/server/api-clients/store";
import { runAction } from "@/lib/server/action";

/** The form's raw values: the use case parses and re-validates them. */
export async function createApiClientAction(input: { name: string; role: string; odsCode: string }): Promise<ActionResult<CreatedApiClient>> {
  return runAction((caller) => createApiClient(caller, input));
}

export async function revokeApiClientAction(id: string): Promise<ActionResult<{ id: string; revokedAt: Date }>> {
  return runAction((caller) => revokeApiClient(caller, { id }));
}

export async function rotateApiClientAction(id: string, overlap: string): Promise<ActionResult<RotatedApiClient>> {
  return runAction((caller) => rotateApiClient(caller, { id, overlap }));
}
