import type { Metadata } from "next";
import Link from "next/link";
import { ageOn, formatDate } from "@/lib/domain/date-input";
import { formatNhsNumber } from "@/lib/domain/nhs-number";
import { forPage, signedInCaller } from "@/lib/server/page";
import { getPatient } from "@/lib/server/patients";

export const metadata: Metadata = { title: "Patient" };

export default async function PatientPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const path = `/patients/${encodeURIComponent(id)}`;
  const caller = await signedInCaller(path);
  const patient = await forPage(() => getPatient(caller, { patientId: id }), path);
  return (
    <>
      <Link className="nhsuk-back-link" href="/patients/search">
        Back to patient search
      </Link>
      <h1>
        {patient.givenName} {patient.familyName.toUpperCase()}
      </h1>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">NHS number</dt>
          <dd className="nhsuk-summary-list__value">{formatNhsNumber(patient.nhsNumber)}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Date of birth</dt>
          <dd className="nhsuk-summary-list__value">
            {formatDate(patient.dateOfBirth)} (age {ageOn(patient.dateOfBirth)})
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Address</dt>
          <dd className="nhsuk-summary-list__value">
            {patient.addressLine1}
            {patient.addressLine2 ? `, ${patient.addressLine2}` : ""}, {patient.town} {patient.postcode}
          </dd>
        </div>
        {patient.registeredPractice && (
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">GP practice</dt>
            <dd className="nhsuk-summary-list__value">{patient.registeredPractice.name}</dd>
          </div>
        )}
      </dl>
      <h2>Care plan</h2>
      <div className="nhsuk-inset-text">
        <p>This patient has no care plan yet.</p>
      </div>
    </>
  );
}
