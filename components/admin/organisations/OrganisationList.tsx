import Link from "next/link";
import { formatDate } from "@/lib/domain/london-time";
import { organisationBlock, organisationKindLabels, type OrganisationKind } from "@/lib/domain/organisations";
import { PAGE_SIZE, type Paged } from "@/lib/domain/pagination";
import type { OrganisationListRow } from "@/lib/server/organisations/manage";
import { ResponsiveTable } from "../../nhs/ResponsiveTable";

/** Whether its staff may sign in, in words: the rule of lib/domain/organisations.ts. */
export function organisationState(org: { status: string; sharingAgreementSignedOn: Date | null }): { text: string; colour: string } {
  const block = organisationBlock(org);
  if (block === "suspended") return { text: "Suspended", colour: "red" };
  if (block === "no-agreement") return { text: "No sharing agreement", colour: "yellow" };
  return { text: "Active", colour: "green" };
}

export function OrganisationList({ page }: { page: Paged<OrganisationListRow> }) {
  const { rows } = page;
  if (rows.length === 0) return <p role="status">{page.page === 1 ? "No organisations match." : "No more organisations match."}</p>;
  const first = (page.page - 1) * PAGE_SIZE + 1;
  return (
    <ResponsiveTable
      caption={`Organisations ${first} to ${first + rows.length - 1}, by name`}
      headers={["Name", "ODS code", "Kind", "Parent ICB", "Sharing agreement", "State"]}
      rows={rows.map((o) => {
        const state = organisationState(o);
        return {
          key: o.id,
          cells: [
            <Link key="name" href={`/admin/organisations/${o.id}`}>
              {o.name}
            </Link>,
            o.odsCode,
            organisationKindLabels[o.kind as OrganisationKind],
            o.parentIcb ? `${o.parentIcb.name} (${o.parentIcb.odsCode})` : "None",
            o.sharingAgreementSignedOn ? `Signed ${formatDate(o.sharingAgreementSignedOn)}` : "Not signed",
            <strong key="state" className={`nhsuk-tag nhsuk-tag--${state.colour}`}>
              {state.text}
            </strong>,
          ],
        };
      })}
    />
  );
}
