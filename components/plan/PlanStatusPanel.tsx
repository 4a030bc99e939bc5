import Link from "next/link";
import { openPlanAction } from "@/lib/actions/plan-authoring";
import { formatDate } from "@/lib/domain/london-time";
import type { getPlanHistory } from "@/lib/server/plans/versions";
import type { PlanStatus } from "@/lib/server/views/plan-status";

type PlanHistory = Awaited<ReturnType<typeof getPlanHistory>>["plan"];

interface Props {
  patientId: string;
  /** null: the plan exists but this role may not see its history; undefined: no plan. */
  plan: PlanHistory | undefined;
  /** Outside the care team, before a reason is given: the plan's status only (no content). */
  restricted?: PlanStatus | null;
  deceased: boolean;
  canEdit: boolean;
  canViewHistory: boolean;
}

/** The plan's status on the patient page, with what this person may do next. */
export function PlanStatusPanel({ patientId, plan, restricted, deceased, canEdit, canViewHistory }: Props) {
  if (restricted !== undefined) return <RestrictedPanel patientId={patientId} status={restricted} deceased={deceased} canEdit={canEdit} />;
  const current = plan?.versions[0];
  const cancelled = plan?.status === "CANCELLED";
  const state = { deceased, cancelled, published: !!current, hasDraft: plan != null && plan.draftContent !== null && !cancelled };
  return (
    <>
      <StatusTags {...state} />
      {!plan || (!current && !state.hasDraft) ? (
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
      {canEdit && <OpenPlanButton patientId={patientId} {...state} />}
      <PlanLinks patientId={patientId} history={canViewHistory && !!current} cancel={canEdit && !!plan && !cancelled} death={canEdit && !deceased} />
    </>
  );
}

/** The status alone, and the ways in (each asks for a reason first, and is audited). */
function RestrictedPanel({ patientId, status, deceased, canEdit }: { patientId: string; status: PlanStatus | null; deceased: boolean; canEdit: boolean }) {
  const cancelled = status?.status === "CANCELLED";
  const published = (status?.publishedVersion ?? 0) > 0;
  const state = { deceased, cancelled, published, hasDraft: !!status?.hasDraft && !cancelled };
  return (
    <>
      <StatusTags {...state} />
      <div className="nhsuk-inset-text" data-testid="outside-care-team">
        <p>
          {status
            ? "This person is not cared for by your organisation. You will be asked why you need their plan before you see or change it."
            : "This patient has no care plan yet."}
        </p>
      </div>
      {canEdit && <OpenPlanButton patientId={patientId} {...state} />}
      {status && <PlanLinks patientId={patientId} history={published} cancel={canEdit && !cancelled} death={canEdit && !deceased} />}
    </>
  );
}

interface PlanState {
  deceased: boolean;
  cancelled: boolean;
  published: boolean;
  hasDraft: boolean;
}

function StatusTags({ deceased, cancelled, published, hasDraft }: PlanState) {
  return (
    <p>
      {deceased && <strong className="nhsuk-tag nhsuk-tag--grey">Deceased</strong>}{" "}
      {cancelled && <strong className="nhsuk-tag nhsuk-tag--red">Cancelled</strong>}{" "}
      {published && !cancelled && <strong className="nhsuk-tag nhsuk-tag--green">Active</strong>}{" "}
      {hasDraft && <strong className="nhsuk-tag nhsuk-tag--blue">Draft in progress</strong>}
    </p>
  );
}

/** "Create", "Update" or "Continue": only for a plan that can still change. */
function OpenPlanButton({ patientId, deceased, cancelled, published, hasDraft }: PlanState & { patientId: string }) {
  if (cancelled || deceased) return null;
  return (
    <form action={openPlanAction}>
      <input type="hidden" name="patientId" value={patientId} />
      <button className="nhsuk-button" type="submit">
        {hasDraft ? "Continue care plan draft" : published ? "Update care plan" : "Create care plan"}
      </button>
    </form>
  );
}

function PlanLinks({ patientId, history, cancel, death }: { patientId: string; history: boolean; cancel: boolean; death: boolean }) {
  const base = `/patients/${patientId}`;
  return (
    <ul className="nhsuk-list">
      {history && (
        <li>
          <Link href={`${base}/plan/versions`}>Version history</Link>
        </li>
      )}
      {cancel && (
        <li>
          <Link href={`${base}/plan/cancel`}>Cancel plan</Link>
        </li>
      )}
      {death && (
        <li>
          <Link href={`${base}/death`}>Record death</Link>
        </li>
      )}
    </ul>
  );
}
