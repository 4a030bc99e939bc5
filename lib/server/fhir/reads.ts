import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import type { PatientRecord, PlanVersionRecord } from "@/lib/domain/fhir";
import { fhirCarePlanReadInput, fhirEverythingInput, fhirPatientSearchInput } from "@/lib/domain/fhir/read-inputs";
import { patientIdInput, planIdInput } from "@/lib/domain/inputs";
import type { Prisma } from "@/lib/generated/prisma/client";
import { viewGrantsFor } from "@/lib/domain/plan";
import { isAllowed } from "@/lib/domain/policy";
import { roleLabels } from "@/lib/domain/roles";
import type { Actor } from "../actor";
import { inCareTeamOf } from "../care-team";
import { AppError } from "../errors";
import { defineUseCase } from "../use-case";
import { loadConsentRecords, loadPatientRecord, loadVersionRecords, patientRecordSelect } from "./records";

type Tx = Prisma.TransactionClient;

/** The header an API client sends the reason for a read in (audited), like the app's break-glass box. */
export const ACCESS_REASON_HEADER = "x-ucp-access-reason";
export const BREAK_GLASS_API_MESSAGE =
  "This patient is not cared for by your organisation: " + `send why you need their plan in the ${ACCESS_REASON_HEADER} header (it is audited)`;

/**
 * A published plan this reader may open (scope and break glass: the use-case wrapper), the
 * patient and the grants. Not found for unknown plans and plans outside the reader's scope.
 */
async function openPlan(tx: Tx, actor: Actor, planId: string) {
  // One statement: the plan and its patient.
  const found = await tx.carePlan.findUnique({
    where: { id: planId },
    select: { patientId: true, publishedVersion: true, patient: { select: patientRecordSelect } },
  });
  // A plan with only a draft has no FHIR version yet: drafts are never shared.
  if (!found || found.publishedVersion === 0) throw new AppError("NOT_FOUND");
  const { patient, ...plan } = found;
  return { ...plan, patient: patient as PatientRecord, grants: viewGrantsFor(actor, plan.patientId) };
}

/** `Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|<n>`: zero or one patient. */
export const fhirSearchPatients = defineUseCase({
  audit: auditActions.patientSearched,
  permission: "patient.search",
  input: fhirPatientSearchInput,
  async run({ tx, actor, grant, input }) {
    // A care home's client finds only its residents, as its staff do.
    const where = grant === "care-team" ? { nhsNumber: input.nhsNumber, ...inCareTeamOf(actor.organisationId!) } : { nhsNumber: input.nhsNumber };
    const patients: PatientRecord[] = await tx.patient.findMany({ where, select: patientRecordSelect });
    return {
      result: patients,
      audit: { patientId: patients[0]?.id ?? null, detail: { by: "nhs-number", nhsNumber: input.nhsNumber, resultCount: patients.length } },
    };
  },
});

const VREAD_HISTORY_MESSAGE = (role: Actor["role"]) =>
  `A client acting as ${roleLabels[role]} may read only the current version of a plan: earlier versions are plan history`;

/**
 * `CarePlan/<id>` (current version) or `CarePlan/<id>/_history/<v>` (that version). Any version
 * but the current one is plan history, so it needs plan.viewHistory, as `_history` does.
 */
export const fhirReadCarePlan = defineUseCase({
  audit: auditActions.planViewed,
  permission: "plan.viewEmergency",
  input: fhirCarePlanReadInput,
  target: (input) => ({ planId: input.planId }),
  async run({ tx, actor, input }) {
    const plan = await openPlan(tx, actor, input.planId);
    // Checked before looking the version up, so a refused reader cannot probe which versions exist.
    if (input.version !== undefined && input.version !== plan.publishedVersion && !isAllowed(actor, "plan.viewHistory", { patientId: plan.patientId })) {
      throw new AppError("FORBIDDEN", VREAD_HISTORY_MESSAGE(actor.role));
    }
    const [version] = await loadVersionRecords(tx, input.planId, input.version ?? plan.publishedVersion);
    if (!version) throw new AppError("NOT_FOUND");
    return {
      result: { version, patient: plan.patient, grants: plan.grants },
      audit: { patientId: plan.patientId, planId: input.planId, version: version.version, detail: { summaryOnly: plan.grants.summaryOnly } },
    };
  },
});

