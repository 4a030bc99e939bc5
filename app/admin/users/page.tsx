import type { Metadata } from "next";
import Link from "next/link";
import { UserList } from "@/components/admin/UserList";
import { SelectField } from "@/components/admin/people/SelectField";
import { ErrorSummary } from "@/components/nhs/ErrorSummary";
import { Pagination } from "@/components/nhs/Pagination";
import { TextInput } from "@/components/nhs/TextInput";
import { titled } from "@/lib/domain/page-title";
import { PAGE_SIZE, pageFromQuery, type Paged } from "@/lib/domain/pagination";
import { roleLabels, roles } from "@/lib/domain/roles";
import { userSearchInput } from "@/lib/domain/user-accounts";
import { isAppError, type FieldErrors } from "@/lib/server/errors";
import { forPage, signedInCaller } from "@/lib/server/page";
import { listUsers } from "@/lib/server/users";

type Search = Promise<Record<string, string | string[] | undefined>>;
const filters = ["q", "odsCode", "role", "status"] as const;

function criteria(raw: Record<string, string | string[] | undefined>) {
  const one = (k: string) => (typeof raw[k] === "string" ? (raw[k] as string) : "");
  return { ...Object.fromEntries(filters.map((k) => [k, one(k)])), page: pageFromQuery(raw.page) } as Record<(typeof filters)[number], string> & {
    page: number;
  };
}

export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  return titled("User accounts", { error: !userSearchInput.safeParse(criteria(await searchParams)).success });
}

export default async function UsersPage({ searchParams }: { searchParams: Search }) {
  const asked = criteria(await searchParams);
  const caller = await signedInCaller("/admin/users");
  const service = caller.actor.role === "ADMIN";
  let users: Paged<Awaited<ReturnType<typeof listUsers>>["rows"][number]> = { rows: [], page: 1, hasNext: false };
  let errors: FieldErrors = {};
  try {
    users = await forPage(() => listUsers.fromUntrusted(caller, asked), "/admin/users", { asks: [...filters] });
  } catch (e) {
    if (!isAppError(e) || e.code !== "INVALID") throw e;
    errors = e.fieldErrors;
  }
  const query = new URLSearchParams(filters.flatMap((k) => (asked[k] ? [[k, asked[k]]] : [])));
  const first = (users.page - 1) * PAGE_SIZE + 1;
  const caption = users.rows.length ? `People ${first} to ${first + users.rows.length - 1}, by name` : "No one matches";
  return (
    <>
      <ErrorSummary errors={Object.entries(errors).map(([k, text]) => ({ href: `#${k}`, text }))} />
      <h1>User accounts</h1>
      {!service && <p>People of {caller.actor.organisationName}. You can add and manage accounts of your own organisation only.</p>}
      <ul className="nhsuk-list">
        <li>
          <Link href="/admin/users/new">Add a person</Link>
        </li>
        <li>
          <Link href="/admin/users/import">Import people from a CSV file</Link>
        </li>
      </ul>
      <form method="get" action="/admin/users" noValidate>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <TextInput id="q" name="q" label="Name or email address" defaultValue={asked.q} error={errors.q} />
          </div>
          {service && (
            <div className="nhsuk-grid-column-one-half">
              <TextInput id="odsCode" name="odsCode" label="Organisation ODS code" defaultValue={asked.odsCode} error={errors.odsCode} code />
            </div>
          )}
        </div>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <SelectField
              id="role"
              name="role"
              label="Role"
              placeholder="Any role"
              options={roles.map((r) => ({ value: r, label: roleLabels[r] }))}
              defaultValue={asked.role}
              error={errors.role}
            />
          </div>
          <div className="nhsuk-grid-column-one-half">
            <SelectField
              id="status"
              name="status"
              label="Status"
              placeholder="Active or deactivated"
              options={[
                { value: "active", label: "Active" },
                { value: "deactivated", label: "Deactivated" },
              ]}
              defaultValue={asked.status}
              error={errors.status}
            />
          </div>
        </div>
        <button className="nhsuk-button" type="submit">
          Search
        </button>
      </form>
      <UserList users={users.rows} caption={caption} />
      <Pagination path="/admin/users" query={query} page={users.page} hasNext={users.hasNext} label="Pages of user accounts" />
    </>
  );
}
