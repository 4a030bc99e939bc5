import type { Metadata } from "next";
import { z } from "zod";
import Link from "next/link";
import { titled } from "@/lib/domain/page-title";
import { openRefusal } from "@/lib/server/auth/refusal-token";
import { checkedParams, pageParams } from "@/lib/server/page";

export const metadata: Metadata = titled("Your selected role does not give access to Universal Care Plan");

/** Where a CIS2 sign-in lands when the selected role maps to nothing here: no session is made. */
export default async function NoRolePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { r } = await checkedParams(searchParams, z.object({ r: pageParams.queryText }));
  const details = await openRefusal(r);
  const role = details?.roleName ? `${details.roleName}${details.jobRoleCode ? ` (${details.jobRoleCode})` : ""}` : null;
  const organisation = details?.organisationName ?? details?.odsCode ?? null;
  const place = organisation && details?.odsCode && organisation !== details.odsCode ? `${organisation} (${details.odsCode})` : organisation;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Your selected role does not give access to Universal Care Plan</h1>
        {role && place ? (
          <p>
            You signed in with Care Identity Service as <strong>{role}</strong> at <strong>{place}</strong>.
          </p>
        ) : (
          <p>You signed in with Care Identity Service, but it did not tell us which role you selected.</p>
        )}
        {details?.reason === "unknown-organisation" ? (
          <p>That organisation does not use Universal Care Plan, so this role gives no access to care plans.</p>
        ) : (
          <p>This role is not one that can see care plans, so you have not been signed in.</p>
        )}
        <h2>What you can do</h2>
        <ul>
          <li>Sign in again and choose a different role, if you have one for patient care at an organisation that uses Universal Care Plan.</li>
          <li>If you think this role should give you access, contact your local Registration Authority (the team that manages smartcards and roles).</li>
        </ul>
        <p>
          <Link href="/signin">Sign in again</Link>
        </p>
      </div>
    </div>
  );
}
