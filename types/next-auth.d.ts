import type { ProofingLevel } from "@/lib/domain/identity/nhs-login";
import type { Role } from "@/lib/domain/roles";

declare module "next-auth" {
  interface Session {
    user: {
      id: string;
      name: string;
      email: string;
      role: Role;
      organisationId: string | null;
      patientId: string | null;
      /** "credentials", "cis2" or "nhs-login". */
      provider: string;
      proofingLevel: ProofingLevel | null;
      /** The sign-in this cookie belongs to (UserSession id) and when it happened (ms). */
      sessionId: string | null;
      signedInAt: number | null;
    };
  }
  interface User {
    role: Role;
    organisationId: string | null;
    patientId: string | null;
    /** Set by the signIn callback once an identity provider's account is linked. */
    identity?: { provider: string; proofingLevel: ProofingLevel | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    organisationId?: string | null;
    patientId?: string | null;
    provider?: string;
    proofingLevel?: ProofingLevel | null;
    sessionId?: string;
    signedInAt?: number;
    /** When the account was last confirmed active (ms since epoch). */
    checkedAt?: number;
  }
}
