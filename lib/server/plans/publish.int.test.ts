import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { emptyFormValues, toFormValues } from "@/lib/domain/plan";
import { demoPlanContent } from "@/lib/server/seed/demo-plan-content";
import type { Caller } from "../actor";
import { AppError } from "../errors";
import { openDraft, saveDraft } from "./drafts";
import { cancelPlan, recordDeath } from "./lifecycle";
import { publishPlan } from "./publish";
import { publishContent } from "./publish-content";
import { compareVersions, getPlanHistory } from "./versions";
import { newCaller, newPatient, publishFirstVersion, resultCode } from "@/test/fixtures";

const [first, second] = demoPlanContent();
let gp: Caller;
beforeAll(async () => {
  gp = await newCaller("GP");
});

describe("authoring a plan", () => {
  it("opens a draft, refuses a stale save, publishes version 1 with promoted fields and audit", async () => {
    const patient = await newPatient();
    const draft = await openDraft(gp, { patientId: patient.id });
    expect(draft).toMatchObject({ baseVersion: 0, publishedVersion: 0 });

    const saved = await saveDraft(gp, { planId: draft.planId, draftRevision: draft.draftRevision, draft: toFormValues(first) });
    expect(saved.draftRevision).toBe(draft.draftRevision + 1);
    expect(await resultCode(saveDraft(gp, { planId: draft.planId, draftRevision: draft.draftRevision, draft: emptyFormValues() }))).toBe("CONFLICT");

    const result = await publishPlan(gp, { planId: draft.planId, baseVersion: 0, draftRevision: saved.draftRevision, changeSummary: "First plan" });
    expect(result).toEqual({ status: "published", planId: draft.planId, version: 1 });
    const version = await db().carePlanVersion.findUniqueOrThrow({ where: { planId_version: { planId: draft.planId, version: 1 } } });
    expect(version.content).toEqual({ ...first, planDetails: { ...first.planDetails, changeSummary: "First plan" } });
    expect(version.cprDecision).toBe(first.cpr.decision);
    const plan = await db().carePlan.findUniqueOrThrow({ where: { id: draft.planId } });
    expect(plan).toMatchObject({ status: "ACTIVE", publishedVersion: 1, draftContent: null });
    const audits = await db().auditEvent.findMany({ where: { planId: draft.planId, action: "plan.published" } });
    expect(audits.map((a) => [a.outcome, a.version])).toEqual([["SUCCESS", 1]]);
  });

  it("refuses to publish an incomplete plan, with messages at each field", async () => {
    const patient = await newPatient();
    const draft = await openDraft(gp, { patientId: patient.id });
    const error = await publishPlan(gp, { planId: draft.planId, baseVersion: 0, draftRevision: draft.draftRevision }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("INVALID");
    expect(Object.keys(error.fieldErrors)).toEqual(expect.arrayContaining(["aboutMe.whatMattersMost", "planDetails.reviewDate"]));
    expect(await db().carePlanVersion.count({ where: { planId: draft.planId } })).toBe(0);
  });

  it("of 20 concurrent publishes of one checked draft, exactly one wins; versions stay gap-free", async () => {
    const patient = await newPatient();
    const draft = await publishFirstVersion(gp, patient.id, first);
    const revision = await openDraft(gp, { patientId: patient.id });
    const saved = await saveDraft(gp, { planId: draft.planId, draftRevision: revision.draftRevision, draft: toFormValues(second) });
    const writers = await Promise.all(Array.from({ length: 20 }, () => newCaller("NURSE")));
    const outcomes = await Promise.all(
      writers.map(async (w, i) => {
        try {
          return (await publishPlan(w, { planId: draft.planId, baseVersion: 1, draftRevision: saved.draftRevision, changeSummary: `writer ${i}` })).status;
        } catch (e) {
          if (e instanceof AppError) return e.code;
          throw e;
        }
      }),
    );
    expect(outcomes.filter((o) => o === "published")).toHaveLength(1);
    // The others are told to go to the conflict page (where their checked answers wait) or that it moved on.
    expect(outcomes.filter((o) => o === "kept" || o === "CONFLICT")).toHaveLength(19);
    const versions = await db().carePlanVersion.findMany({ where: { planId: draft.planId }, orderBy: { version: "asc" } });
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    const published = await db().auditEvent.findMany({ where: { planId: draft.planId, action: "plan.published", outcome: "SUCCESS" } });
    expect(published.filter((a) => (a.detail as { outcome?: string }).outcome === "published")).toHaveLength(versions.length);
    const plan = await db().carePlan.findUniqueOrThrow({ where: { id: draft.planId } });
    expect(plan.publishedVersion).toBe(2);
  });

  it("owns the change-summary rule: a revision needs one, a first version does not", async () => {
    const patient = await newPatient();
    const draft = await openDraft(gp, { patientId: patient.id });
    const saved = await saveDraft(gp, { planId: draft.planId, draftRevision: draft.draftRevision, draft: toFormValues(first) });
    await publishPlan(gp, { planId: draft.planId, baseVersion: 0, draftRevision: saved.draftRevision });
    const revision = await openDraft(gp, { patientId: patient.id });
    const error = await publishPlan(gp, { planId: draft.planId, baseVersion: 1, draftRevision: revision.draftRevision, changeSummary: "  " }).catch((e) => e);
    expect(error).toMatchObject({ code: "INVALID", fieldErrors: { changeSummary: "Enter a summary of what changed in this version" } });
  });

  it("revises from the current version and compares versions in plain language", async () => {
    const patient = await newPatient();
    const draft = await publishFirstVersion(gp, patient.id, first);
    const revision = await openDraft(gp, { patientId: patient.id });
    expect(revision.baseVersion).toBe(1);
    expect(revision.draft).toEqual(toFormValues(first));
    await publishContent(gp, { planId: draft.planId, baseVersion: 1, content: toFormValues(second), changeSummary: "Reviewed" });
    const compared = await compareVersions(gp, { planId: draft.planId, from: 1, to: 2 });
    expect(compared.changes.length).toBeGreaterThan(0);
    expect(compared.changes.every((c) => c.label && c.before !== c.after)).toBe(true);
    const history = await getPlanHistory(gp, { patientId: patient.id });
    expect(history?.versions.map((v) => v.version)).toEqual([2, 1]);
  });

  it("cancels with a reason and records a death; emergency roles may not author", async () => {
    const patient = await newPatient();
    const draft = await openDraft(gp, { patientId: patient.id });
    expect(await resultCode(cancelPlan(gp, { planId: draft.planId, reason: "" }))).toBe("INVALID");
    await cancelPlan(gp, { planId: draft.planId, reason: "Patient withdrew consent" });
    expect((await db().carePlan.findUniqueOrThrow({ where: { id: draft.planId } })).status).toBe("CANCELLED");
    await recordDeath(gp, { patientId: patient.id, dateOfDeath: { day: "1", month: "11", year: "2026" }, placeOfDeath: "home", diedAtPreferredPlace: "yes" });
    expect((await db().patient.findUniqueOrThrow({ where: { id: patient.id } })).diedAtPreferredPlace).toBe(true);
    const paramedic = await newCaller("PARAMEDIC");
    expect(await resultCode(openDraft(paramedic, { patientId: patient.id }))).toBe("FORBIDDEN");
    expect(await resultCode(publishPlan(paramedic, { planId: draft.planId, baseVersion: 0, draftRevision: draft.draftRevision }))).toBe("FORBIDDEN");
  });
});
