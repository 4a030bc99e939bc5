import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NominateCarerForm } from "@/components/proxies/NominateCarerForm";
import { ProxyLinkList } from "@/components/proxies/ProxyLinkList";
import { titled } from "@/lib/domain/page-title";
import { forPage, signedInCaller } from "@/lib/server/page";
import { listProxyLinks } from "@/lib/server/proxies/links";

export const metadata: Metadata = titled("People who can act for you");

/** The person's own list of who can act for them: end any of them, or choose a carer. Never someone acting for them. */
export default async function MyProxiesPage() {
  const caller = await signedInCaller("/my-plan/people");
  const patientId = caller.actor.patientId;
  if (!patientId) notFound();
  const links = await forPage(() => listProxyLinks(caller, { patientId }), "/my-plan/people");
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Link className="nhsuk-back-link" href="/">
          Back to my care plan
        </Link>
        <h1>People who can act for you</h1>
        <p>
          They can see your care plan, ask for changes to it and see who has looked at it, as you can. They cannot change the plan. Each time they look, it
          shows in who has looked at your plan.
        </p>
        <ProxyLinkList patientId={patientId} links={links} forThePerson />
        <NominateCarerForm patientId={patientId} />
      </div>
    </div>
  );
}
