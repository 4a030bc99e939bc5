import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toFormValues } from "@/lib/domain/plan";
import { planContentArb } from "@/test/plan-arbitraries";
import type { Caller } from "../actor";
import { AppError } from "../errors";
import { openDraft, saveDraft } from "./drafts";
import { publishPlan } from "./publish";
import { publishContent } from "./publish-content";
import { newPatient } from "@/test/fixtures";

let gp: Caller;
let planId: string;
let draftRevision: number;

beforeAll(async () => {
  const user = await db().user.create({ data: { email: `prop-${randomUUID()}@example.org`, name: "Property GP", role: "GP" } });
  gp = { actor: { userId: user.id, role: "GP", name: user.name, email: user.email, organisationId: null, organisationName: null, patientId: null } };
  const patient = await newPatient({
    givenName: "Prop",
    familyName: "Erty",
    dateOfBirth: new Date("1950-05-05"),
    sex: "MALE",
    addressLine1: "2 Test Road",
    postcode: "N7 6PN",
  });
  const draft = await openDraft(gp, { patientId: patient.id });
  planId = draft.planId;
  draftRevision = draft.draftRevision;
});

describe("plans through the database (property tests)", () => {
  it("any valid plan published is stored and read back unchanged", async () => {
    let base = 0;
    await fc.assert(
      fc.asyncProperty(planContentArb, async (generated) => {
        // Publishing writes the summary of changes it is given into the plan details.
        const content = { ...generated, planDetails: { ...generated.planDetails, changeSummary: `Version ${base + 1}` } };
        const { version } = await publishContent(gp, { planId, baseVersion: base, content: toFormValues(content) });
        base = version;
        const stored = await db().carePlanVersion.findUniqueOrThrow({ where: { planId_version: { planId, version } } });
        expect(stored.content).toEqual(JSON.parse(JSON.stringify(content)));
      }),
      { numRuns: 25 },
    );
  });

  it("junk sent to save or publish is refused as invalid input, never a server error", async () => {
    const junk = fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom("aboutMe", "cpr", "contacts", "planDetails"), fc.anything()));
    await fc.assert(
      fc.asyncProperty(junk, async (value) => {
        for (const attempt of [() => saveDraft.fromUntrusted(gp, { planId, draftRevision, draft: value }), () => publishPlan.fromUntrusted(gp, value)]) {
          const error = await attempt().then(
            () => null,
            (e: unknown) => e,
          );
          if (error === null) continue; // junk that happens to be a valid (empty) draft
          expect(error).toBeInstanceOf(AppError);
          expect(["INVALID", "CONFLICT"]).toContain((error as AppError).code);
          if ((error as AppError).code === "CONFLICT") draftRevision = (await db().carePlan.findUniqueOrThrow({ where: { id: planId } })).draftRevision;
        }
      }),
      { numRuns: 60 },
    );
  });
});
