import { decode, encode } from "next-auth/jwt";

/**
 * Details for a refusal page (which CIS2 role was selected, at which organisation), sealed
 * with the session secret: the page shows only what this service wrote, so nobody can send
 * a link to our page carrying text of their choosing.
 */
interface RefusalDetails {
  reason: string;
  roleName?: string | null;
  jobRoleCode?: string | null;
  organisationName?: string | null;
  odsCode?: string | null;
  /** Organisation refusals: the names of its administrators, whom staff may ask. */
  administrators?: string[];
}

const salt = "ucp-signin-refusal";
const maxAge = 10 * 60;

function secret(): string {
  const value = process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET is not set");
  return value;
}

export function sealRefusal(details: RefusalDetails): Promise<string> {
  return encode({ token: { ...details }, secret: secret(), salt, maxAge });
}

export async function openRefusal(sealed: string | undefined): Promise<RefusalDetails | null> {
  if (!sealed || sealed.length > 4000) return null;
  try {
    const token = await decode({ token: sealed, secret: secret(), salt });
    return token && typeof token.reason === "string" ? (token as unknown as RefusalDetails) : null;
  } catch {
    return null; // tampered, expired or sealed with another secret
  }
}
