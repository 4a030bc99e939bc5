import Link from "next/link";
import { ageOn, formatDate } from "@/lib/domain/date-input";
import { formatNhsNumber } from "@/lib/domain/nhs-number";
import type { PatientSummary } from "@/lib/server/patients";

export function PatientResults({ patients }: { patients: PatientSummary[] }) {
  if (patients.length === 0) {
    return (
      <div className="nhsuk-inset-text" role="status">
        <p>No patients found. Check the details and try again.</p>
      </div>
    );
  }
  return (
    <table className="nhsuk-table ucp-results" role="table">
      <caption className="nhsuk-table__caption">
        {patients.length === 1 ? "1 patient found" : `${patients.length} patients found`}
      </caption>
      <thead className="nhsuk-table__head">
        <tr>
          <th scope="col" className="nhsuk-table__header">Name</th>
          <th scope="col" className="nhsuk-table__header">NHS number</th>
          <th scope="col" className="nhsuk-table__header">Date of birth</th>
          <th scope="col" className="nhsuk-table__header">Address</th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {patients.map((p) => (
          <tr key={p.id} className="nhsuk-table__row">
            <td className="nhsuk-table__cell">
              <Link href={`/patients/${p.id}`}>
                {p.familyName.toUpperCase()}, {p.givenName}
              </Link>
              {p.dateOfDeath && <strong className="nhsuk-tag nhsuk-tag--grey">Deceased</strong>}
            </td>
            <td className="nhsuk-table__cell">{formatNhsNumber(p.nhsNumber)}</td>
            <td className="nhsuk-table__cell">
              {formatDate(p.dateOfBirth)} ({ageOn(p.dateOfBirth)})
            </td>
            <td className="nhsuk-table__cell">
              {p.addressLine1}, {p.town} {p.postcode}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
