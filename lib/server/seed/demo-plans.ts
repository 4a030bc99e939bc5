import { subDays, subMonths } from "date-fns";
import { db } from "@/lib/db";
import { testNhsNumber } from "@/lib/domain/nhs-number";
import { emptyFormValues, toFormValues } from "@/lib/domain/plan";
import { demoPlanContent } from "@/lib/server/seed/demo-plan-content";
import { loadActor, type Caller } from "../actor";
import { openDraft, saveDraft } from "../plans/drafts";
import { cancelPlan, recordDeath } from "../plans/lifecycle";
import { publishContent } from "../plans/publish-content";
import { DEMO_PLAN_PATIENTS } from "./demo-data";

/**
 * Demo plans, written through the same server functions as the UI (valid by construction):
 * ten published plans, four with a second version, one cancelled, one deceased, one overdue
 * for review (back-dated, the only thing no user could do), one draft only.
 */
async function caller(email: string, accessReason?: string): Promise<Caller> {
  const user = await db().user.findUniqueOrThrow({ where: { email } });
  return { actor: await loadActor(user.id), ip: null, userAgent: "demo seed", accessReason };
}

export async function seedDemoPlans(): Promise<number> {
  const gp = await caller("gp@example.org");
  // The community nurse is outside the GP practice's care team until they publish: break glass.
  const nurse = await caller("nurse@example.org", "Community nursing home visit");
  const contents = demoPlanContent();
  let created = 0;
  for (let n = 1; n <= DEMO_PLAN_PATIENTS; n++) {
    const patient = await db().patient.findUniqueOrThrow({ where: { nhsNumber: testNhsNumber(n) }, include: { plan: true } });
    if (patient.plan) continue; // idempotent: never touch a plan that exists
    created++;
    const draft = await openDraft(gp, { patientId: patient.id });
    if (n === 11) {
      const partial = { ...emptyFormValues(), aboutMe: toFormValues(contents[0]).aboutMe };
      await saveDraft(gp, { planId: draft.planId, draftRevision: draft.draftRevision, draft: partial });
      continue;
    }
    const content = contents[n % contents.length];
    await publishContent(gp, { planId: draft.planId, baseVersion: 0, content: toFormValues(content), changeSummary: "First plan, agreed with the person" });
    if (n <= 4) {
      await openDraft(nurse, { patientId: patient.id });
      const revised = toFormValues(contents[(n + 2) % contents.length]);
      await publishContent(nurse, {
        planId: draft.planId,
        baseVersion: 1,
        content: revised,
        changeSummary: "Reviewed at home visit: wishes and medicines updated",
      });
    }
    if (n === 5) await cancelPlan(gp, { planId: draft.planId, reason: "The person asked for their plan to be withdrawn" });
    if (n === 6) {
      const died = subDays(new Date(), 19);
      const dateOfDeath = { day: String(died.getDate()), month: String(died.getMonth() + 1), year: String(died.getFullYear()) };
      await recordDeath(nurse, { patientId: patient.id, dateOfDeath, placeOfDeath: "home", diedAtPreferredPlace: "yes" });
    }
    if (n === 7) {
      // Back-date the review so the demo shows an overdue plan.
      await db().carePlan.update({ where: { id: draft.planId }, data: { reviewDate: subMonths(new Date(), 1) } });
      await db().carePlanVersion.update({ where: { planId_version: { planId: draft.planId, version: 1 } }, data: { publishedAt: subMonths(new Date(), 13) } });
    }
  }
  return created;
}
