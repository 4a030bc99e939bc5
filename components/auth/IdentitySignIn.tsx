"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { safeCallbackPath } from "@/lib/domain/safe-redirect";

/**
 * Starts sign-in with an NHS identity provider: next-auth sends the browser to it. NHS login's
 * button has its own style (10.x's login button, as NHS login's guidance asks of design-system services).
 */
export function IdentitySignIn(props: { providerId: string; label: string; callbackUrl: string | null; nhsLogin?: boolean }) {
  const { providerId, label, callbackUrl, nhsLogin } = props;
  const [busy, setBusy] = useState(false);
  return (
    <button
      className={`nhsuk-button${nhsLogin ? " nhsuk-button--login" : ""}`}
      type="button"
      disabled={busy}
      aria-disabled={busy}
      onClick={() => {
        setBusy(true);
        signIn(providerId, { callbackUrl: safeCallbackPath(callbackUrl) }).catch(() => setBusy(false));
      }}
    >
      {label}
    </button>
  );
}
