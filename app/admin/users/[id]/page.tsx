import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { AccountSwitch } from "@/components/admin/people/AccountSwitch";
import { ChangeRoleForm } from "@/components/admin/people/ChangeRoleForm";
import { OneTimeLink } from "@/components/admin/people/OneTimeLink";
import { Card } from "@/components/nhs/Card";
import { formatDateTime } from "@/lib/domain/london-time";
import { organisationKindInSentence, rolesFor } from "@/lib/domain/organisation-roles";
import { isOrganisationKind } from "@/lib/domain/organisations";
import { titled } from "@/lib/domain/page-title";
import { bodyRules, isProfessionalBody } from "@/lib/domain/professional-registration";
import { roleLabels } from "@/lib/domain/roles";
import { checkedParams, forPage, pageParams, signedInCaller } from "@/lib/server/page";
import { getUser } from "@/lib/server/users";

export const metadata: Metadata = titled("User account");

type Params = Promise<{ id: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function UserPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { id } = await checkedParams(params, z.object({ id: z.uuid() }));
  const { added } = await checkedParams(searchParams, z.object({ added: pageParams.queryText }));
  const path = `/admin/users/${id}`;
  const caller = await signedInCaller(path);
  const person = await forPage(() => getUser(caller, { userId: id }), path);
  const kind = person.organisation && isOrganisationKind(person.organisation.kind) ? person.organisation.kind : null;
  const staff = person.role !== "PATIENT" && person.role !== "PROXY";
  const self = person.id === caller.actor.userId;
  const body = isProfessionalBody(person.professionalBody) ? bodyRules[person.professionalBody].label : null;
  const rows: [string, string][] = [
    ["Email address", person.email],
    ["Role", roleLabels[person.role]],
    ["Organisation", person.organisation ? `${person.organisation.name} (${person.organisation.odsCode}), ${organisationKindInSentence[kind!] ?? ""}` : "None"],
    ["Professional registration", body ? `${body} ${person.professionalRegistration ?? ""}` : "None"],
    ["Status", person.active ? "Active" : "Deactivated"],
    ["Signs in with", person.localAccount ? (person.hasPassword ? "Email and password" : "Email and password (no password set yet)") : "CIS2 or NHS login"],
    ["Open sessions", String(person.openSessions)],
    ["Last signed in", person.lastLoginAt ? formatDateTime(person.lastLoginAt) : "Never"],
  ];
  return (
    <>
      <Link className="nhsuk-back-link" href="/admin/users">
        User accounts
      </Link>
      <h1>{person.name}</h1>
      {added && (
        <Card variant="feature" role="status" heading="Account added">
          <p>Make a one-time link below so they can set a password and sign in.</p>
        </Card>
      )}
      <dl className="nhsuk-summary-list">
        {rows.map(([key, value]) => (
          <div className="nhsuk-summary-list__row" key={key}>
            <dt className="nhsuk-summary-list__key">{key}</dt>
            <dd className="nhsuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      {caller.actor.role === "ADMIN" && (
        <p>
          <Link href={`/admin/audit?userEmail=${encodeURIComponent(person.email)}`}>Audit of this user</Link>
        </p>
      )}
      {person.localAccount && person.active && (
        <>
          <h2>Password</h2>
          <OneTimeLink userId={person.id} name={person.name} openLinkExpires={person.resetLinkExpiresAt} />
        </>
      )}
      {staff && !self && kind && (
        <ChangeRoleForm
          userId={person.id}
          roles={rolesFor(kind)}
          current={{ role: person.role, professionalBody: person.professionalBody, registrationNumber: person.professionalRegistration }}
        />
      )}
      {!self && <AccountSwitch userId={person.id} name={person.name} active={person.active} />}
    </>
  );
}
