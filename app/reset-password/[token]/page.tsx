import type { Metadata } from "next";
import { headers } from "next/headers";
import { z } from "zod";
import { SetPasswordForm } from "@/components/auth/SetPasswordForm";
import { titled } from "@/lib/domain/page-title";
import { checkResetLink, RESET_LINK_UNUSABLE } from "@/lib/server/auth/password-reset";
import { isAppError } from "@/lib/server/errors";
import { checkedParams } from "@/lib/server/page";
import { requestInfo } from "@/lib/server/request-info";

export const metadata: Metadata = titled("Set your password");

/** The one-time link's page: anyone may open it; only a live link shows the form (checked again when it is sent). */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await checkedParams(params, z.object({ token: z.string().max(100) }));
  let person: { name: string; email: string } | null = null;
  try {
    person = await checkResetLink(token, requestInfo(await headers()));
  } catch (e) {
    if (!isAppError(e)) throw e;
  }
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Set your password</h1>
        {person ? (
          <>
            <p>
              For {person.name} ({person.email}). This link works once.
            </p>
            <SetPasswordForm token={token} />
          </>
        ) : (
          <p>{RESET_LINK_UNUSABLE}.</p>
        )}
      </div>
    </div>
  );
}
