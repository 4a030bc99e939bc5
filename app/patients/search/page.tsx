import type { Metadata } from "next";
import Link from "next/link";
import { ErrorSummary } from "@/components/nhs/ErrorSummary";
import { PatientResults } from "@/components/patients/PatientResults";
import { PatientSearchForms, type SearchValues } from "@/components/patients/PatientSearchForms";
import { titled } from "@/lib/domain/page-title";
import { patientSearchInput } from "@/lib/domain/patient-search";
import { isAllowed } from "@/lib/domain/policy";
import { isAppError, type FieldErrors } from "@/lib/server/errors";
import { forPage, signedInCaller } from "@/lib/server/page";
import { searchPatients, type PatientSummary } from "@/lib/server/patients";

const fieldIds: Record<string, string> = { nhsNumber: "#nhsNumber", familyName: "#familyName", dateOfBirth: "#dateOfBirth-day" };

function one(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

type Search = Promise<Record<string, string | string[] | undefined>>;

function valuesOf(raw: Awaited<Search>): SearchValues {
  return Object.fromEntries((["by", "nhsNumber", "familyName", "dob-day", "dob-month", "dob-year"] as const).map((k) => [k, one(raw[k])]));
}

/** The search the form asked for, or null when the page was only opened. */
function searchInput(values: SearchValues) {
  if (values.by === "nhs-number") return { by: "nhs-number", nhsNumber: values.nhsNumber ?? "" };
  if (values.by !== "name") return null;
  return {
    by: "name",
    familyName: values.familyName ?? "",
    dateOfBirth: { day: values["dob-day"] ?? "", month: values["dob-month"] ?? "", year: values["dob-year"] ?? "" },
  };
}

export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  const input = searchInput(valuesOf(await searchParams));
  // The same check the search makes (lib/domain/patient-search.ts): its errors are the page's.
  return titled("Find a patient", { error: !!input && !patientSearchInput.safeParse(input).success });
}

export default async function PatientSearchPage({ searchParams }: { searchParams: Search }) {
  const values = valuesOf(await searchParams);
  const caller = await signedInCaller("/patients/search");
  let results: PatientSummary[] | null = null;
  let errors: FieldErrors = {};
  const input = searchInput(values);
  if (input) {
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
