import type { Metadata } from "next";
import Link from "next/link";
import { AddCareTeamMemberForm } from "@/components/care-team/AddCareTeamMemberForm";
import { CareTeamList } from "@/components/care-team/CareTeamList";
import { EndMembershipButton } from "@/components/care-team/EndMembershipButton";
import { londonDay } from "@/lib/domain/london-time";
import { bannerName, proseName } from "@/lib/domain/names";
import { titled } from "@/lib/domain/page-title";
import { isAllowed } from "@/lib/domain/policy";
import type { Caller } from "@/lib/server/actor";
import { addCareTeamMember, getCareTeam } from "@/lib/server/care-team-members";
import { reasonPagePath } from "@/lib/server/error-mapping";
import { isReasonRequired } from "@/lib/server/errors";
import { checkedParams, forPage, pageParams, signedInCaller } from "@/lib/server/page";

export const metadata: Metadata = titled("Care team");

/** Whether this author may change the care team now, or must give a reason first (outside it: break glass). */
async function mayChange(caller: Caller & { actor: NonNullable<Caller["actor"]> }, patientId: string): Promise<"yes" | "reason" | "no"> {
  if (!isAllowed(caller.actor, "plan.edit")) return "no";
  try {
    await addCareTeamMember.authorizeFor(caller, { patientId });
    return "yes";
  } catch (e) {
    if (isReasonRequired(e)) return "reason";
    throw e;
  }
}

/** Who cares for the person (the organisations in their care team), and for authors: add and end. */
export default async function CareTeamPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await checkedParams(params, pageParams.patient);
  const path = `/patients/${encodeURIComponent(id)}/care-team`;
  const caller = await signedInCaller(path);
  const { patient, members } = await forPage(() => getCareTeam(caller, { patientId: id }), path);
  const change = await forPage(() => mayChange(caller, id), path);
  const [year, month, day] = londonDay().split("-");
  const name = proseName(patient);
  return (
    <>
      <Link className="nhsuk-back-link" href={`/patients/${patient.id}`}>
        Back to {name}
      </Link>
      <span className="nhsuk-caption-l">{bannerName(patient)}</span>
      <h1>Care team</h1>
      <p>
        The organisations caring for {name}. Their staff reach {name}&apos;s plan without giving a reason; anyone else who writes plans must say why first, and
        a care home sees only the people it cares for.
      </p>
      <CareTeamList
        members={members}
        action={change === "yes" ? (m) => <EndMembershipButton patientId={patient.id} membershipId={m.id} organisation={m.organisation.name} /> : undefined}
      />
      {change === "yes" && <AddCareTeamMemberForm patientId={patient.id} today={{ day: String(Number(day)), month: String(Number(month)), year }} />}
      {change === "reason" && (
        <p>
          Your organisation is not in {name}&apos;s care team. <Link href={reasonPagePath(patient.id, path)}>Give a reason to change the care team</Link>.
        </p>
      )}
    </>
  );
}
