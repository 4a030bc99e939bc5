"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { deactivateUserAction, reactivateUserAction } from "@/lib/actions/people";
import { ErrorSummary } from "@/components/nhs/ErrorSummary";

/** Deactivate (every session ends at once) or reactivate (a new sign-in is needed) the account. */
export function AccountSwitch({ userId, name, active }: { userId: string; name: string; active: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const act = async () => {
    setBusy(true);
    const result = await (active ? deactivateUserAction : reactivateUserAction)({ userId }).catch(() => null);
    setBusy(false);
    setConfirming(false);
    if (!result?.ok) return setError(result?.message ?? "The request could not be sent. Try again");
    setError(null);
    router.refresh();
  };
  return (
    <>
      <h2>{active ? "Deactivate account" : "Reactivate account"}</h2>
      <ErrorSummary errors={error ? [{ href: "#account-switch", text: error }] : []} />
      <p>
        {active
          ? `${name} is signed out everywhere at once and cannot sign in until the account is reactivated.`
          : `${name} cannot sign in. Reactivating lets them sign in again (their old sessions stay ended).`}
      </p>
      {active && confirming ? (
        <p>
          <button id="account-switch" type="button" className="nhsuk-button nhsuk-button--warning" disabled={busy} onClick={() => void act()}>
            Yes, deactivate {name}
          </button>{" "}
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </p>
      ) : (
        <button
          id="account-switch"
          type="button"
          className={`nhsuk-button ${active ? "nhsuk-button--warning" : "nhsuk-button--secondary"}`}
          disabled={busy}
          onClick={() => (active ? setConfirming(true) : void act())}
        >
          {active ? "Deactivate account" : "Reactivate account"}
        </button>
      )}
    </>
  );
}
