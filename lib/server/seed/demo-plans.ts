import { subDays, subMonths } from "date-fns";
import { db } from "@/lib/db";
import { testNhsNumber } from "@/lib/domain/nhs-number";
import { emptyFormValues, toFormValues } from "@/lib/domain/plan";
import { demoPlanContent, planDates } from "@/lib/server/seed/demo-plan-content";
import { loadActor, type Caller } from "../actor";
import { withdrawSharing } from "../consent/withdraw-sharing";
import { openDraft, saveDraft } from "../plans/drafts";
import { cancelPlan, recordDeath } from "../plans/lifecycle";
import { publishContent } from "../plans/publish-content";
import { withdrawnConsentPatient } from "./demo-data";
import { demoPersonPlans, luisChenWrightAboutMe } from "./demo-plans/people";

/**
 * Demo plans, written through the same server functions as the UI (valid by construction), each
 * written for its person (lib/server/seed/demo-plans/people/): four with a second version (by the
 * community nurse), one cancelled, one deceased, one overdue for review (back-dated, the only thing
 * no user could do), one draft only, one whose consent to share is withdrawn.
 */
async function caller(email: string, accessReason?: string): Promise<Caller> {
  const user = await db().user.findUniqueOrThrow({ where: { email } });
  return { actor: await loadActor(user.id), ip: null, userAgent: "demo seed", accessReason };
}

const DRAFT_ONLY = 11;

export async function seedDemoPlans(): Promise<number> {
  const gp = await caller("gp@example.org");
  // The community nurse is outside the GP practice's care team until they publish: break glass.
  const nurse = await caller("nurse@example.org", "Community nursing home visit");
  const dates = planDates();
  let created = 0;
  for (const { patient: n, versions } of [...demoPersonPlans, { patient: DRAFT_ONLY, versions: [] }]) {
    const patient = await db().patient.findUniqueOrThrow({ where: { nhsNumber: testNhsNumber(n) }, include: { plan: true } });
    if (patient.plan) continue; // idempotent: never touch a plan that exists
    created++;
    const draft = await openDraft(gp, { patientId: patient.id });
    if (n === DRAFT_ONLY) {
      const aboutMe = toFormValues({ ...demoPlanContent()[0], aboutMe: luisChenWrightAboutMe }).aboutMe;
      await saveDraft(gp, { planId: draft.planId, draftRevision: draft.draftRevision, draft: { ...emptyFormValues(), aboutMe } });
      continue;
    }
    const [first, second] = versions.map((build) => build(...dates));
    await publishContent(gp, {
      planId: draft.planId,
      baseVersion: 0,
      content: toFormValues(first),
      changeSummary: first.planDetails.changeSummary ?? "First plan, agreed with the person",
    });
    if (second) {
      await openDraft(nurse, { patientId: patient.id });
      await publishContent(nurse, {
        planId: draft.planId,
        baseVersion: 1,
        content: toFormValues(second),
        changeSummary: second.planDetails.changeSummary ?? "Reviewed at home visit",
      });
    }
    if (n === 5)
      await cancelPlan(gp, { planId: draft.planId, reason: "She has moved to a GP practice outside London: her new practice will write a plan with her" });
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
    if (patient.nhsNumber === withdrawnConsentPatient) {
      await withdrawSharing(gp, { patientId: patient.id, reason: "Told Dr Mensah at the surgery that she wants her plan kept between her and the practice" });
    }
  }
  return created;
}
