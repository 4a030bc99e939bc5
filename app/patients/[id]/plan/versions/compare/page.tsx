import type { Metadata } from "next";
import { z } from "zod";
import Link from "next/link";
import { ChangeList } from "@/components/plan/ChangeList";
import { titled } from "@/lib/domain/page-title";
import { formatDate } from "@/lib/domain/london-time";
import { checkedParams, forPage, pageParams, signedInCaller } from "@/lib/server/page";
import { compareVersions } from "@/lib/server/plans/versions";

export const metadata: Metadata = titled("Compare versions");

export default async function CompareVersionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string | string[]; to?: string | string[] }>;
}) {
  const { id } = await checkedParams(params, pageParams.patient);
  const { from, to } = await checkedParams(searchParams, z.object({ from: pageParams.queryText, to: pageParams.queryText }));
  const base = `/patients/${encodeURIComponent(id)}/plan/versions`;
  const path = `${base}/compare?from=${encodeURIComponent(from ?? "")}&to=${encodeURIComponent(to ?? "")}`;
  const caller = await signedInCaller(path);
  const compared = await forPage(() => compareVersions.fromUntrusted(caller, { patientId: id, from, to }), path);
  return (
    <>
      <Link className="nhsuk-back-link" href={base}>
        Back to version history
      </Link>
      <h1>
        Changes from version {compared.from.version} to version {compared.to.version}
      </h1>
      <p>
        Version {compared.from.version}: {formatDate(compared.from.publishedAt)} by {compared.from.author.name}. Version {compared.to.version}:{" "}
        {formatDate(compared.to.publishedAt)} by {compared.to.author.name} ({compared.to.changeSummary}).
      </p>
      <ChangeList changes={compared.changes} empty="Nothing changed between these versions." />
    </>
  );
}
