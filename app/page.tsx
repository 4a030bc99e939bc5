import type { Metadata } from "next";
import Link from "next/link";
import { UserList } from "@/components/admin/UserList";
import { PatientSearchForms } from "@/components/patients/PatientSearchForms";
import { ReviewList } from "@/components/plan/ReviewList";
import { formatNhsNumber } from "@/lib/domain/nhs-number";
import { isAllowed } from "@/lib/domain/policy";
import { roleLabels } from "@/lib/domain/roles";
import { forPage, signedInCaller } from "@/lib/server/page";
import { getPatient } from "@/lib/server/patients";
import { plansDueForReview } from "@/lib/server/plans/lifecycle";
import { listUsers } from "@/lib/server/users";

export const metadata: Metadata = { title: "Home" };

export default async function HomePage() {
  const caller = await signedInCaller("/");
  const { actor } = caller;

  if (actor.role === "PATIENT" && actor.patientId) {
    const patientId = actor.patientId;
    const me = await forPage(() => getPatient(caller, { patientId }), "/");
    return (
      <>
        <h1>My care plan</h1>
        <p className="nhsuk-lede-text">
          {me.givenName} {me.familyName}, NHS number {formatNhsNumber(me.nhsNumber)}
        </p>
        <div className="nhsuk-inset-text">
          <p>Your care plan will appear here once your GP or nurse has written it with you.</p>
        </div>
      </>
    );
  }

  if (actor.role === "ADMIN") {
    const users = await forPage(() => listUsers(caller, {}), "/");
    return (
      <>
        <h1>Administration</h1>
        <UserList users={users} />
      </>
    );
  }

  if (isAllowed(actor, "patient.search")) {
    const due = isAllowed(actor, "plan.edit") ? await forPage(() => plansDueForReview(caller, {}), "/") : null;
    return (
      <>
        <h1>Find a patient</h1>
        <p className="nhsuk-lede-text">
          Signed in as {roleLabels[actor.role]}. Search for the person to see their care plan.
        </p>
        {due && <ReviewList plans={due} />}
        <PatientSearchForms values={{}} errors={{}} />
      </>
    );
  }

  return (
    <>
      <h1>Universal Care Plan</h1>
      <p>Your account has no access to care plans. Ask your administrator.</p>
      <p>
        <Link href="/signout">Sign out</Link>
      </p>
    </>
  );
}
