import type { Metadata } from "next";
import Link from "next/link";
import { ProxyLinkList } from "@/components/proxies/ProxyLinkList";
import { RecordProxyLinkForm } from "@/components/proxies/RecordProxyLinkForm";
import { bannerName } from "@/lib/domain/names";
import { formatNhsNumber } from "@/lib/domain/nhs-number";
import { titled } from "@/lib/domain/page-title";
import { checkedParams, forPage, pageParams, signedInCaller } from "@/lib/server/page";
import { listProxyLinks } from "@/lib/server/proxies/links";

export const metadata: Metadata = titled("People who can act for this person");

/** The person's authors record and end who may act for them (outside the care team: the break-glass question first). */
export default async function PatientProxiesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await checkedParams(params, pageParams.patient);
  const path = `/patients/${encodeURIComponent(id)}/people`;
  const caller = await signedInCaller(path);
  const links = await forPage(() => listProxyLinks(caller, { patientId: id }), path);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Link className="nhsuk-back-link" href={`/patients/${id}`}>
          Back to the patient record
        </Link>
        <span className="nhsuk-caption-l">
          {bannerName(links.patient)}, NHS number {formatNhsNumber(links.patient.nhsNumber)}
        </span>
        <h1>People who can act for this person</h1>
        <p>They see the plan as the person does, can ask for changes and see who has looked. They never change the plan.</p>
        <ProxyLinkList patientId={id} links={links} forThePerson={false} />
        <RecordProxyLinkForm patientId={id} />
      </div>
    </div>
  );
}
