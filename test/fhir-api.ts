import { randomUUID } from "node:crypto";
import type { Resource } from "@medplum/fhirtypes";
import { db } from "@/lib/db";
import { toFormValues, type PlanContent } from "@/lib/domain/plan";
import { demoPlanContent } from "@/lib/server/seed/demo-plan-content";
import { createApiClientRecord } from "@/lib/server/api-clients/store";
import type { ApiClientRole } from "@/lib/domain/api-clients";
import { openDraft } from "@/lib/server/plans/drafts";
import { publishContent } from "@/lib/server/plans/publish-content";
import { handleFhirRequest } from "@/lib/server/fhir/router";
import { newCaller, newPatient } from "@/test/fixtures";

const BASE = "http://ucp.test/api/fhir/R4";

/** A plan with access instructions (so the cut for each role is visible) published twice. */
export const planContent: PlanContent = demoPlanContent().find((p) => p.homeAndAccess.accessInstructions && p.capacityAndLegal.attorneys.length)!;

export interface Fixture {
  practiceOds: string;
  otherOds: string;
  patientId: string;
  nhsNumber: string;
  planId: string;
  draftOnlyPlanId: string;
  tokens: Record<ApiClientRole, string>;
  outsideGpToken: string;
}

export async function newToken(role: ApiClientRole, odsCode: string, name = `Test ${role}`): Promise<{ id: string; token: string }> {
  return db().$transaction(async (tx) => (await createApiClientRecord(tx, { name, role, odsCode }, null)).client);
}

/** Two practices, one patient with a plan published twice, one with only a draft, a client per role. */
export async function setUpFhirFixture(): Promise<Fixture> {
  const ods = () => `F${randomUUID().slice(0, 7).toUpperCase()}`;
  const signed = new Date("2026-01-05");
  const practice = await db().organisation.create({
    data: { odsCode: ods(), name: "FHIR Test Practice", kind: "GP_PRACTICE", sharingAgreementSignedOn: signed },
  });
  const other = await db().organisation.create({
    data: { odsCode: ods(), name: "FHIR Other Practice", kind: "GP_PRACTICE", sharingAgreementSignedOn: signed },
  });
  const patient = async () =>
    newPatient({ givenName: "Fhir", familyName: "Tester", dateOfBirth: new Date("1940-02-03"), postcode: "SE5 8AA", registeredPracticeId: practice.id });
  const withPlan = await patient();
  const draftOnly = await patient();
  const gp = await newCaller("GP", practice.id);
  const draft = await openDraft(gp, { patientId: withPlan.id });
  await publishContent(gp, {
    planId: draft.planId,
    baseVersion: 0,
    content: toFormValues({ ...planContent, aboutMe: { ...planContent.aboutMe, whatMattersMost: "Version one" } }),
  });
  await publishContent(gp, { planId: draft.planId, baseVersion: 1, content: toFormValues(planContent) });
  const draftOnlyPlan = await openDraft(gp, { patientId: draftOnly.id });
  await db().consent.create({ data: { patientId: withPlan.id, basis: "EXPLICIT_CONSENT", recordedById: gp.actor!.userId } });

  const roles: ApiClientRole[] = ["GP", "NURSE", "PARAMEDIC", "CALL_HANDLER_111", "CLINICIAN_111", "OOH_GP"];
  const tokens = {} as Record<ApiClientRole, string>;
  for (const role of roles) tokens[role] = (await newToken(role, practice.odsCode)).token;
  return {
    practiceOds: practice.odsCode,
    otherOds: other.odsCode,
    patientId: withPlan.id,
    nhsNumber: withPlan.nhsNumber,
    planId: draft.planId,
    draftOnlyPlanId: draftOnlyPlan.planId,
    tokens,
    outsideGpToken: (await newToken("GP", other.odsCode, "Other practice GP system")).token,
  };
}

export interface FhirAnswer {
  status: number;
  headers: Headers;
  body: Resource | null;
}

/** One request through the same handler the route serves. */
export async function fhirGet(path: string, token: string | null, headers: Record<string, string> = {}, method = "GET"): Promise<FhirAnswer> {
  const response = await handleFhirRequest(
    new Request(`${BASE}${path}`, { method, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } }),
  );
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}
