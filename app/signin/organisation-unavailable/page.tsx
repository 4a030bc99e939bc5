import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { titled } from "@/lib/domain/page-title";
import { serviceDesk } from "@/lib/domain/service-desk";
import { openRefusal } from "@/lib/server/auth/refusal-token";
import { checkedParams, pageParams } from "@/lib/server/page";

type Search = Promise<Record<string, string | string[] | undefined>>;

const titles = {
  suspended: "Your organisation's access to Universal Care Plan is suspended",
  "no-agreement": "Your organisation has not signed the data sharing agreement yet",
  unknown: "Your organisation cannot use Universal Care Plan at the moment",
};

async function detailsOf(searchParams: Search) {
  const { r } = await checkedParams(searchParams, z.object({ r: pageParams.queryText }));
  const details = await openRefusal(r);
  const reason = details?.reason === "suspended" || details?.reason === "no-agreement" ? details.reason : "unknown";
  return { reason, details } as const;
}

export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  return titled(titles[(await detailsOf(searchParams)).reason]);
}

/**
 * Where staff land, at sign-in or on their next request, when their organisation is suspended or has
 * not signed the data sharing agreement: why, and whom to ask. No session is made or kept.
 */
export default async function OrganisationUnavailablePage({ searchParams }: { searchParams: Search }) {
  const { reason, details } = await detailsOf(searchParams);
  const place = details?.organisationName ? `${details.organisationName}${details.odsCode ? ` (${details.odsCode})` : ""}` : "Your organisation";
  const administrators = details?.administrators ?? [];
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{titles[reason]}</h1>
        {reason === "suspended" && (
          <p>
            <strong>{place}</strong> has been suspended from Universal Care Plan, so nobody there can see care plans at the moment. You have been signed out.
          </p>
        )}
        {reason === "no-agreement" && (
          <p>
            Staff at <strong>{place}</strong> can see care plans only once the organisation has signed the Universal Care Plan data sharing agreement. It has
            not been recorded as signed yet, so you have been signed out.
          </p>
        )}
        {reason === "unknown" && <p>Your organisation cannot use Universal Care Plan at the moment, so you have been signed out.</p>}
        <p>If someone needs medical help now, call 999 in an emergency, or 111. Do not wait for access to this service.</p>
        <h2>Who to ask</h2>
        {administrators.length > 0 ? (
          <>
            <p>Your organisation&apos;s administrators for Universal Care Plan:</p>
            <ul>
              {administrators.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>Ask your organisation&apos;s manager or IT service desk, who can contact us.</p>
        )}
        <p>
          The {serviceDesk.name}: email <a href={`mailto:${serviceDesk.email}`}>{serviceDesk.email}</a> or call {serviceDesk.phone} ({serviceDesk.hours}). See
          also <Link href="/contact">contact us</Link>.
        </p>
        <p>
          <Link href="/signin">Sign in again</Link> once your organisation tells you access is back.
        </p>
      </div>
    </div>
  );
}
