"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ className = "nhsuk-header__account-button" }: { className?: string }) {
  return (
    <button type="button" className={className} onClick={() => signOut({ callbackUrl: "/signout" })}>
      Sign out
    </button>
  );
}
