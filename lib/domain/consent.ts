import { z } from "zod";
import { recordId } from "./inputs";
import { consentBases } from "./plan/value-sets";
import { plainText } from "./text";

/** Consent to share the plan: withdrawing it, and giving it again (docs/domain.md "Consent to share"). */
export const withdrawSharingInput = z.object({
  patientId: recordId,
  /** Optional: the person need not say why. */
  reason: plainText("Reason", 1000).optional(),
});
export type WithdrawSharingInput = z.input<typeof withdrawSharingInput>;

export const restoreSharingInput = z.object({
  patientId: recordId,
  /** The basis for sharing again: the person's own decision is always explicit consent (the use case decides). */
  basis: z.enum(consentBases.codes, { error: "Select how the person agreed to share their plan" }),
  notes: plainText("Notes", 1000).optional(),
});
export type RestoreSharingInput = z.input<typeof restoreSharingInput>;

/** The database's ConsentBasis for each answer of consentBases. */
export const consentBasisCodes = { "explicit-consent": "EXPLICIT_CONSENT", lpa: "LASTING_POWER_OF_ATTORNEY", "best-interests": "BEST_INTERESTS" } as const;
