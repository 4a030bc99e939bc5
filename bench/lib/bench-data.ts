/**
 * What the HTTP bench writes through the app's own code, in the bench process: an API client for
 * the FHIR reads, and the published version whose live fan-out it times. Import after
 * DATABASE_URL is set (lib/db reads it once).
 */
import { performance } from "node:perf_hooks";
import { db } from "../../lib/db";
import { toFormValues } from "../../lib/domain/plan";
import { demoPlanContent } from "../../lib/server/seed/demo-plan-content";
import { loadActor } from "../../lib/server/actor";
import { createApiClientRecord } from "../../lib/server/api-clients/store";
import { openDraft } from "../../lib/server/plans/drafts";
import { publishContent } from "../../lib/server/plans/publish-content";

/** A bearer token of an emergency-role (PARAMEDIC) client, as an ambulance ePCR system holds. */
export async function emergencyClientToken(): Promise<string> {
  const { client } = await db().$transaction((tx) => createApiClientRecord(tx, { name: "bench:http ePCR", role: "PARAMEDIC", odsCode: "Y00501" }, null));
  return client.token;
}

/** Publishes a new version of the patient's plan as the demo GP; returns when the call started and when it returned (after its commit). */
export async function publishAsGp(patientId: string, changeSummary: string): Promise<{ startedAt: number; committedAt: number; version: number }> {
  const gp = await db().user.findUniqueOrThrow({ where: { email: "gp@example.org" } });
  const caller = { actor: await loadActor(gp.id), ip: "127.0.0.1", userAgent: "bench:http" };
  const draft = await openDraft(caller, { patientId });
  const content = toFormValues(demoPlanContent()[0]);
  const startedAt = performance.now();
  const { version } = await publishContent(caller, { planId: draft.planId, baseVersion: draft.baseVersion, content, changeSummary });
  return { startedAt, committedAt: performance.now(), version };
}

export async function closeBenchData(): Promise<void> {
  await db().$disconnect();
}

/** The demo data's first patient (always seeded for the bench): the one whose streams fan out. */
export async function demoPatientId(nhsNumber: string): Promise<string> {
  return (await db().patient.findUniqueOrThrow({ where: { nhsNumber } })).id;
}
