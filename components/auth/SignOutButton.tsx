"use client";

import { signOut } from "next-auth/react";
import { clearLocalCopies } from "@/components/plan/useLocalCopy";

export function SignOutButton({ className = "nhsuk-header__account-button" }: { className?: string }) {
  const onClick = () => {
    // Unsaved answers kept in this tab must not be offered to whoever signs in next.
    clearLocalCopies();
    void signOut({ callbackUrl: "/signout" });
  };
  return (
    <button type="button" className={className} onClick={onClick}>
      Sign out
    </button>
  );
}
