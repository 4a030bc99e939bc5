import Link from "next/link";
import { openPlanAction } from "@/app/patients/[id]/actions";
import { formatDate } from "@/lib/domain/date-input";
import type { getPlanHistory } from "@/lib/server/plans/versions";

type PlanHistory = Awaited<ReturnType<typeof getPlanHistory>>;

interface Props {
  patientId: string;
  /** null: the plan exists but this role may not see its history; undefined: no plan. */
  plan: PlanHistory | undefined;
  deceased: boolean;
  canEdit: boolean;
  canViewHistory: boolean;
}

/** The plan's status on the patient page, with what this person may do next. */
export function PlanStatusPanel({ patientId, plan, deceased, canEdit, canViewHistory }: Props) {
  const current = plan?.versions[0];
  const cancelled = plan?.status === "CANCELLED";
  const hasDraft = plan != null && plan.draftContent !== null && !cancelled;
  const base = `/patients/${patientId}`;
  return (
    <>
      <p>
        {deceased && <strong className="nhsuk-tag nhsuk-tag--grey">Deceased</strong>}{" "}
        {cancelled && <strong className="nhsuk-tag nhsuk-tag--red">Cancelled</strong>}{" "}
        {current && !cancelled && <strong className="nhsuk-tag nhsuk-tag--green">Active</strong>}{" "}
        {hasDraft && <strong className="nhsuk-tag nhsuk-tag--blue">Draft in progress</strong>}
      </p>
      {!plan || (!current && !hasDraft) ? (
        <div className="nhsuk-inset-text">
          <p>This patient has no care plan yet.</p>
        </div>
      ) : current ? (
        <p>
          Version {current.version}, published {formatDate(current.publishedAt)} by {current.author.name}.
        </p>
      ) : (
        <p>No version has been published yet.</p>
      )}
      {cancelled && plan?.cancelReason && <p>Cancelled: {plan.cancelReason}</p>}
      {canEdit && !cancelled && !deceased && (
        <form action={openPlanAction}>
          <input type="hidden" name="patientId" value={patientId} />
          <button className="nhsuk-button" type="submit">
            {hasDraft ? "Continue care plan draft" : current ? "Update care plan" : "Create care plan"}
          </button>
        </form>
      )}
      <ul className="nhsuk-list">
        {canViewHistory && current && (
          <li>
            <Link href={`${base}/plan/versions`}>Version history</Link>
          </li>
        )}
        {canEdit && plan && !cancelled && (
          <li>
            <Link href={`${base}/plan/cancel`}>Cancel plan</Link>
          </li>
        )}
        {canEdit && !deceased && (
          <li>
            <Link href={`${base}/death`}>Record death</Link>
          </li>
        )}
      </ul>
    </>
  );
}
