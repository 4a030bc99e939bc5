import Link from "next/link";
import { formatDate } from "@/lib/domain/london-time";
import { formatNhsNumber } from "@/lib/domain/nhs-number";
import { bannerName } from "@/lib/domain/names";

interface Request {
  id: string;
  text: string;
  createdAt: Date;
  patient: { id: string; givenName: string; familyName: string; nhsNumber: string };
}

/** Patients' requests for changes to plans this author looks after. */
export function ChangeRequestList({ requests }: { requests: Request[] }) {
  if (requests.length === 0) return null;
  return (
    <section aria-labelledby="change-requests-heading">
      <h2 id="change-requests-heading">Requests from patients</h2>
      <ul className="nhsuk-list nhsuk-list--border" data-testid="change-requests">
        {requests.map((r) => (
          <li key={r.id}>
            <Link href={`/patients/${r.patient.id}`}>{bannerName(r.patient)}</Link> ({formatNhsNumber(r.patient.nhsNumber)}), {formatDate(r.createdAt)}:{" "}
            <q>{r.text}</q> <Link href={`/patients/${r.patient.id}/requests/${r.id}`}>Answer this request</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
