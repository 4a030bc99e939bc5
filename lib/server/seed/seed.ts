import type { Db } from "@/lib/db/client";
import { hashPassword } from "../auth/password";
import { seedDemoCareTeams } from "./demo-care-teams";
import { seedDemoPlans } from "./demo-plans";
import { seedDemoProxies } from "./demo-proxies";
import type { ProfessionalBody } from "@/lib/domain/professional-registration";
import {
  DEMO_AGREEMENT_SIGNED_ON,
  DEMO_DSPT,
  DEMO_PASSWORD,
  demoIcbs,
  demoOrganisationDetails,
  demoOrganisations,
  demoPatientNhsNumber,
  demoPatients,
  demoUsers,
} from "./demo-data";

interface SeedOptions {
  /** Demo accounts (with the shared demo password) are for demonstration only. */
  demoAccounts: boolean;
}

/** Idempotent: running it again changes nothing and duplicates nothing. */
export async function seedDemoData(db: Db, options: SeedOptions): Promise<{ organisations: number; users: number; patients: number; plans: number }> {
  const orgIds = new Map<string, string>();
  // ICBs first (the others name one as parent); all with the sharing agreement signed, so their staff can sign in.
  const admitted = { sharingAgreementSignedOn: DEMO_AGREEMENT_SIGNED_ON, ...DEMO_DSPT };
  for (const org of [...demoIcbs, ...demoOrganisations]) {
    const details = demoOrganisationDetails[org.odsCode];
    const parentIcbId = details ? orgIds.get(details.parentIcb) : undefined;
    const create = { ...org, ...admitted, postcode: details?.postcode ?? ("postcode" in org ? org.postcode : null), parentIcbId };
    const row = await db.organisation.upsert({ where: { odsCode: org.odsCode }, create, update: {} });
    orgIds.set(org.odsCode, row.id);
  }

  const patients = demoPatients();
  for (const p of patients) {
    const { practiceOds, dateOfBirth, ...rest } = p;
    await db.patient.upsert({
      where: { nhsNumber: p.nhsNumber },
      create: { ...rest, dateOfBirth: new Date(dateOfBirth), registeredPracticeId: orgIds.get(practiceOds) },
      update: {},
    });
  }

  await seedDemoCareTeams(db, orgIds, new Map(patients.map((p) => [p.nhsNumber, p.practiceOds])));

  let users = 0;
  if (options.demoAccounts) {
    const demoPatient = await db.patient.findUniqueOrThrow({ where: { nhsNumber: demoPatientNhsNumber } });
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const u of demoUsers) {
      const registration = demoRegistration(u.professionalRegistration);
      await db.user.upsert({
        where: { email: u.email },
        create: {
          email: u.email,
          name: u.name,
          role: u.role,
          ...registration,
          organisationId: u.odsCode ? orgIds.get(u.odsCode) : null,
          patientId: u.role === "PATIENT" ? demoPatient.id : null,
          passwordHash,
        },
        // Demo accounts seeded before P4 kept "GMC 7012345" in one column: split it.
        update: registration,
      });
      users++;
    }
  }
  const plans = options.demoAccounts ? await seedDemoPlans() : 0;
  if (options.demoAccounts) await seedDemoProxies(db);
  return { organisations: orgIds.size, users, patients: patients.length, plans };
}

/** "GMC 7012345" as the body and the number apart. */
function demoRegistration(text: string | undefined): { professionalBody: ProfessionalBody | null; professionalRegistration: string | null } {
  if (!text) return { professionalBody: null, professionalRegistration: null };
  const [body, number] = text.split(" ") as [ProfessionalBody, string];
  return { professionalBody: body, professionalRegistration: number };
}
