"use client";

import Link from "next/link";
import { useState } from "react";
import { setPasswordAction } from "@/lib/actions/people";
import { ErrorSummary } from "@/components/nhs/ErrorSummary";
import { PasswordInput } from "@/components/nhs/PasswordInput";
import { useActionForm } from "@/components/nhs/useActionForm";
import { MIN_PASSWORD_LENGTH, setPasswordInput } from "@/lib/domain/user-accounts";

const fields = { password: "password", confirmPassword: "confirmPassword", token: "password" };

/** Sets a password with a one-time link; then the person signs in with it. */
export function SetPasswordForm({ token }: { token: string }) {
  const [values, setValues] = useState({ password: "", confirmPassword: "" });
  const [done, setDone] = useState(false);
  const form = useActionForm({ schema: setPasswordInput, action: setPasswordAction, fields, onSuccess: () => setDone(true) });
  if (done) {
    return (
      <div role="status">
        <p>Your password is set. Any other session of yours has been signed out.</p>
        <p>
          <Link className="nhsuk-button" href="/signin">
            Sign in
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form noValidate onSubmit={form.onSubmit(() => ({ token, ...values }))}>
      <ErrorSummary errors={form.summary} />
      <PasswordInput
        id="password"
        label="New password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong one. Not your email address`}
        autoComplete="new-password"
        error={form.errors.password}
        value={values.password}
        onChange={(e) => setValues((v) => ({ ...v, password: e.target.value }))}
      />
      <PasswordInput
        id="confirmPassword"
        label="Confirm new password"
        autoComplete="new-password"
        error={form.errors.confirmPassword}
        value={values.confirmPassword}
        onChange={(e) => setValues((v) => ({ ...v, confirmPassword: e.target.value }))}
      />
      <button className="nhsuk-button" type="submit" disabled={form.busy}>
        Set password
      </button>
    </form>
  );
}
