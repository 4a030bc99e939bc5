"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { safeCallbackPath } from "@/lib/domain/safe-redirect";

/** Starts sign-in with an NHS identity provider: next-auth sends the browser to it. */
export function IdentitySignIn({ providerId, label, callbackUrl }: { providerId: string; label: string; callbackUrl: string | null }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      className="nhsuk-button"
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
