import type { Db } from "@/lib/db/client";
import { demoPatientNhsNumber } from "./demo-data";

/**
 * The demo proxy: Chidi Okafor (proxy@example.org) holds a lasting power of attorney for health
 * and welfare for his mother Margaret (patient@example.org's record), recorded by her GP.
 * Idempotent: once recorded (open or ended in the demo), a later seed leaves it as it is.
 */
export async function seedDemoProxies(db: Db): Promise<number> {
  const [patient, proxy, gp] = await Promise.all([
    db.patient.findUnique({ where: { nhsNumber: demoPatientNhsNumber }, select: { id: true } }),
    db.user.findUnique({ where: { email: "proxy@example.org" }, select: { id: true } }),
    db.user.findUnique({ where: { email: "gp@example.org" }, select: { id: true } }),
  ]);
  if (!patient || !proxy || !gp) return 0;
  const ever = await db.proxyLink.count({ where: { patientId: patient.id, proxyUserId: proxy.id } });
  if (ever > 0) return 0;
  await db.proxyLink.create({
    data: {
      patientId: patient.id,
      proxyUserId: proxy.id,
      basis: "LASTING_POWER_OF_ATTORNEY",
      relationship: "Son",
      evidence: "LPA for health and welfare registered with the Office of the Public Guardian, reference 7000-0000-0018 (seen by Dr Mensah)",
      recordedById: gp.id,
      recordedByRole: "GP",
    },
  });
  return 1;
}
