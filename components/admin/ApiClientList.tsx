"use client";

import { format } from "date-fns";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { revokeApiClientAction } from "@/app/admin/api-clients/actions";
import { ResponsiveTable } from "@/components/nhs/ResponsiveTable";
import { isRole, roleLabels } from "@/lib/domain/roles";
import type { ApiClientSummary } from "@/lib/server/api-clients/store";

const when = (d: Date | null) => (d ? format(d, "d MMM yyyy HH:mm") : "Never");

/** Registered clients, newest first; revoking asks once more, as systems stop working at once. */
export function ApiClientList({ clients }: { clients: ApiClientSummary[] }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const revoke = async (id: string) => {
    const result = await revokeApiClientAction(id).catch(() => null);
    setConfirming(null);
    if (!result?.ok) return setError(result?.message ?? "The request could not be sent. Try again");
    setError(null);
    router.refresh();
  };

  if (clients.length === 0) return <p>No API clients are registered.</p>;
  return (
    <>
      {error && (
        <div className="nhsuk-error-summary" role="alert">
          <h2 className="nhsuk-error-summary__title">{error}</h2>
        </div>
      )}
      <ResponsiveTable
        caption="Registered clients"
        headers={["Name", "Role", "Organisation", "Token starts", "Created", "Last used", "Status"]}
        rows={clients.map((c) => ({
          key: c.id,
          cells: [
            c.name,
            isRole(c.role) ? roleLabels[c.role] : c.role,
            `${c.organisationName} (${c.odsCode})`,
            <code key="t">{c.tokenPrefix}…</code>,
            when(c.createdAt),
            when(c.lastUsedAt),
            c.revokedAt ? (
              `Revoked ${when(c.revokedAt)}`
            ) : confirming === c.id ? (
              <span key="s">
                Systems using it stop working at once.{" "}
                <button type="button" className="nhsuk-button nhsuk-button--warning nhsuk-u-margin-bottom-0" onClick={() => void revoke(c.id)}>
                  Yes, revoke {c.name}
                </button>{" "}
                <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" onClick={() => setConfirming(null)}>
                  Cancel
                </button>
              </span>
            ) : (
              <span key="s">
                Active{" "}
                <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" onClick={() => setConfirming(c.id)}>
                  Revoke<span className="nhsuk-u-visually-hidden"> {c.name}</span>
                </button>
              </span>
            ),
          ],
        }))}
      />
    </>
  );
}
