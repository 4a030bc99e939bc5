"use client";

import Link from "next/link";
import { useState } from "react";
import { importOrganisationsAction, previewOrganisationImportAction } from "@/lib/actions/organisations";
import { Card } from "@/components/nhs/Card";
import { ErrorSummary } from "@/components/nhs/ErrorSummary";
import { describedBy, LabelledField } from "@/components/nhs/FormGroup";
import { ResponsiveTable } from "@/components/nhs/ResponsiveTable";
import { useActionForm } from "@/components/nhs/useActionForm";
import { organisationImportInput } from "@/lib/domain/organisation-import";
import { organisationKindLabels, organisationKinds } from "@/lib/domain/organisations";
import type { ImportPreview } from "@/lib/server/organisations/import";

const fields = { csv: "file", kind: "kind" };
type Counts = ImportPreview["counts"];

function Listed({
  caption,
  rows,
  total,
  extra,
}: {
  caption: string;
  rows: { line: number; odsCode: string; name: string }[];
  total: number;
  extra?: string[];
}) {
  if (total === 0) return null;
  return (
    <>
      <ResponsiveTable
        caption={`${caption} (${total})`}
        headers={["Line", "ODS code", "Name", ...(extra ? ["What changes"] : [])]}
        rows={rows.map((r, i) => ({ key: `${r.line}`, cells: [String(r.line), r.odsCode, r.name, ...(extra ? [extra[i]] : [])] }))}
      />
      {total > rows.length && <p>And {total - rows.length} more.</p>}
    </>
  );
}

/** Choose a file and its kind, check it (the preview), then import exactly what the preview showed. */
export function OrganisationImport() {
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [kind, setKind] = useState("");
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [done, setDone] = useState<Counts | null>(null);
  const input = () => ({ csv: file?.text ?? "", fileName: file?.name ?? "", kind });
  const check = useActionForm({ schema: organisationImportInput, action: previewOrganisationImportAction, fields, onSuccess: setPreview });
  const confirm = useActionForm({
    schema: organisationImportInput,
    action: importOrganisationsAction,
    fields,
    onSuccess: (counts) => {
      setDone(counts);
      setPreview(null);
    },
  });
  const rowErrors = preview?.errors.map((text) => ({ href: "#file", text })) ?? [];
  const summary = [...check.summary, ...confirm.summary, ...rowErrors];
  const changed = () => {
    setPreview(null);
    setDone(null);
  };

  return (
    <>
      <ErrorSummary errors={summary} />
      {done && (
        <Card variant="feature" role="status" heading="Import complete">
          <p data-testid="import-result">
            {done.added} added, {done.changed} changed, {done.unchanged} unchanged{done.skipped ? `, ${done.skipped} closed and not added` : ""}.
          </p>
          <p>
            Organisations added by an import have no sharing agreement recorded yet: their staff can sign in once you record it on each organisation&apos;s
            page. <Link href="/admin/organisations">Back to organisations</Link>
          </p>
        </Card>
      )}
      <form noValidate onSubmit={check.onSubmit(input)}>
        <LabelledField
          id="file"
          label="CSV file of organisations"
          hint="Up to 1 MB (about 4,000 organisations). The ODS layout, or a header row naming the columns"
          error={check.errors.csv}
        >
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            className={`nhsuk-input${check.errors.csv ? " nhsuk-input--error" : ""}`}
            aria-describedby={describedBy("file-hint", check.errors.csv && "file-error")}
            onChange={async (e) => {
              changed();
              const chosen = e.target.files?.[0];
              setFile(chosen ? { name: chosen.name, text: await chosen.text() } : null);
            }}
          />
        </LabelledField>
        <LabelledField
          id="kind"
          label="Kind of organisation in the file"
          hint="Every row is this kind, unless the file has a Kind column"
          error={check.errors.kind}
        >
          <select
            id="kind"
            name="kind"
            className={`nhsuk-select${check.errors.kind ? " nhsuk-select--error" : ""}`}
            value={kind}
            onChange={(e) => {
              changed();
              setKind(e.target.value);
            }}
            aria-describedby={describedBy("kind-hint", check.errors.kind && "kind-error")}
          >
            <option value="">Given in the file (Kind column)</option>
            {organisationKinds.map((k) => (
              <option key={k} value={k}>
                {organisationKindLabels[k]}
              </option>
            ))}
          </select>
        </LabelledField>
        <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={check.busy}>
          Check the file
        </button>
      </form>
      {preview && (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">What the import will do</h2>
          <p data-testid="preview-counts">
            {preview.counts.added} to add, {preview.counts.changed} to change, {preview.counts.unchanged} unchanged
            {preview.counts.skipped ? `, ${preview.counts.skipped} closed and not added` : ""}
            {preview.counts.errors ? `, ${preview.counts.errors} with problems` : ""}.
          </p>
          {preview.counts.errors > 0 ? (
            <p>Nothing will be imported while any row has a problem: correct the file and check it again.</p>
          ) : (
            <form noValidate onSubmit={confirm.onSubmit(() => ({ ...input(), previewDigest: preview.digest }))}>
              <button className="nhsuk-button" type="submit" disabled={confirm.busy}>
                Import {preview.counts.added + preview.counts.changed} organisation{preview.counts.added + preview.counts.changed === 1 ? "" : "s"}
              </button>
            </form>
          )}
          {preview.warnings.length > 0 && (
            <>
              <h3>Warnings</h3>
              <ul>
                {preview.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </>
          )}
          <Listed caption="To add" rows={preview.added} total={preview.counts.added} />
          <Listed caption="To change" rows={preview.changed} total={preview.counts.changed} extra={preview.changed.map((c) => c.changes.join(", "))} />
          <Listed caption="Closed in ODS and not held here: not added" rows={preview.skipped} total={preview.counts.skipped} />
          <Listed caption="Unchanged" rows={preview.unchanged} total={preview.counts.unchanged} />
        </section>
      )}
    </>
  );
}
