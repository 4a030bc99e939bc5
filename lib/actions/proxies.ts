"use server";

import type { ActionResult, FormValues } from "@/lib/action-result";
import type { EndProxyLinkInput, NominateCarerInput, RecordProxyLinkInput } from "@/lib/domain/proxy-link";
import { runAction } from "@/lib/server/action";
import { endProxyLink } from "@/lib/server/proxies/end-link";
import { nominateCarer, recordProxyLink } from "@/lib/server/proxies/record-link";

/** An author records someone who may act for the person. */
export async function recordProxyLinkAction(input: FormValues<RecordProxyLinkInput>): Promise<ActionResult<{ id: string }>> {
  return runAction((caller) => recordProxyLink.fromUntrusted(caller, input));
}

/** The person nominates a carer. */
export async function nominateCarerAction(input: FormValues<NominateCarerInput>): Promise<ActionResult<{ id: string }>> {
  return runAction((caller) => nominateCarer.fromUntrusted(caller, input));
}

/** The person or an author ends someone's access to act for them. */
export async function endProxyLinkAction(input: FormValues<EndProxyLinkInput>): Promise<ActionResult<{ id: string }>> {
  return runAction((caller) => endProxyLink.fromUntrusted(caller, input));
}
