import type { ProofingLevel } from "./nhs-login";

/**
 * What was asked of the identity provider must be what came back: a provider (or anyone in
 * between) answering with a weaker authentication or proofing than asked is refused.
 */

/** CIS2: AAL2 or AAL3 authenticators (smartcard, Windows Hello, security key...), never AAL1 (password only). */
export const CIS2_ACR_VALUES = "AAL2_OR_AAL3_ANY";

/** The returned `acr` names an AAL2 or AAL3 family: AAL2_ANY, AAL3_ANY, AAL2_OR_AAL3_ANY, AAL3_SCAL... */
export function cis2AcrAccepted(acr: unknown): boolean {
  return typeof acr === "string" && /^AAL[23]_[A-Z0-9_]{1,40}$/.test(acr);
}

/** NHS login vectors of trust we ask for: P9 or P5 proofing, each with a strong authentication. */
export const NHS_LOGIN_VECTORS_OF_TRUST = ["P9.Cp.Cd", "P9.Cp.Ck", "P9.Cm", "P5.Cp.Cd", "P5.Cp.Ck", "P5.Cm"] as const;

/**
 * The returned `vot` must be one we asked for, and its proofing level must be the one the
 * `identity_proofing_level` claim states: a P5 vector with a "P9" claim is not a P9 session.
 */
export function nhsLoginVotAccepted(vot: unknown, identityProofingLevel: unknown): boolean {
  if (typeof vot !== "string" || !(NHS_LOGIN_VECTORS_OF_TRUST as readonly string[]).includes(vot)) return false;
  const level = vot.slice(0, 2) as ProofingLevel;
  return identityProofingLevel === level;
}
