import { z } from "zod";
import { isValidNhsNumber, normaliseNhsNumber } from "../nhs-number";

/**
 * NHS login claims -> what a patient may see. Health records need identity proofing at P9
 * (checked against photo ID and the NHS record); at P5 or P0 the NHS number is not verified,
 * so we must neither show a plan nor say whether one exists.
 */
export type ProofingLevel = "P0" | "P5" | "P9";

export const nhsLoginClaimsSchema = z.object({
  sub: z.string().min(1).max(200),
  nhs_number: z.string().max(20).optional(),
  identity_proofing_level: z.string().max(10).optional(),
  given_name: z.string().max(200).optional(),
  family_name: z.string().max(200).optional(),
  birthdate: z.string().max(20).optional(),
  email: z.string().max(254).optional(),
});
type NhsLoginClaims = z.infer<typeof nhsLoginClaimsSchema>;

type NhsLoginDecision =
  | { kind: "verified"; nhsNumber: string; birthdate: string | null }
  | { kind: "unverified"; proofingLevel: Exclude<ProofingLevel, "P9"> }
  | { kind: "refused"; reason: "nhs-number-missing" };

/** A missing or unknown proofing level counts as the lowest: never assume P9. */
export function proofingLevel(value: string | undefined): ProofingLevel {
  return value === "P9" || value === "P5" ? value : "P0";
}

export function decideNhsLogin(claims: NhsLoginClaims): NhsLoginDecision {
  const level = proofingLevel(claims.identity_proofing_level);
  if (level !== "P9") return { kind: "unverified", proofingLevel: level };
  const nhsNumber = claims.nhs_number ? normaliseNhsNumber(claims.nhs_number) : "";
  if (!isValidNhsNumber(nhsNumber)) return { kind: "refused", reason: "nhs-number-missing" };
  const birthdate = claims.birthdate && /^\d{4}-\d{2}-\d{2}$/.test(claims.birthdate) ? claims.birthdate : null;
  return { kind: "verified", nhsNumber, birthdate };
}

/** Display name from NHS login's name claims. */
export function nhsLoginName(claims: NhsLoginClaims): string {
  return [claims.given_name, claims.family_name].filter(Boolean).join(" ").trim().slice(0, 200) || "NHS login user";
}
