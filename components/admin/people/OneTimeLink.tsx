"use client";

import { useState } from "react";
import { issuePasswordResetAction } from "@/lib/actions/people";
import { Card } from "@/components/nhs/Card";
import { ErrorSummary } from "@/components/nhs/ErrorSummary";
import { formatDateTime } from "@/lib/domain/london-time";
import type { IssuedResetLink } from "@/lib/server/people/issue-password-reset";

/** Makes a one-time link to set a password and shows it here once: only its hash is kept. */
export function OneTimeLink({ userId, name, openLinkExpires }: { userId: string; name: string; openLinkExpires: Date | null }) {
  const [issued, setIssued] = useState<IssuedResetLink | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const issue = async () => {
    setBusy(true);
    const result = await issuePasswordResetAction({ userId }).catch(() => null);
    setBusy(false);
    if (!result?.ok) return setError(result?.message ?? "The request could not be sent. Try again");
    setError(null);
    setIssued(result.result);
  };
  return (
    <>
      <ErrorSummary errors={error ? [{ href: "#issue-link", text: error }] : []} />
      {issued && (
        <Card variant="feature" role="status" heading={`One-time link for ${name}`}>
          <p>
            Copy this link now and give it to {name} securely: it will not be shown again. It works once, until {formatDateTime(issued.expiresAt)}. Making
            another link stops this one.
          </p>
          <p>
            <code className="ucp-token" data-testid="reset-link">
              {issued.url}
            </code>
          </p>
        </Card>
      )}
      {!issued && openLinkExpires && <p>A link made earlier works until {formatDateTime(openLinkExpires)}. A new link stops it.</p>}
      <button id="issue-link" type="button" className="nhsuk-button nhsuk-button--secondary" disabled={busy} onClick={() => void issue()}>
        Make a one-time link to set a password
      </button>
    </>
  );
}
