import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sectionKeys, toFormValues, type PlanContent } from "@/lib/domain/plan";
import { demoPlanContent } from "@/lib/server/seed/demo-plan-content";
import type { Caller } from "../actor";
import { getDraft, openDraft } from "./drafts";
import { publishPlan } from "./publish";
import { saveDraftSection } from "./save-section";
import { newCaller, newPatient } from "@/test/fixtures";

let gp: Caller;
const [notRecommended] = demoPlanContent();

beforeAll(async () => {
  gp = await newCaller("GP");
});

describe("answers to hidden questions (server side)", () => {
  it("a CPR section saved with hidden answers (only the browser cleared them before) keeps none of them, in the draft or the version", async () => {
    const patient = await newPatient({ givenName: "Hidden", familyName: "Answers", addressLine1: "1 Road" });
    const draft = await openDraft(gp, { patientId: patient.id });
    const form = toFormValues(notRecommended);
    let revision = draft.draftRevision;
    // Every section but CPR first, as the form saves them; the CPR one comes next, crafted.
    for (const section of sectionKeys.filter((key) => key !== "cpr")) {
      const saved = await saveDraftSection(gp, {
        planId: draft.planId,
        section,
        draftRevision: revision,
        baseVersion: 0,
        loaded: draft.draft[section],
        values: form[section],
      });
      if (saved.status === "published-meanwhile") throw new Error("unexpected");
      revision = saved.draftRevision;
    }
    // "Not yet decided", sent with every decision detail still filled in, as a crafted request could.
    const cpr = { ...form.cpr, decision: "not-decided" };
    const saved = await saveDraftSection(gp, {
      planId: draft.planId,
      section: "cpr",
      draftRevision: revision,
      baseVersion: 0,
      loaded: draft.draft.cpr,
      values: cpr,
    });
    if (saved.status === "published-meanwhile") throw new Error("unexpected");
    const stored = (await getDraft(gp, { planId: draft.planId })).draft.cpr;
    expect(stored.reasons).toBe("");
    expect(stored.madeBy).toEqual({ name: "", role: "", registrationNumber: "" });
    expect(stored.decisionDate).toEqual({ day: "", month: "", year: "" });

    const outcome = await publishPlan(gp, { planId: draft.planId, baseVersion: 0, draftRevision: saved.draftRevision });
    if (outcome.status !== "published") throw new Error("not published");
    const version = await db().carePlanVersion.findUniqueOrThrow({ where: { planId_version: { planId: draft.planId, version: 1 } } });
    const published = (version.content as PlanContent).cpr;
    expect(published).toMatchObject({
      decision: "not-decided",
      decisionDate: null,
      reviewDate: null,
      capacity: null,
      reasons: null,
      discussedWithPatient: null,
      discussionDetails: null,
    });
    expect(published.madeBy).toEqual({ name: null, role: null, registrationNumber: null });
    expect(published.familyInformed).toBe(notRecommended.cpr.familyInformed); // always asked: kept
  });
});
