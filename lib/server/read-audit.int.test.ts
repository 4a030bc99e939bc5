import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toFormValues } from "@/lib/domain/plan";
import { demoPlanContent } from "@/lib/server/seed/demo-plan-content";
import { uniqueNhsNumber } from "@/test/nhs-numbers";
import type { Caller } from "./actor";
import { searchAudit } from "./admin/audit-search";
import { searchPatients, getPatient } from "./patients";
import { getDraft, openDraft } from "./plans/drafts";
import { plansDueForReview } from "./plans/lifecycle";
import { getPatientDraft } from "./plans/patient-draft";
import { publishContent } from "./plans/publish-content";
import { getPlanConflict } from "./plans/rebase";
import { compareVersions, getPlanHistory } from "./plans/versions";
import { listUsers } from "./users";
import { getAccessLog } from "./views/access-log";
import { openChangeRequests } from "./views/open-change-requests";
import { getPlanView } from "./views/plan-view";
import { watchPlan } from "./views/watch";
import { newCaller } from "@/test/fixtures";

const rows = (c: Caller) => db().auditEvent.count({ where: { actorId: c.actor!.userId } });

describe("every read path", () => {
  it("writes exactly one audit row per read", async () => {
    const gp = await newCaller("GP");
    const admin = await newCaller("ADMIN");
    const nhsNumber = await uniqueNhsNumber();
    const patient = await db().patient.create({
      data: {
        nhsNumber,
        givenName: "Read",
        familyName: "Audit",
        dateOfBirth: new Date("1942-02-02"),
        sex: "FEMALE",
        addressLine1: "8 Road",
        town: "London",
        postcode: "W12 8LR",
      },
    });
    const draft = await openDraft(gp, { patientId: patient.id });
    const [a, b] = demoPlanContent();
    await publishContent(gp, { planId: draft.planId, baseVersion: 0, content: toFormValues(a) });
    await publishContent(gp, { planId: draft.planId, baseVersion: 1, content: toFormValues(b) });
    const patientId = patient.id;
    const reads: [string, Caller, () => Promise<unknown>][] = [
      ["search", gp, () => searchPatients(gp, { by: "nhs-number", nhsNumber })],
      ["patient record", gp, () => getPatient(gp, { patientId })],
      ["plan view", gp, () => getPlanView(gp, { patientId })],
      ["history", gp, () => getPlanHistory(gp, { patientId })],
      ["compare", gp, () => compareVersions(gp, { patientId, from: 1, to: 2 })],
      ["draft", gp, () => getDraft(gp, { planId: draft.planId })],
      ["patient draft", gp, () => getPatientDraft(gp, { patientId })],
      ["conflict", gp, () => getPlanConflict(gp, { patientId })],
      ["access log", gp, () => getAccessLog(gp, { patientId })],
      ["live updates", gp, () => watchPlan(gp, { patientId })],
      ["review list", gp, () => plansDueForReview(gp, {})],
      ["change requests", gp, () => openChangeRequests(gp, {})],
      ["users", admin, () => listUsers(admin, {})],
      [
        "audit search",
        admin,
        () => searchAudit(admin, { nhsNumber, userEmail: "", odsCode: "", from: { day: "", month: "", year: "" }, to: { day: "", month: "", year: "" } }),
      ],
    ];
    const counts: Record<string, number> = {};
    for (const [name, who, read] of reads) {
      const before = await rows(who);
      await read().catch(() => undefined); // a refusal is audited too: still one row
      counts[name] = (await rows(who)) - before;
    }
    expect(counts).toEqual(Object.fromEntries(reads.map(([name]) => [name, 1])));
  });
});
