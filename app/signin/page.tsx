import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/domain/safe-redirect";
import { SignInForm } from "@/components/auth/SignInForm";
import { currentCaller } from "@/lib/server/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const { actor } = await currentCaller();
  if (actor) redirect(safeCallbackPath(params.callbackUrl));
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Sign in to Universal Care Plan</h1>
        <p>Use the email address and password for your Universal Care Plan account.</p>
        <SignInForm callbackUrl={params.callbackUrl ?? null} />
      </div>
    </div>
  );
}
