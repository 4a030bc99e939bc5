import Link from "next/link";
import { formatDate } from "@/lib/domain/london-time";
import { bannerName } from "@/lib/domain/names";
import { formatNhsNumber } from "@/lib/domain/nhs-number";
import { proxyBasisLabel } from "@/lib/domain/proxy-link";
import type { listActingFor } from "@/lib/server/proxies/acting-for";

type People = Awaited<ReturnType<typeof listActingFor>>;

/** A proxy's home: the people they act for, each opening that person's own view of their plan. */
export function ActingForList({ people }: { people: People }) {
  return (
    <>
      <h1>People you act for</h1>
      {people.length === 0 ? (
        <p data-testid="acting-for-nobody">You do not act for anyone at the moment. The person, or their GP or nurse, can add you.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--border" data-testid="acting-for">
          {people.map(({ patient, basis, relationship, startedAt }) => (
            <li key={patient.id}>
              <Link href={`/my-plan?for=${patient.id}`}>{bannerName(patient)}</Link>
              <br />
              NHS number {formatNhsNumber(patient.nhsNumber)}, born {formatDate(patient.dateOfBirth)}. You are their {relationship.toLowerCase()} (
              {proxyBasisLabel(basis).toLowerCase()}) since {formatDate(startedAt)}.
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
