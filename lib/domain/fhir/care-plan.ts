import type { CarePlan } from "@medplum/fhirtypes";
import { carePlanActivities } from "./care-plan-activities";
import { meta, patientReference, visibleContent } from "./common";
import type { PatientRecord, PlanStatusCode, PlanVersionRecord, ViewGrants } from "./types";

const statuses: Record<PlanStatusCode, CarePlan["status"]> = {
  ACTIVE: "active",
  CANCELLED: "revoked",
  DRAFT: "draft",
};

export const CARE_PLAN_TITLE = "Universal Care Plan";

/**
 * UKCore-CarePlan: one FHIR version per published plan version (id = plan id, meta.versionId =
 * version number). Wishes and recommendations become activities (see care-plan-activities.ts).
 */
export function toFhirCarePlan(version: PlanVersionRecord, patient: PatientRecord, grants: ViewGrants): CarePlan {
  const status = statuses[version.status];
  const activityStatus = version.status === "CANCELLED" ? "cancelled" : "not-started";
  const activity = carePlanActivities(visibleContent(version, grants), activityStatus);
  return {
    resourceType: "CarePlan",
    id: version.planId,
    meta: meta("CarePlan", version),
    status,
    intent: "plan",
    title: CARE_PLAN_TITLE,
    subject: patientReference(patient),
    created: version.publishedAt.toISOString(),
    author: { display: version.authorName },
    ...(activity.length > 0 ? { activity } : {}),
  };
}
