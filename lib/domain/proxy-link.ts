import { z } from "zod";
import { recordId } from "./inputs";
import { plainText } from "./text";

/** Why someone may act for a person (the ProxyBasis enum of the database), as people read it. */
export const proxyBases = [
  { code: "LASTING_POWER_OF_ATTORNEY", label: "Lasting power of attorney for health and welfare", hint: "Registered with the Office of the Public Guardian" },
  { code: "PARENT", label: "Parent of a child", hint: "Someone with parental responsibility for a child" },
  { code: "NOMINATED_CARER", label: "A carer the person has chosen", hint: "The person asked for them to see their plan" },
] as const;

export type ProxyBasis = (typeof proxyBases)[number]["code"];

export function proxyBasisLabel(basis: string): string {
  return proxyBases.find((b) => b.code === basis)?.label ?? basis;
}

/** Evidence an author must have seen before recording a link on this basis (a patient's own nomination needs none). */
export function needsEvidence(basis: ProxyBasis): boolean {
  return basis !== "NOMINATED_CARER";
}

const accountEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter their email address in the correct format, like name@example.com").max(254, "Email address must be 254 characters or fewer"));

/**
 * Recording who may act for a person: an author (with the evidence they saw for a lasting power
 * of attorney or a parent) or the person themselves (a carer they nominate). The account is
 * found by its email: the one the person signs in with (a local account or NHS login).
 */
export const recordProxyLinkInput = z
  .object({
    patientId: recordId,
    email: accountEmail,
    basis: z.enum(proxyBases.map((b) => b.code) as [ProxyBasis, ...ProxyBasis[]], "Select why they can act for the person"),
    relationship: plainText("Relationship", 100).pipe(z.string().min(1, "Enter how they are related, for example daughter or husband")),
    evidence: plainText("Evidence seen", 500).optional(),
  })
  .superRefine((v, ctx) => {
    if (needsEvidence(v.basis) && !v.evidence)
      ctx.addIssue({ code: "custom", path: ["evidence"], message: "Enter the evidence you have seen, for example the OPG registration reference" });
  });
export type RecordProxyLinkInput = z.input<typeof recordProxyLinkInput>;

/** The person nominates a carer from their own view: no basis to choose, no evidence. */
export const nominateCarerInput = z.object({
  patientId: recordId,
  email: accountEmail,
  relationship: plainText("Relationship", 100).pipe(z.string().min(1, "Enter how they are related to you, for example daughter or friend")),
});
export type NominateCarerInput = z.input<typeof nominateCarerInput>;

/** Ending a link: by the person or an author, always with a reason. */
export const endProxyLinkInput = z.object({
  patientId: recordId,
  linkId: recordId,
  reason: plainText("Reason", 500).pipe(z.string().min(1, "Enter why their access is ending")),
});
export type EndProxyLinkInput = z.input<typeof endProxyLinkInput>;
