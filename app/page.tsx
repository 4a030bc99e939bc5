import type { Metadata } from "next";
import Link from "next/link";
import { UserList } from "@/components/admin/UserList";
import { PatientSearchForms } from "@/components/patients/PatientSearchForms";
import { ChangeRequestList } from "@/components/plan/ChangeRequestList";
import { ReviewList } from "@/components/plan/ReviewList";
import { grantFor, isAllowed } from "@/lib/domain/policy";
import { titled } from "@/lib/domain/page-title";
import { roleLabels } from "@/lib/domain/roles";
import { forPage, signedInCaller } from "@/lib/server/page";
import { plansDueForReview } from "@/lib/server/plans/lifecycle";
import { currentCaller } from "@/lib/server/session";
import { listUsers } from "@/lib/server/users";
import { openChangeRequests } from "@/lib/server/views/open-change-requests";
import { getPlanView } from "@/lib/server/views/plan-view";
import { MyPlan } from "@/components/patient-view/MyPlan";
import { ActingForList } from "@/components/proxies/ActingForList";
import { listActingFor } from "@/lib/server/proxies/acting-for";
import { ProveWhoYouAre } from "@/components/patient-view/ProveWhoYouAre";
import { NoRecordHere } from "@/components/patient-view/NoRecordHere";

/** The h1 each kind of account sees on the home page (below). */
export async function generateMetadata(): Promise<Metadata> {
  const { actor } = await currentCaller();
  if (!actor) return titled("Sign in to Universal Care Plan");
  if (actor.role === "PATIENT" && actor.patientId) return titled("My care plan");
  if (actor.role === "PROXY" || actor.actsFor?.length) return titled("People you act for");
  if (actor.role === "PATIENT" && actor.proofingLevel && actor.proofingLevel !== "P9") return titled("Prove who you are to see your care plan");
  if (actor.role === "PATIENT") return titled("We do not hold a care plan for you");
  if (actor.role === "ADMIN" || actor.role === "ORG_ADMIN") return titled("Administration");
  return titled(isAllowed(actor, "patient.search") ? "Find a patient" : "Universal Care Plan");
}

export default async function HomePage() {
  const caller = await signedInCaller("/");
  const { actor } = caller;

  if (actor.role === "PATIENT" && actor.patientId) {
    const patientId = actor.patientId;
    const view = await forPage(() => getPlanView(caller, { patientId }), "/");
    return <MyPlan view={view} alsoActsFor={!!actor.actsFor?.length} />;
  }

  // Someone acting for others (a proxy account, or an NHS login account with no record of its own here).
  if (actor.role === "PROXY" || actor.actsFor?.length) {
    const people = actor.actsFor?.length ? await forPage(() => listActingFor(caller, {}), "/") : [];
    return <ActingForList people={people} />;
  }

  if (actor.role === "PATIENT" && actor.proofingLevel && actor.proofingLevel !== "P9") {
    // Enforced in loadActor (no patientId, so the policy refuses every "own" read); this only explains.
    return <ProveWhoYouAre />;
  }

  // Proved to P9, no record here and nobody to act for (yet).
  if (actor.role === "PATIENT") return <NoRecordHere email={actor.email} />;

  if (actor.role === "ADMIN" || actor.role === "ORG_ADMIN") {
    const users = await forPage(() => listUsers(caller, {}), "/");
    return (
      <>
        <h1>Administration</h1>
        {actor.role === "ORG_ADMIN" && <p className="nhsuk-lede-text">Signed in as an organisation administrator of {actor.organisationName}.</p>}
        <ul className="nhsuk-list">
          <li>
            <Link href="/admin/users/new">Add a person</Link>
          </li>
          {actor.role === "ADMIN" && (
            <>
              <li>
                <Link href="/admin/audit">Search the audit trail</Link>
              </li>
              <li>
                <Link href="/admin/audit?breakGlass=1">Break-glass review</Link>
              </li>
              <li>
                <Link href="/admin/api-clients">FHIR API clients</Link>
              </li>
              <li>
                <Link href="/admin/organisations">Organisations</Link>
              </li>
            </>
          )}
        </ul>
        <UserList users={users.rows} caption="User accounts, by name" />
        {users.hasNext && (
          <p>
            <Link href="/admin/users?page=2">More user accounts</Link>
          </p>
        )}
      </>
    );
  }

  if (isAllowed(actor, "patient.search")) {
    const author = isAllowed(actor, "plan.edit");
    const due = author ? await forPage(() => plansDueForReview(caller, {}), "/") : null;
    const requests = author ? await forPage(() => openChangeRequests(caller, {}), "/") : [];
    return (
      <>
        <h1>Find a patient</h1>
        <p className="nhsuk-lede-text">Signed in as {roleLabels[actor.role]}. Search for the person to see their care plan.</p>
        {grantFor(actor.role, "patient.search") === "care-team" && (
          <p>
            <Link href="/residents">See your residents</Link> (search finds only the people your organisation cares for)
          </p>
        )}
        <ChangeRequestList requests={requests} />
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