/** `CarePlan/<id>/_history`: every published version. */
export const fhirCarePlanHistory = defineUseCase({
  audit: auditActions.historyViewed,
  permission: "plan.viewHistory",
  input: planIdInput,
  target: (input) => ({ planId: input.planId }),
  async run({ tx, actor, input }) {
    const plan = await openPlan(tx, actor, input.planId);
    const versions = await loadVersionRecords(tx, input.planId);
    return {
      result: { versions, patient: plan.patient, grants: plan.grants },
      audit: { patientId: plan.patientId, planId: input.planId, version: plan.publishedVersion, detail: { versions: versions.length } },
    };
  },
});

/** `CarePlan?patient=<id>`: the patient's current published plan, if they have one. */
export const fhirSearchCarePlans = defineUseCase({
  audit: auditActions.planViewed,
  permission: "plan.viewEmergency",
  input: patientIdInput,
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, actor, input }) {
    const patient = await loadPatientRecord(tx, input.patientId);
    const plan = await tx.carePlan.findUnique({ where: { patientId: input.patientId }, select: { id: true, publishedVersion: true } });
    if (!patient || !plan || plan.publishedVersion === 0) {
      return {
        result: { versions: [] as PlanVersionRecord[], patient, grants: viewGrantsFor(actor, input.patientId) },
        audit: { patientId: input.patientId, detail: { search: true, resultCount: 0 } },
      };
    }
    const versions = await loadVersionRecords(tx, plan.id, plan.publishedVersion);
    const grants = viewGrantsFor(actor, input.patientId);
    return {
      result: { versions, patient, grants },
      audit: { patientId: input.patientId, planId: plan.id, version: plan.publishedVersion, detail: { search: true, summaryOnly: grants.summaryOnly } },
    };
  },
});

/**
 * `Consent?patient=<id>`: the person's consents to share, active or withdrawn. Readable by
 * whoever may read the plan, and still while consent is withdrawn: it is how a system learns that
 * the plan is withheld, not absent (decision 0080). No plan content.
 */
export const fhirSearchConsents = defineUseCase({
  audit: auditActions.consentRead,
  permission: "plan.viewEmergency",
  input: patientIdInput,
  target: (input) => ({ patientId: input.patientId }),
  whenWithdrawn: "shows",
  async run({ tx, input }) {
    const patient = await loadPatientRecord(tx, input.patientId);
    if (!patient) throw new AppError("NOT_FOUND");
    const consents = await loadConsentRecords(tx, input.patientId);
    return { result: { patient, consents }, audit: { detail: { search: true, resultCount: consents.length } } };
  },
});

/** `$everything`: the patient, their current plan as resources, and their consents. */
export const fhirEverything = defineUseCase({
  audit: auditActions.planViewed,
  permission: "plan.viewEmergency",
  input: fhirEverythingInput,
  target: (input) => input,
  async run({ tx, actor, input, target }) {
    const patientId = target!.patientId;
    const patient = await loadPatientRecord(tx, patientId);
    if (!patient) throw new AppError("NOT_FOUND");
    const plan = await tx.carePlan.findUnique({ where: { patientId }, select: { id: true, publishedVersion: true } });
    // A plan asked for by id must have a published version; a patient may have none.
    if ("planId" in input && (!plan || plan.publishedVersion === 0)) throw new AppError("NOT_FOUND");
    const [version] = plan && plan.publishedVersion > 0 ? await loadVersionRecords(tx, plan.id, plan.publishedVersion) : [];
    const grants = viewGrantsFor(actor, patientId);
    return {
      result: { patient, version: version ?? null, consents: await loadConsentRecords(tx, patientId), grants },
      audit: { patientId, planId: plan?.id ?? null, version: version?.version ?? null, detail: { everything: true, summaryOnly: grants.summaryOnly } },
    };
  },
});
