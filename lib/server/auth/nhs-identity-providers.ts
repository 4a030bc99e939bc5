import type { User } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { Client, TokenSet, TokenSetParameters } from "openid-client";
import { CIS2_ACR_VALUES, NHS_LOGIN_VECTORS_OF_TRUST } from "@/lib/domain/identity/assurance";
import type { Cis2Config, NhsLoginConfig } from "./identity-config";

/** Provider ids: also the `identityProvider` stored on users and the callback path segment. */
export const CIS2 = "cis2";
export const NHS_LOGIN = "nhs-login";
export type IdentityProviderId = typeof CIS2 | typeof NHS_LOGIN;

const cis2Scopes = "openid profile email nhsperson associatedorgs nationalrbacaccess professionalmemberships organisationalmemberships selectedrole";
const nhsLoginScopes = "openid profile email phone";

const nhsLoginVectorsOfTrust = JSON.stringify(NHS_LOGIN_VECTORS_OF_TRUST);

type Claims = Record<string, unknown> & { sub: string };

/**
 * ID token claims (already validated by openid-client: signature, iss, aud, exp, nonce) plus
 * userinfo, which next-auth does not fetch when `idToken` is on but where CIS2 puts the roles
 * and NHS login the proofing level. openid-client refuses userinfo for another `sub`. The
 * signed ID token wins where both carry a claim.
 */
export async function identityClaims(client: Client, tokens: TokenSetParameters): Promise<Claims> {
  // next-auth types these as plain parameters, but hands over openid-client's TokenSet.
  const set = tokens as TokenSet;
  const idToken = set.claims();
  const userinfo = await client.userinfo(set);
  return { ...userinfo, ...idToken } as Claims;
}

/** The account is filled in by the signIn callback (link-identity); until then only the subject is known. */
function profile(claims: Claims): User {
  return { id: claims.sub } as User;
}

const common = {
  type: "oauth" as const,
  idToken: true,
  // state against CSRF on the callback, PKCE against code interception, nonce against ID token replay.
  checks: ["pkce", "state", "nonce"] as ("pkce" | "state" | "nonce")[],
  userinfo: { request: ({ client, tokens }: { client: Client; tokens: TokenSetParameters }) => identityClaims(client, tokens) },
  profile,
};

export function cis2Provider(config: Cis2Config): OAuthConfig<Claims> {
  return {
    ...common,
    id: CIS2,
    name: "NHS Care Identity Service 2",
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    client: { token_endpoint_auth_method: "client_secret_post", id_token_signed_response_alg: "RS256" },
    // AAL2 or AAL3: smartcard or another strong authenticator, as CIS2 asks of services with
    // patient data. The acr that comes back is checked in link-identity.
    authorization: { params: { scope: cis2Scopes, acr_values: CIS2_ACR_VALUES } },
  };
}

export function nhsLoginProvider(config: NhsLoginConfig): OAuthConfig<Claims> {
  return {
    ...common,
    id: NHS_LOGIN,
    name: "NHS login",
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: config.clientId,
    // NHS login: no client secret; the client proves itself with a JWT signed by its private key (RS512).
    client: { token_endpoint_auth_method: "private_key_jwt", token_endpoint_auth_signing_alg: "RS512", id_token_signed_response_alg: "RS512" },
    jwks: { keys: [config.privateJwk] },
    // Accept P5 as well as P9 (vectors of trust), so a person not yet proofed to P9 gets our
    // explanation of how to get there rather than NHS login's refusal; P9 alone reads records.
    authorization: { params: { scope: nhsLoginScopes, vtr: nhsLoginVectorsOfTrust } },
    token: {
      // NHS login wants the client assertion's audience to be its token endpoint (openid-client
      // uses the issuer by default), so the code exchange is done here with that one change.
      async request({ client, params, checks, provider }) {
        const tokens = await client.callback(provider.callbackUrl, params, checks, {
          clientAssertionPayload: { aud: client.issuer.metadata.token_endpoint },
        });
        return { tokens };
      },
    },
  };
}
