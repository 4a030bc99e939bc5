import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { demoPlanContent } from "@/lib/server/seed/demo-plan-content";
import type { Caller } from "../actor";
import { getDraft, openDraft } from "./drafts";
import { publishPlan } from "./publish";
import { publishContent } from "./publish-content";
import { getPlanConflict, rebaseDraft } from "./rebase";
import { saveDraftSection } from "./save-section";
import { newCaller, newPatient, publishFirstVersion } from "@/test/fixtures";

const [first] = demoPlanContent();
let gp: Caller;

beforeAll(async () => {
  gp = await newCaller("GP");
});

/** A patient with version 1 published and a revision draft open on it. */
async function planWithRevisionOpen() {
  const patient = await newPatient({ familyName: "Rebase", addressLine1: "1 Road" });
  await publishFirstVersion(gp, patient.id, first);
  return { patient, draft: await openDraft(gp, { patientId: patient.id }) };
}

describe("two people editing one plan", () => {
  it("merges a section save that crossed another save, answer by answer", async () => {
    const { draft } = await planWithRevisionOpen();
    const loaded = draft.draft.aboutMe;
    const common = { planId: draft.planId, section: "aboutMe" as const, draftRevision: draft.draftRevision, baseVersion: 1, loaded };
    await saveDraftSection(gp, { ...common, values: { ...loaded, preferredName: "Theirs" } });
    const outcome = await saveDraftSection(gp, { ...common, values: { ...loaded, language: "Yoruba" } });
    expect(outcome).toMatchObject({ status: "merged", bothChanged: [] });
    const saved = await getDraft(gp, { planId: draft.planId });
    expect(saved.draft.aboutMe).toMatchObject({ preferredName: "Theirs", language: "Yoruba" });
  });

  it("keeps a stale writer's changes after someone published, then rebases them onto the new version", async () => {
    const { patient, draft } = await planWithRevisionOpen();
    const theirs = { ...draft.draft, aboutMe: { ...draft.draft.aboutMe, whatMattersMost: "Their edit" } };
    await publishContent(gp, { planId: draft.planId, baseVersion: 1, content: theirs, changeSummary: "Theirs" });
    // My section save lands after their publish: kept as a draft on version 1.
    const loaded = draft.draft.preferences;
    const saved = await saveDraftSection(gp, {
      planId: draft.planId,
      section: "preferences",
      draftRevision: draft.draftRevision,
      baseVersion: 1,
      loaded,
      values: { ...loaded, otherWishes: "My edit" },
    });
    expect(saved).toEqual({ status: "published-meanwhile" });
    const mine = await getDraft(gp, { planId: draft.planId });
    expect(mine.baseVersion).toBe(1);
    // Publishing it from "check your answers" on version 1 sends me to the conflict page.
    expect(await publishPlan(gp, { planId: draft.planId, baseVersion: 1, draftRevision: mine.draftRevision, changeSummary: "Mine" })).toEqual({
      status: "kept",
      planId: draft.planId,
    });

    const conflict = await getPlanConflict(gp, { patientId: patient.id });
    // Their publish also wrote its summary of changes into the plan details.
    expect(conflict?.theirChanges.map((c) => c.field)).toEqual(["aboutMe.whatMattersMost", "planDetails.changeSummary"]);
    expect(conflict?.myChanges.map((c) => c.field)).toEqual(["preferences.otherWishes"]);

    const rebased = await rebaseDraft(gp, { planId: draft.planId, draftRevision: conflict!.draftRevision });
    expect(rebased).toEqual({ bothChanged: [], baseVersion: 2 });
    const merged = await getDraft(gp, { planId: draft.planId });
    expect(merged.baseVersion).toBe(2);
    expect(merged.draft.aboutMe.whatMattersMost).toBe("Their edit");
    expect(merged.draft.preferences.otherWishes).toBe("My edit");
    const v3 = await publishPlan(gp, { planId: draft.planId, baseVersion: 2, draftRevision: merged.draftRevision, changeSummary: "Mine" });
    expect(v3).toMatchObject({ status: "published", version: 3 });
    expect(await getPlanConflict(gp, { patientId: patient.id })).toBeNull();
  });

  it("two check-your-answers pages on one revision: the second publish keeps what it checked for the conflict page", async () => {
    const { patient, draft } = await planWithRevisionOpen();
    const checked = { planId: draft.planId, baseVersion: 1, draftRevision: draft.draftRevision };
    expect(await publishPlan(gp, { ...checked, changeSummary: "First" })).toMatchObject({ status: "published", version: 2 });
    expect(await publishPlan(gp, { ...checked, changeSummary: "Second" })).toEqual({ status: "kept", planId: draft.planId });
    const conflict = await getPlanConflict(gp, { patientId: patient.id });
    expect(conflict).toMatchObject({ baseVersion: 1, publishedVersion: 2 });
    // A third from the same page finds that kept draft, never overwrites it, and is sent there too.
    const before = await db().carePlan.findUniqueOrThrow({ where: { id: draft.planId } });
    expect(await publishPlan(gp, { ...checked, changeSummary: "Third" })).toEqual({ status: "kept", planId: draft.planId });
    expect((await db().carePlan.findUniqueOrThrow({ where: { id: draft.planId } })).draftRevision).toBe(before.draftRevision);
    // Once another update has started on version 2, a stale publish is refused and keeps nothing.
    await rebaseDraft(gp, { planId: draft.planId, draftRevision: conflict!.draftRevision });
    await expect(publishPlan(gp, { ...checked, changeSummary: "Fourth" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("keeps a section save made after someone published as a draft on the old version", async () => {
    const { patient, draft } = await planWithRevisionOpen();
    await publishContent(gp, { planId: draft.planId, baseVersion: 1, content: draft.draft, changeSummary: "Theirs" });
    const loaded = draft.draft.medicines;
    const outcome = await saveDraftSection(gp, {
      planId: draft.planId,
      section: "medicines",
      draftRevision: draft.draftRevision,
      baseVersion: 1,
      loaded,
      values: { ...loaded, otherMedicines: "Mine" },
    });
    expect(outcome).toEqual({ status: "published-meanwhile" });
    const conflict = await getPlanConflict(gp, { patientId: patient.id });
    expect(conflict).toMatchObject({ baseVersion: 1, publishedVersion: 2 });
    expect(conflict?.myChanges.map((c) => c.field)).toEqual(["medicines.otherMedicines"]);
    // Named as if it were based on the current version, it is still not published over version 2.
    const kept = await getDraft(gp, { planId: draft.planId });
    expect(await publishPlan(gp, { planId: draft.planId, baseVersion: 2, draftRevision: kept.draftRevision, changeSummary: "Crafted" })).toEqual({
      status: "kept",
      planId: draft.planId,
    });
    expect((await db().carePlan.findUniqueOrThrow({ where: { id: draft.planId } })).publishedVersion).toBe(2);
  });
});
