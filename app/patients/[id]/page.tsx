import type { Metadata } from "next";
import { z } from "zod";
import Link from "next/link";
import { redirect } from "next/navigation";
import { titled } from "@/lib/domain/page-title";
import { ageOn, formatDate } from "@/lib/domain/london-time";
import { formatNhsNumber } from "@/lib/domain/nhs-number";
import { PlanStatusPanel } from "@/components/plan/PlanStatusPanel";
import { isAllowed } from "@/lib/domain/policy";
import type { Caller } from "@/lib/server/actor";
import { checkedParams, forPage, pageParams, signedInCaller } from "@/lib/server/page";
import { getPatient } from "@/lib/server/patients";
import { isReasonRequired } from "@/lib/server/errors";
import { getPlanHistory } from "@/lib/server/plans/versions";
import { getPlanStatus, type PlanStatus } from "@/lib/server/views/plan-status";
import { bannerName } from "@/lib/domain/names";
import { NotSharedNotice } from "@/components/views/SharingWithdrawn";

export const metadata: Metadata = titled("Patient record");

const banners = {
  cancelled: "The care plan has been cancelled",
  death: "The death has been recorded",
  sharing: "The person's decision about sharing their care plan has been recorded",
};

type PlanHistory = Awaited<ReturnType<typeof getPlanHistory>>;

/**
 * The page's one audited read of the person: their details with the plan's history. Outside the
 * care team (no reason given yet) the history is refused; then their details and the plan's
 * status only (which is not a read of the plan).
 */
interface PatientPageRead {
  patient: PlanHistory["patient"];
  plan?: PlanHistory["plan"];
  restricted?: PlanStatus | null;
}

async function readPatientPage(caller: Caller, patientId: string): Promise<PatientPageRead> {
  if (caller.actor && isAllowed(caller.actor, "plan.viewHistory")) {
    try {
      const { patient, plan } = await getPlanHistory(caller, { patientId });
      return { patient, plan: plan ?? undefined };
    } catch (e) {
      if (!isReasonRequired(e)) throw e;
    }
    return { patient: await getPatient(caller, { patientId }), restricted: await getPlanStatus(caller, { patientId }) };
  }
  return { patient: await getPatient(caller, { patientId }) };
}

const patientQuery = z.object({ published: pageParams.queryVersion, done: z.enum(["cancelled", "death", "sharing"]).optional().catch(undefined) });

export default async function PatientPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await checkedParams(params, pageParams.patient);
  const query = await checkedParams(searchParams, patientQuery);
  const path = `/patients/${encodeURIComponent(id)}`;
  const caller = await signedInCaller(path);
  // Emergency roles come here for the plan: show them the emergency summary straight away.
  if (!isAllowed(caller.actor, "plan.edit") && caller.actor.role !== "PATIENT" && isAllowed(caller.actor, "plan.viewEmergency")) redirect(`${path}/summary`);
  const { patient, plan, restricted } = await forPage(() => readPatientPage(caller, id), path);
  const canViewHistory = isAllowed(caller.actor, "plan.viewHistory");
  const publishedVersion = plan?.publishedVersion ?? restricted?.publishedVersion ?? 0;
  const published = query.published ? `Version ${query.published} of the care plan has been published` : null;
  const banner = published ?? (query.done ? banners[query.done] : undefined);
  return (
    <>
      <Link className="nhsuk-back-link" href="/patients/search">
        Back to patient search
      </Link>
      {banner && (
        <div className="nhsuk-notification-banner nhsuk-notification-banner--success" role="alert" aria-labelledby="banner-title">
          <div className="nhsuk-notification-banner__header">
            <h2 className="nhsuk-notification-banner__title" id="banner-title">
              Success
            </h2>
          </div>
          <div className="nhsuk-notification-banner__content">
            <p className="nhsuk-notification-banner__heading">{banner}</p>
          </div>
        </div>
      )}
      <h1>{bannerName(patient)}</h1>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row nhsuk-summary-list__row--no-actions">
          <dt className="nhsuk-summary-list__key">NHS number</dt>
          <dd className="nhsuk-summary-list__value">{formatNhsNumber(patient.nhsNumber)}</dd>
        </div>
        <div className="nhsuk-summary-list__row nhsuk-summary-list__row--no-actions">
          <dt className="nhsuk-summary-list__key">Date of birth</dt>
          <dd className="nhsuk-summary-list__value">
            {formatDate(patient.dateOfBirth)} (age {ageOn(patient.dateOfBirth)})
          </dd>
        </div>
        <div className="nhsuk-summary-list__row nhsuk-summary-list__row--no-actions">
          <dt className="nhsuk-summary-list__key">Address</dt>
          <dd className="nhsuk-summary-list__value">
            {patient.addressLine1}
            {patient.addressLine2 ? `, ${patient.addressLine2}` : ""}, {patient.town} {patient.postcode}
          </dd>
        </div>
        {patient.registeredPractice && (
          <div className="nhsuk-summary-list__row nhsuk-summary-list__row--no-actions">
            <dt className="nhsuk-summary-list__key">GP practice</dt>
            <dd className="nhsuk-summary-list__value">{patient.registeredPractice.name}</dd>
          </div>
        )}
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Care team</dt>
          <dd className="nhsuk-summary-list__value" data-testid="care-team-summary">
            {patient.careTeam.length ? patient.careTeam.map((m) => m.organisation.name).join(", ") : "No organisation is caring for this person now"}
          </dd>
          <dd className="nhsuk-summary-list__actions">
            <Link href={`${path}/care-team`}>
              {isAllowed(caller.actor, "plan.edit") ? "Change" : "View"}
              <span className="nhsuk-u-visually-hidden"> care team</span>
            </Link>
          </dd>
        </div>
      </dl>
      <h2>Care plan</h2>
      {patient.sharingWithdrawnAt && <NotSharedNotice since={patient.sharingWithdrawnAt} ownPlan={false} />}
      <PlanStatusPanel
        patientId={patient.id}
        plan={plan}
        restricted={restricted}
        deceased={patient.dateOfDeath !== null}
        canEdit={isAllowed(caller.actor, "plan.edit")}
        canViewHistory={canViewHistory}
      />
      {publishedVersion > 0 && (
        <p>
          <Link href={`${path}/summary`}>View the emergency summary</Link>
        </p>
      )}
      {isAllowed(caller.actor, "consent.record") && plan !== undefined && (
        <p>
          <Link href={`${path}/sharing`}>
            {patient.sharingWithdrawnAt ? "Record that the person agrees to share their plan again" : "Record that the person does not want their plan shared"}
          </Link>
        </p>
      )}
      {isAllowed(caller.actor, "proxy.manage") && (
        <p>
          <Link href={`${path}/people`}>People who can act for this person</Link>
        </p>
      )}
    </>
  );
}
