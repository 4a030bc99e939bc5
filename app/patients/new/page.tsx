import type { Metadata } from "next";
import Link from "next/link";
import { NewPatientForm } from "@/components/patients/NewPatientForm";
import { titled } from "@/lib/domain/page-title";
import { forPage, signedInCaller } from "@/lib/server/page";
import { addPatient } from "@/lib/server/patients";

export const metadata: Metadata = titled("Add a patient");

export default async function NewPatientPage() {
  const caller = await signedInCaller("/patients/new");
  await forPage(() => addPatient.authorizeOnly(caller), "/patients/new");
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Link className="nhsuk-back-link" href="/patients/search">
          Back to patient search
        </Link>
        <h1>Add a patient</h1>
        <p>Only add someone who is not found by their NHS number. Check the NHS number with the person or their GP record.</p>
        <NewPatientForm />
      </div>
    </div>
  );
}
