import type { Metadata } from "next";
import { z } from "zod";
import { redirect } from "next/navigation";
import { titled } from "@/lib/domain/page-title";
import { safeCallbackPath } from "@/lib/domain/safe-redirect";
import { IdentitySignIn } from "@/components/auth/IdentitySignIn";
import { SignInForm } from "@/components/auth/SignInForm";
import { identityConfig } from "@/lib/server/auth/identity-config";
import { CIS2, NHS_LOGIN } from "@/lib/server/auth/nhs-identity-providers";
import { organisationUnavailablePath } from "@/lib/server/auth/organisation-block";
import { checkedParams, pageParams } from "@/lib/server/page";
import { currentCaller } from "@/lib/server/session";

/** next-auth's error codes after a failed sign-in through an identity provider. */
function providerError(code: string | undefined): string | null {
  if (!code || code === "CredentialsSignin" || code === "SessionRequired") return null;
  // OAuthCallback: the provider's answer failed validation (ID token for another service,
  // expired, bad signature, state or PKCE mismatch) or the exchange itself failed.
  if (code === "OAuthCallback" || code === "Callback") {
    return "Your sign-in could not be checked, so you have not been signed in. Try again. If this keeps happening, contact your IT service desk";
  }
  if (code === "OAuthSignin") return "The sign-in service could not be reached. Try again in a few minutes";
  return "You could not be signed in. Try again";
}

type Search = Promise<Record<string, string | string[] | undefined>>;
const signInQuery = z.object({ callbackUrl: pageParams.queryText, error: pageParams.queryText });

export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  const { error } = await checkedParams(searchParams, signInQuery);
  return titled("Sign in to Universal Care Plan", { error: !!providerError(error) });
}

export default async function SignInPage({ searchParams }: { searchParams: Search }) {
  const params = await checkedParams(searchParams, signInQuery);
  const { actor, organisationBlock } = await currentCaller();
  if (actor) redirect(safeCallbackPath(params.callbackUrl));
  // Still holding a session of an organisation that may not use the service now: say why, not "sign in".
  if (organisationBlock) redirect(await organisationUnavailablePath(organisationBlock));
  const identity = identityConfig();
  const callbackUrl = params.callbackUrl ?? null;
  const withIdentities = !!(identity.cis2 || identity.nhsLogin);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Sign in to Universal Care Plan</h1>
        {identity.cis2 && (
          <>
            <h2>Health and care staff</h2>
            <p>Sign in with your NHS smartcard or another Care Identity Service authenticator, and choose the role you are working in.</p>
            <IdentitySignIn providerId={CIS2} label="Sign in with Care Identity Service" callbackUrl={callbackUrl} />
          </>
        )}
        {identity.nhsLogin && (
          <>
            <h2>Patients</h2>
            <p>Read your own care plan using the NHS login you use for the NHS App.</p>
            <IdentitySignIn providerId={NHS_LOGIN} label="Continue to NHS login" callbackUrl={callbackUrl} nhsLogin />
          </>
        )}
        {withIdentities && <h2>Email and password</h2>}
        <p>Use the email address and password for your Universal Care Plan account.</p>
        <SignInForm callbackUrl={callbackUrl} providerError={providerError(params.error)} />
      </div>
    </div>
  );
}
