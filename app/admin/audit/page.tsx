import type { Metadata } from "next";
import Link from "next/link";
import { AuditTable } from "@/components/admin/AuditTable";
import { DateInput } from "@/components/nhs/DateInput";
import { ErrorSummary } from "@/components/nhs/ErrorSummary";
import { Pagination } from "@/components/nhs/Pagination";
import { TextInput } from "@/components/nhs/TextInput";
import { auditSearchInput } from "@/lib/domain/audit-search";
import { titled } from "@/lib/domain/page-title";
import type { Paged } from "@/lib/domain/pagination";
import { searchAudit, type AuditRow } from "@/lib/server/admin/audit-search";
import { auditCriteriaFromQuery } from "@/lib/server/admin/audit-query";
import { isAppError, type FieldErrors } from "@/lib/server/errors";
import { forPage, signedInCaller } from "@/lib/server/page";

type Search = Promise<Record<string, string | undefined>>;

const queryOf = (raw: Record<string, string | undefined>) =>
  new URLSearchParams(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === "string"));

export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  const raw = await searchParams;
  // The same check the search makes (lib/domain/audit-search.ts): its errors are the page's.
  const error = !auditSearchInput.safeParse(auditCriteriaFromQuery(queryOf(raw))).success;
  return titled(raw.breakGlass === "1" ? "Break-glass review" : "Audit trail", { error });
}

export default async function AuditPage({ searchParams }: { searchParams: Search }) {
  const raw = await searchParams;
  const query = queryOf(raw);
  const caller = await signedInCaller("/admin/audit");
  let events: Paged<AuditRow> = { rows: [], page: 1, hasNext: false };
  let errors: FieldErrors = {};
  try {
    events = await forPage(() => searchAudit.fromUntrusted(caller, auditCriteriaFromQuery(query)), "/admin/audit", {
      asks: ["nhsNumber", "userEmail", "odsCode", "subject", "from", "to", "_"],
    });
  } catch (e) {
    if (!isAppError(e) || e.code !== "INVALID") throw e;
    errors = e.fieldErrors;
  }
  const breakGlass = raw.breakGlass === "1";
  const value = (k: string) => raw[k] ?? "";
  const date = (p: string) => ({ day: value(`${p}-day`), month: value(`${p}-month`), year: value(`${p}-year`) });
  return (
    <>
      <ErrorSummary errors={Object.entries(errors).map(([k, text]) => ({ href: k === "from" || k === "to" ? `#${k}-day` : `#${k}`, text }))} />
      <h1>{breakGlass ? "Break-glass review" : "Audit trail"}</h1>
      {breakGlass && (
        <p>Reads of patients outside the reader&apos;s care team, and every FHIR API client registered or rotated (each reads clinical data with its token).</p>
      )}
      <p>
        <Link href="/admin/audit?breakGlass=1">Break-glass review</Link> · <Link href="/admin/audit">All events</Link> ·{" "}
        <Link href="/admin/users">User accounts</Link>
      </p>
      <form method="get" action="/admin/audit" noValidate>
        {breakGlass && <input type="hidden" name="breakGlass" value="1" />}
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">
            <TextInput
              id="nhsNumber"
              name="nhsNumber"
              label="Patient NHS number"
              defaultValue={value("nhsNumber")}
              error={errors.nhsNumber}
              inputMode="numeric"
              code
            />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <TextInput id="userEmail" name="userEmail" label="User email address" type="email" defaultValue={value("userEmail")} error={errors.userEmail} />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <TextInput id="odsCode" name="odsCode" label="Organisation ODS code" defaultValue={value("odsCode")} error={errors.odsCode} code />
          </div>
        </div>
        <TextInput
          id="subject"
          name="subject"
          label="Acted on (subject)"
          hint="The id of a user, organisation or API client, as its page shows it: every administrative act on it"
          defaultValue={value("subject")}
          error={errors.subject}
          spellCheck={false}
          code
        />
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <DateInput id="from" name="from" legend="From" values={date("from")} error={errors.from} />
          </div>
          <div className="nhsuk-grid-column-one-half">
            <DateInput id="to" name="to" legend="To" values={date("to")} error={errors.to} />
          </div>
        </div>
        <button className="nhsuk-button" type="submit">
          Search the audit trail
        </button>{" "}
        <a className="nhsuk-button nhsuk-button--secondary" href={`/admin/audit/export?${query}`} download>
          Download as CSV
        </a>
      </form>
      <AuditTable events={events} />
      <Pagination path="/admin/audit" query={query} page={events.page} hasNext={events.hasNext} label="Pages of audit events" />
    </>
  );
}
