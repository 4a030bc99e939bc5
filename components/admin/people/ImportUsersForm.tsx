"use client";

import { useState } from "react";
import { checkUserImportAction, importUsersAction } from "@/lib/actions/people";
import { Card } from "@/components/nhs/Card";
import { ErrorSummary } from "@/components/nhs/ErrorSummary";
import { LabelledField } from "@/components/nhs/FormGroup";
import { ResponsiveTable } from "@/components/nhs/ResponsiveTable";
import { problemText } from "@/lib/domain/user-import";
import { roleLabels, isRole } from "@/lib/domain/roles";
import type { ImportCheck } from "@/lib/server/people/import-users";

const PREVIEW_ROWS = 100;

/** Two steps: check the file (every problem by line and column, nothing written), then import all of it or nothing. */
export function ImportUsersForm() {
  const [csv, setCsv] = useState("");
  const [fileName, setFileName] = useState("");
  const [check, setCheck] = useState<ImportCheck | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<{ imported: number; unchanged: number } | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (file: File | undefined) => {
    setCheck(null);
    setDone(null);
    setErrors([]);
    setFileName(file?.name ?? "");
    setCsv(file ? await file.text() : "");
  };
  const run = async (step: "check" | "import") => {
    if (!csv) return setErrors(["Choose a CSV file"]);
    setBusy(true);
    const result = step === "check" ? await checkUserImportAction({ csv }).catch(() => null) : await importUsersAction({ csv }).catch(() => null);
    setBusy(false);
    if (!result) return setErrors(["The file could not be sent. Check your connection and try again"]);
    if (!result.ok) return setErrors([result.message, ...Object.values(result.fieldErrors)]);
    setErrors([]);
    if (step === "check") setCheck(result.result as ImportCheck);
    else {
      setDone(result.result as { imported: number; unchanged: number });
      setCheck(null);
    }
  };
  const problems = check?.problems ?? [];
  return (
    <>
      <ErrorSummary errors={[...errors, ...problems.slice(0, 100).map(problemText)].map((text) => ({ href: "#csv-file", text }))} />
      {done && (
        <Card variant="feature" role="status" heading="Import finished">
          <p>
            {done.imported} {done.imported === 1 ? "person" : "people"} added; {done.unchanged} already had an account with the same details and were left as
            they are. Make each new person a one-time link from their page.
          </p>
        </Card>
      )}
      <LabelledField id="csv-file" label="CSV file" hint="Columns: email, name, ods_code, role, registration_body, registration_number. One person a line">
        <input id="csv-file" className="nhsuk-file-upload" type="file" accept=".csv,text/csv" onChange={(e) => void choose(e.target.files?.[0])} />
      </LabelledField>
      <button type="button" className="nhsuk-button" disabled={busy} onClick={() => void run("check")}>
        Check the file
      </button>
      {check && (
        <>
          <h2>What {fileName || "the file"} would do</h2>
          {problems.length ? (
            <p>
              {problems.length} {problems.length === 1 ? "problem" : "problems"} to fix (listed at the top of the page). Nothing is imported while any line has
              a problem: correct the file and check it again.
            </p>
          ) : (
            <p>
              {check.toAdd} to add, {check.unchanged} already here with the same details (left as they are).
            </p>
          )}
          <ResponsiveTable
            caption={`The first ${Math.min(PREVIEW_ROWS, check.rows.length)} of ${check.rows.length} lines without problems`}
            headers={["Line", "Name", "Email address", "ODS code", "Role", "Outcome"]}
            rows={check.rows.slice(0, PREVIEW_ROWS).map((r) => ({
              key: String(r.line),
              cells: [
                String(r.line),
                r.name,
                r.email,
                r.odsCode ?? "None",
                isRole(r.role) ? roleLabels[r.role] : r.role,
                r.outcome === "new" ? "Add" : "Already here",
              ],
            }))}
          />
          {!problems.length && check.toAdd > 0 && (
            <button type="button" className="nhsuk-button" disabled={busy} onClick={() => void run("import")}>
              Import {check.toAdd} {check.toAdd === 1 ? "person" : "people"}
            </button>
          )}
        </>
      )}
    </>
  );
}
