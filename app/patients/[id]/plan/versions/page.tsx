import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ResponsiveTable } from "@/components/nhs/ResponsiveTable";
import { titled } from "@/lib/domain/page-title";
import { formatDate } from "@/lib/domain/london-time";
import { checkedParams, forPage, pageParams, signedInCaller } from "@/lib/server/page";
import { getPlanHistory } from "@/lib/server/plans/versions";

export const metadata: Metadata = titled("Version history");

export default async function VersionHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await checkedParams(params, pageParams.patient);
  const path = `/patients/${encodeURIComponent(id)}/plan/versions`;
  const caller = await signedInCaller(path);
  const { plan } = await forPage(() => getPlanHistory(caller, { patientId: id }), path);
  if (!plan || plan.versions.length === 0) notFound();
  const compareHref = (from: number, to: number) => `${path}/compare?from=${from}&to=${to}`;
  return (
    <>
      <Link className="nhsuk-back-link" href={`/patients/${plan.patientId}`}>
        Back to the patient
      </Link>
      <h1>Version history</h1>
      <ResponsiveTable
        caption="Published versions, newest first"
        headers={["Version", "Published", "Author", "Summary of changes", "Compare"]}
        rows={plan.versions.map((v) => ({
          key: String(v.version),
          cells: [
            `Version ${v.version}`,
            formatDate(v.publishedAt),
            v.author.name,
            v.changeSummary,
            v.version > 1 ? <Link href={compareHref(v.version - 1, v.version)}>Compare with version {v.version - 1}</Link> : "First version",
          ],
        }))}
      />
      {plan.versions.length > 2 && (
        <form action={`${path}/compare`} method="get">
          <h2 className="nhsuk-heading-m">Compare any two versions</h2>
          {(["from", "to"] as const).map((name) => (
            <div className="nhsuk-form-group" key={name}>
              <label className="nhsuk-label" htmlFor={name}>
                {name === "from" ? "From version" : "To version"}
              </label>
              <select className="nhsuk-select" id={name} name={name} defaultValue={name === "from" ? 1 : plan.publishedVersion}>
                {plan.versions.map((v) => (
                  <option key={v.version} value={v.version}>
                    Version {v.version}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <button className="nhsuk-button nhsuk-button--secondary" type="submit">
            Compare
          </button>
        </form>
      )}
    </>
  );
}
