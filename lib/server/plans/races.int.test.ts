import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { demoPlanContent } from "@/lib/server/seed/demo-plan-content";
import type { Caller } from "../actor";
import { AppError } from "../errors";
import { getDraft, openDraft } from "./drafts";
import { cancelPlan } from "./lifecycle";
import { publishPlan } from "./publish";
import { saveDraftSection } from "./save-section";
import { newCaller, newPatient, publishFirstVersion, resultCode } from "@/test/fixtures";

const [first] = demoPlanContent();
let gp: Caller;

beforeAll(async () => {
  gp = await newCaller("GP");
});

describe("races", () => {
  // 200 fresh plans, each set up through the use cases: minutes on a busy machine, so its own timeout.
  it("cancel vs publish, 200 times: a cancelled plan never becomes active again", { timeout: 400_000 }, async () => {
    const bad: string[] = [];
    for (let i = 0; i < Number(process.env.RACE_RUNS ?? 200); i++) {
      const patient = await newPatient();
      const draft = await publishFirstVersion(gp, patient.id, first);
      const revision = await openDraft(gp, { patientId: patient.id });
      const [published, cancelled] = await Promise.all([
        resultCode(publishPlan(gp, { planId: draft.planId, baseVersion: 1, draftRevision: revision.draftRevision, changeSummary: "Race" })),
        resultCode(cancelPlan(gp, { planId: draft.planId, reason: "Race" })),
      ]);
      const plan = await db().carePlan.findUniqueOrThrow({ where: { id: draft.planId } });
      if (cancelled !== "OK" || plan.status !== "CANCELLED") bad.push(`${i}: publish ${published}, cancel ${cancelled}, status ${plan.status}`);
      if (published === "OK" && plan.publishedVersion !== 2) bad.push(`${i}: publish OK but version ${plan.publishedVersion}`);
    }
    expect(bad).toEqual([]);
  });

  it("a co-author's section save between 'check your answers' and publish is never lost", async () => {
    const patient = await newPatient();
    const draft = await publishFirstVersion(gp, patient.id, first);
    const checked = await openDraft(gp, { patientId: patient.id }); // revision r, shown on the check page
    const loaded = checked.draft.preferences;
    const save = await saveDraftSection(gp, {
      planId: draft.planId,
      section: "preferences",
      draftRevision: checked.draftRevision,
      baseVersion: 1,
      loaded,
      values: { ...loaded, otherWishes: "Co-author's wish" },
    });
    expect(save).toMatchObject({ status: "saved", draftRevision: checked.draftRevision + 1 });

    await expect(publishPlan(gp, { planId: draft.planId, baseVersion: 1, draftRevision: checked.draftRevision, changeSummary: "Stale" })).rejects.toMatchObject(
      { code: "CONFLICT" },
    );
    const plan = await db().carePlan.findUniqueOrThrow({ where: { id: draft.planId } });
    expect(plan.publishedVersion).toBe(1);
    expect((await getDraft(gp, { planId: draft.planId })).draft.preferences.otherWishes).toBe("Co-author's wish");

    // Checked again at r+1, the publish takes the co-author's answer with it.
    const outcome = await publishPlan(gp, { planId: draft.planId, baseVersion: 1, draftRevision: checked.draftRevision + 1, changeSummary: "Both" });
    expect(outcome).toMatchObject({ status: "published", version: 2 });
    const v2 = await db().carePlanVersion.findUniqueOrThrow({ where: { planId_version: { planId: draft.planId, version: 2 } } });
    expect((v2.content as { preferences: { otherWishes: string } }).preferences.otherWishes).toBe("Co-author's wish");
  });

  it("a section save racing a publish of the revision it was based on: the save is merged, kept or refused, never lost", async () => {
    for (let i = 0; i < 20; i++) {
      const patient = await newPatient();
      const draft = await publishFirstVersion(gp, patient.id, first);
      const checked = await openDraft(gp, { patientId: patient.id });
      const loaded = checked.draft.preferences;
      const wish = `Wish ${i}`;
      const [save] = await Promise.all([
        saveDraftSection(gp, {
          planId: draft.planId,
          section: "preferences",
          draftRevision: checked.draftRevision,
          baseVersion: 1,
          loaded,
          values: { ...loaded, otherWishes: wish },
        }).then(
          (o) => o.status,
          (e: unknown) => (e instanceof AppError ? e.code : Promise.reject(e)),
        ),
        resultCode(publishPlan(gp, { planId: draft.planId, baseVersion: 1, draftRevision: checked.draftRevision, changeSummary: "Race" })),
      ]);
      const plan = await db().carePlan.findUniqueOrThrow({ where: { id: draft.planId } });
      const published = await db().carePlanVersion.findMany({ where: { planId: draft.planId } });
      const inVersion = published.some((v) => (v.content as { preferences: { otherWishes: string | null } }).preferences.otherWishes === wish);
      const inDraft = (plan.draftContent as { preferences?: { otherWishes?: string } } | null)?.preferences?.otherWishes === wish;
      // An accepted save is somewhere a person will see it: the published plan or a draft.
      if (save !== "CONFLICT") expect(inVersion || inDraft, `run ${i}: save ${save}`).toBe(true);
    }
  });

  it("20 concurrent 'Update care plan' clicks: no error, one plan, one draft", async () => {
    for (const published of [false, true]) {
      const patient = await newPatient();
      if (published) {
        await publishFirstVersion(gp, patient.id, first);
      }
      const before = published ? (await db().carePlan.findUniqueOrThrow({ where: { patientId: patient.id } })).draftRevision : 0;
      const outcomes = await Promise.all(Array.from({ length: 20 }, () => resultCode(openDraft(gp, { patientId: patient.id }))));
      expect(outcomes).toEqual(Array(20).fill("OK"));
      const plans = await db().carePlan.findMany({ where: { patientId: patient.id } });
      expect(plans).toHaveLength(1);
      expect(plans[0].draftContent).not.toBeNull();
      // One draft started: the revision moved once (a second start would have replaced it).
      expect(plans[0].draftRevision).toBe(published ? before + 1 : 0);
      const started = await db().auditEvent.findMany({ where: { planId: plans[0].id, action: "plan.draftOpened" } });
      // Started once by the 20 clicks (and once before, for the first version).
      expect(started.filter((a) => (a.detail as { draftCreated?: boolean }).draftCreated)).toHaveLength(published ? 2 : 1);
    }
  });
});
