import "server-only";
import { db } from "@/lib/db";
import type { BlockedOrganisation } from "../actor";
import { sealRefusal } from "./refusal-token";

/** The page for staff whose organisation may not use the service now (suspended, or no sharing agreement yet). */
export const ORGANISATION_UNAVAILABLE_PAGE = "/signin/organisation-unavailable";

/**
 * The address of that page for this organisation: why, its name, and who to ask (its active
 * organisation administrators by name), sealed like every refusal page's details so the page
 * shows only what this service wrote. Read here, not on the page: there is no actor to read it for.
 */
export async function organisationUnavailablePath(blocked: BlockedOrganisation): Promise<string> {
  const org = await db().organisation.findUnique({
    where: { id: blocked.organisationId },
    select: { name: true, odsCode: true, users: { where: { role: "ORG_ADMIN", active: true }, select: { name: true }, orderBy: { name: "asc" }, take: 5 } },
  });
  const sealed = await sealRefusal({
    reason: blocked.reason,
    organisationName: org?.name ?? null,
    odsCode: org?.odsCode ?? null,
    administrators: org?.users.map((u) => u.name) ?? [],
  });
  return `${ORGANISATION_UNAVAILABLE_PAGE}?r=${encodeURIComponent(sealed)}`;
}
