"use client";

import { signIn } from "next-auth/react";
import { safeCallbackPath } from "@/lib/domain/safe-redirect";
import { useState, type FormEvent } from "react";
import { ErrorSummary, type ErrorItem } from "../nhs/ErrorSummary";
import { PasswordInput } from "../nhs/PasswordInput";
import { TextInput } from "../nhs/TextInput";

const messages = {
  invalid: "Enter a correct email address and password",
  throttled: "There have been too many failed attempts to sign in. Wait 15 minutes and try again, or ask your administrator to help",
  failed: "Sign in is not working at the moment. Try again in a few minutes",
};

/** `providerError`: why a sign-in through CIS2 or NHS login just failed, shown in the same error summary. */
export function SignInForm({ callbackUrl, providerError }: { callbackUrl: string | null; providerError?: string | null }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<{ email?: string; password?: string; form?: string }>(providerError ? { form: providerError } : {});
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = {
      email: email.trim() ? undefined : "Enter your email address",
      password: password ? undefined : "Enter your password",
    };
    if (found.email || found.password) return setErrors(found);
    setBusy(true);
    const result = await signIn("credentials", { email: email.trim(), password, redirect: false }).catch(() => null);
    if (result?.ok && !result.error) {
      window.location.assign(safeCallbackPath(callbackUrl));
      return;
    }
    // The organisation cannot use the service now: the server names the page that explains.
    if (result?.error?.startsWith("/signin/organisation-unavailable?")) {
      window.location.assign(result.error);
      return;
    }
    setBusy(false);
    setPassword("");
    const form = !result ? messages.failed : result.error === "Throttled" ? messages.throttled : messages.invalid;
    setErrors({ form });
  }

  const summary: ErrorItem[] = [
    errors.form && { href: "#email", text: errors.form },
    errors.email && { href: "#email", text: errors.email },
    errors.password && { href: "#password", text: errors.password },
  ].filter((e): e is ErrorItem => !!e);

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <TextInput
        id="email"
        name="email"
        type="email"
        label="Email address"
        autoComplete="username"
        spellCheck={false}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errors.email}
      />
      <PasswordInput
        id="password"
        name="password"
        label="Password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password}
      />
      <button className="nhsuk-button" type="submit" disabled={busy} aria-disabled={busy}>
        Sign in
      </button>
    </form>
  );
}
