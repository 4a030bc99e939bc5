import Link from "next/link";
import { ageOn, formatDate } from "@/lib/domain/london-time";
import { formatNhsNumber } from "@/lib/domain/nhs-number";
import type { PatientSummary } from "@/lib/server/patients";
import { ResponsiveTable } from "../nhs/ResponsiveTable";
import { bannerName } from "@/lib/domain/names";

export function PatientResults({ patients }: { patients: PatientSummary[] }) {
  if (patients.length === 0) {
    return (
      <div className="nhsuk-inset-text" role="status">
        <p>No patients found. Check the details and try again.</p>
      </div>
    );
  }
  return (
    <ResponsiveTable
      caption={patients.length === 1 ? "1 patient found" : `${patients.length} patients found`}
      headers={["Name", "NHS number", "Date of birth", "Address"]}
      rows={patients.map((p) => ({
        key: p.id,
        cells: [
          <>
            <Link href={`/patients/${p.id}`}>{bannerName(p)}</Link>
            {p.dateOfDeath && <strong className="nhsuk-tag nhsuk-tag--grey"> Deceased</strong>}
          </>,
          formatNhsNumber(p.nhsNumber),
          `${formatDate(p.dateOfBirth)} (${ageOn(p.dateOfBirth)})`,
          `${p.addressLine1}, ${p.town} ${p.postcode}`,
        ],
      }))}
    />
  );
}
