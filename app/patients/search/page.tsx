import type { Metadata } from "next";
import Link from "next/link";
import { ErrorSummary } from "@/components/nhs/ErrorSummary";
import { PatientResults } from "@/components/patients/PatientResults";
import { PatientSearchForms, type SearchValues } from "@/components/patients/PatientSearchForms";
import { isAllowed } from "@/lib/domain/policy";
import { isAppError, type FieldErrors } from "@/lib/server/errors";
import { forPage, signedInCaller } from "@/lib/server/page";
import { searchPatients, type PatientSummary } from "@/lib/server/patients";

export const metadata: Metadata = { title: "Find a patient" };

const fieldIds: Record<string, string> = { nhsNumber: "#nhsNumber", familyName: "#familyName", dateOfBirth: "#dateOfBirth-day" };

function one(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

export default async function PatientSearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const values: SearchValues = Object.fromEntries(
    (["by", "nhsNumber", "familyName", "dob-day", "dob-month", "dob-year"] as const).map((k) => [k, one(raw[k])]),
  );
  const caller = await signedInCaller("/patients/search");
  let results: PatientSummary[] | null = null;
  let errors: FieldErrors = {};
  if (values.by === "nhs-number" || values.by === "name") {
    const input =
      values.by === "nhs-number"
        ? { by: "nhs-number", nhsNumber: values.nhsNumber ?? "" }
        : { by: "name", familyName: values.familyName ?? "", dateOfBirth: { day: values["dob-day"] ?? "", month: values["dob-month"] ?? "", year: values["dob-year"] ?? "" } };
    try {
      results = await forPage(() => searchPatients.fromUntrusted(caller, input), "/patients/search", { asks: Object.keys(fieldIds) });
    } catch (e) {
      if (!isAppError(e) || e.code !== "INVALID") throw e;
      errors = e.fieldErrors;
    }
  } else {
    // Opening the page is not a search, but only roles that may search may see it.
    await forPage(() => searchPatients.authorizeOnly(caller), "/patients/search");
  }
  const summary = Object.entries(errors).map(([field, text]) => ({ href: fieldIds[field] ?? "#maincontent", text }));
  return (
    <>
      <ErrorSummary errors={summary} />
      <h1>Find a patient</h1>
      <PatientSearchForms values={values} errors={errors} />
      {results && <PatientResults patients={results} />}
      {isAllowed(caller.actor, "plan.edit") && (
        <p>
          <Link href="/patients/new">Add a patient who is not on the system</Link>
        </p>
      )}
    </>
  );
}
