import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { OrganisationList } from "@/components/admin/organisations/OrganisationList";
import { Pagination } from "@/components/nhs/Pagination";
import { TextInput } from "@/components/nhs/TextInput";
import { titled } from "@/lib/domain/page-title";
import { pageFromQuery } from "@/lib/domain/pagination";
import { listOrganisations } from "@/lib/server/organisations/manage";
import { checkedParams, forPage, pageParams, signedInCaller } from "@/lib/server/page";

export const metadata: Metadata = titled("Organisations");

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function OrganisationsPage({ searchParams }: { searchParams: Search }) {
  const raw = await searchParams;
  const { q } = await checkedParams(Promise.resolve(raw), z.object({ q: pageParams.queryText }));
  const page = pageFromQuery(raw.page);
  const caller = await signedInCaller("/admin/organisations");
  // A search too long or with control characters is cut and cleaned rather than refused: it is only a filter.
  const query = (q ?? "")
    .replace(/\p{Cc}/gu, "")
    .trim()
    .slice(0, 100);
  const found = await forPage(() => listOrganisations(caller, { query, page }), "/admin/organisations");
  const params = new URLSearchParams(query ? { q: query } : {});
  return (
    <>
      <h1>Organisations</h1>
      <p>
        Every organisation whose staff or systems use the service. Staff can sign in only while their organisation is active and has signed the data sharing
        agreement.
      </p>
      <p>
        <Link className="nhsuk-button nhsuk-u-margin-bottom-2" href="/admin/organisations/new">
          Add an organisation
        </Link>{" "}
        <Link className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-2" href="/admin/organisations/import">
          Import from a CSV file
        </Link>
      </p>
      <form method="get" action="/admin/organisations" role="search" noValidate>
        <TextInput id="q" name="q" label="Search by name or ODS code" defaultValue={query} widthClass="nhsuk-input--width-20" />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Search
        </button>
      </form>
      <OrganisationList page={found} />
      <Pagination path="/admin/organisations" query={params} page={found.page} hasNext={found.hasNext} label="Pages of organisations" />
    </>
  );
}
