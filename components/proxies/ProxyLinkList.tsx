import { formatDate } from "@/lib/domain/london-time";
import { proxyBasisLabel } from "@/lib/domain/proxy-link";
import type { ProxyLinks } from "@/lib/server/proxies/links";
import { EndProxyLinkForm } from "./EndProxyLinkForm";

type Link = ProxyLinks["open"][number];

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value">{value}</dd>
    </div>
  );
}

/** Who can act for the person now (each with a way to end it), and who could before. */
export function ProxyLinkList({ patientId, links, forThePerson }: { patientId: string; links: ProxyLinks; forThePerson: boolean }) {
  const recorded = (l: Link) => (l.nominatedByPatient ? `${forThePerson ? "You" : "The person"} chose them` : `${l.recordedBy}`);
  return (
    <>
      {links.open.length === 0 ? (
        <p data-testid="no-proxies">Nobody can act for {forThePerson ? "you" : "this person"} at the moment.</p>
      ) : (
        links.open.map((l) => (
          <section key={l.id} className="nhsuk-card" aria-label={l.name} data-testid="proxy-link">
            <div className="nhsuk-card__content">
              <h3 className="nhsuk-card__heading">{l.name}</h3>
              <dl className="nhsuk-summary-list">
                <Row label="Why they can act" value={proxyBasisLabel(l.basis)} />
                <Row label="Relationship" value={l.relationship} />
                <Row label="Since" value={formatDate(l.startedAt)} />
                <Row label="Recorded by" value={recorded(l)} />
                {!forThePerson && <Row label="Evidence seen" value={l.evidence ?? "None needed"} />}
                {!forThePerson && <Row label="Account" value={l.email} />}
              </dl>
              <EndProxyLinkForm patientId={patientId} linkId={l.id} name={l.name} />
            </div>
          </section>
        ))
      )}
      {links.ended.length > 0 && (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">People who could act for {forThePerson ? "you" : "them"} before</span>
          </summary>
          <div className="nhsuk-details__text">
            <ul className="nhsuk-list">
              {links.ended.map((l) => (
                <li key={l.id}>
                  {l.name} ({proxyBasisLabel(l.basis)}), {formatDate(l.startedAt)} to {formatDate(l.endedAt!)}, ended by {l.endedBy}: {l.endReason}
                </li>
              ))}
            </ul>
          </div>
        </details>
      )}
    </>
  );
}
