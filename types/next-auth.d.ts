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
    };
  }
  interface User {
    role: Role;
    organisationId: string | null;
    patientId: string | null;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    organisationId?: string | null;
    patientId?: string | null;
    /** When the account was last confirmed active (ms since epoch). */
    checkedAt?: number;
  }
}
