import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { cache } from "react";
import { loadActor, loadSessionActorState, type Caller, type SessionIdentity } from "./actor";
import { authOptions } from "./auth/options";
import { requestInfo } from "./request-info";

/**
 * The caller of this request: the signed-in user (re-read from the database) and where they are.
 * A cookie whose sign-in has ended (signed out elsewhere, deactivated, over 12 hours) is nobody.
 * Once per request (React's cache): the layout and the page share one session decode and one
 * database read (loadSessionActor, which next-auth's own re-check shares too).
 */
export const currentCaller = cache(async function currentCaller(): Promise<Caller> {
  const session = await getServerSession(authOptions);
  const identity: SessionIdentity = {
    proofingLevel: session?.user?.proofingLevel,
    // null, never undefined: a session without an id is refused, not let through unchecked.
    sessionId: session?.user?.sessionId ?? null,
    signedInAt: session?.user?.signedInAt ?? null,
  };
  const { actor, blocked } = await loadSessionActorState(session?.user?.id, identity.sessionId, identity.proofingLevel);
  return { actor, session: identity, ...requestInfo(await headers()), ...(blocked && { organisationBlock: blocked }) };
});

/**
 * Is the caller's session still good (not signed out, not over 12 hours, account still active)?
 * For work that outlives the request that checked it, such as a live-update stream.
 */
export async function stillSignedIn(caller: Caller): Promise<boolean> {
  if (!caller.actor) return false;
  return (await loadActor(caller.actor.userId, caller.session ?? {})) !== null;
}
