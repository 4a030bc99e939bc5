import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { loadActor, type Caller } from "./actor";
import { authOptions } from "./auth/options";
import { requestInfo } from "./request-info";

/** The caller of this request: the signed-in user (re-read from the database) and where they are. */
export async function currentCaller(): Promise<Caller> {
  const session = await getServerSession(authOptions);
  const actor = await loadActor(session?.user?.id, { proofingLevel: session?.user?.proofingLevel });
  return { actor, ...requestInfo(await headers()) };
}
