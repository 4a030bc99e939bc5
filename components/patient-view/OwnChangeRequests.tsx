import { formatDate } from "@/lib/domain/london-time";
import type { OwnChangeRequests as Requests } from "@/lib/server/plans/change-requests";

const statusTags = {
  OPEN: { text: "Waiting for a reply", className: "nhsuk-tag--blue" },
  DONE: { text: "Done", className: "nhsuk-tag--green" },
  DECLINED: { text: "Not changed", className: "nhsuk-tag--orange" },
} as const;

/** The person's requests for changes, each with its status and the author's reply. */
export function OwnChangeRequests({ requests }: { requests: Requests }) {
  if (requests.length === 0) return null;
  return (
    <section aria-labelledby="own-requests-heading" data-testid="own-requests">
      <h2 id="own-requests-heading">Requests already sent</h2>
      {requests.map((r) => (
        <div key={r.id} className="nhsuk-card">
          <div className="nhsuk-card__content">
            <h3 className="nhsuk-card__heading nhsuk-heading-s">
              Sent on {formatDate(r.createdAt)} by {r.askedBy}{" "}
              <strong className={`nhsuk-tag ${statusTags[r.status].className}`}>{statusTags[r.status].text}</strong>
            </h3>
            <p className="ucp-pre-line">{r.text}</p>
            {r.status !== "OPEN" && (
              <p className="ucp-pre-line" data-testid="request-reply">
                <strong>
                  Reply from {r.handledBy?.name ?? "the care team"}
                  {r.handledAt ? ` on ${formatDate(r.handledAt)}` : ""}:
                </strong>{" "}
                {r.response ?? "No reply was given."}
              </p>
            )}
          </div>
        </div>
      ))}
    </section>
  );
}
