"use client";

import { formatDateTime } from "@/lib/domain/london-time";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { revokeApiClientAction } from "@/lib/actions/api-clients";
import { Card } from "@/components/nhs/Card";
import { ErrorSummary } from "@/components/nhs/ErrorSummary";
import { ResponsiveTable } from "@/components/nhs/ResponsiveTable";
import { isRole, roleLabels } from "@/lib/domain/roles";
import type { ApiClientSummary, RotatedApiClient } from "@/lib/server/api-clients/store";
import { RotateApiClient } from "./RotateApiClient";

const when = (d: Date | null) => (d ? formatDateTime(d) : "Never");

/** Registered clients, newest first; revoking asks once more, as systems stop working at once. */
export function ApiClientList({ clients }: { clients: ApiClientSummary[] }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [rotated, setRotated] = useState<RotatedApiClient | null>(null);
  const onRotated = (r: RotatedApiClient) => {
    setError(null);
    setRotated(r);
    router.refresh();
  };

  const revoke = async (id: string) => {
    const result = await revokeApiClientAction({ id }).catch(() => null);
    setConfirming(null);
    if (!result?.ok) return setError(result?.message ?? "The request could not be sent. Try again");
    setError(null);
    router.refresh();
  };

  if (clients.length === 0) return <p>No API clients are registered.</p>;
  return (
    <>
      {rotated && (
        <Card variant="feature" role="status" heading={`New token for ${rotated.name}`}>
          <p>
            Copy this token now and store it securely: it will not be shown again. It expires on {when(rotated.expiresAt)}. The old token{" "}
            {rotated.previousTokenExpiresAt ? `works until ${when(rotated.previousTokenExpiresAt)}` : "no longer works"}.
          </p>
          <p>
            <code className="ucp-token" data-testid="new-token">
              {rotated.token}
            </code>
          </p>
        </Card>
      )}
      <ErrorSummary errors={error ? [{ href: "#api-clients", text: error }] : []} />
      <ResponsiveTable
        id="api-clients"
        caption="Registered clients"
        headers={["Name", "Role", "Organisation", "Token starts", "Created", "Last used", "Status"]}
        rows={clients.map((c) => ({
          key: c.id,
          cells: [
            c.name,
            isRole(c.role) ? roleLabels[c.role] : c.role,
            `${c.organisationName} (${c.odsCode})`,
            <code key="t">{c.tokenPrefix}…</code>,
            `${when(c.createdAt)} by ${c.createdBy}`,
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
                {c.expiresAt <= new Date() ? `Expired ${when(c.expiresAt)}` : `Active, expires ${when(c.expiresAt)}`}
                {c.previousTokenExpiresAt && c.previousTokenExpiresAt > new Date() ? ` (old token works until ${when(c.previousTokenExpiresAt)})` : ""}{" "}
                <RotateApiClient id={c.id} name={c.name} onRotated={onRotated} onError={setError} />{" "}
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
