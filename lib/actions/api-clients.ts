"use server";

import type { ActionResult, FormValues } from "@/lib/action-result";
import type { z } from "zod";
import type { NewApiClientInput, apiClientIdInput, rotateApiClientInput } from "@/lib/domain/api-clients";
import { runAction } from "@/lib/server/action";
import { createApiClient, revokeApiClient, rotateApiClient } from "@/lib/server/api-clients/manage";
import type { CreatedApiClient, RotatedApiClient } from "@/lib/server/api-clients/store";

// Server actions: what the admin page's forms send, parsed by each use case's schema.

export async function createApiClientAction(input: FormValues<NewApiClientInput>): Promise<ActionResult<CreatedApiClient>> {
  return runAction((caller) => createApiClient.fromUntrusted(caller, input));
}

export async function revokeApiClientAction(input: FormValues<z.input<typeof apiClientIdInput>>): Promise<ActionResult<{ id: string; revokedAt: Date }>> {
  return runAction((caller) => revokeApiClient.fromUntrusted(caller, input));
}

export async function rotateApiClientAction(input: FormValues<z.input<typeof rotateApiClientInput>>): Promise<ActionResult<RotatedApiClient>> {
  return runAction((caller) => rotateApiClient.fromUntrusted(caller, input));
}
