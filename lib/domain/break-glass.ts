import { z } from "zod";
import { recordId } from "./inputs";
import { plainText } from "./text";

/** The reason typed or picked on the break-glass form (audited, and shown to the person). */
export const accessReasonInput = plainText("Reason", 500).pipe(z.string().min(1, "Enter why you need to see this plan"));

/** Showing the break-glass form: for which patient, and the page the person was trying to reach. */
export const accessReasonPromptInput = z.object({ patientId: recordId, returnTo: z.string().max(500) });

/** Why the form came back, as a code in the address (never free text from the address). */
export const reasonErrors = {
  missing: "Select or describe why you need to see this plan",
  invalid: "Describe the reason in 500 characters or fewer, typed rather than pasted",
} as const;
export type ReasonErrorCode = keyof typeof reasonErrors;

/** The form's two ways of giving a reason: a typed one wins over a picked one. The action and the form both read it so. */
type GivenReason = { reason: string } | { error: ReasonErrorCode; field: "reason" | "reasonText" };

export function accessReasonFrom(form: { reason: string; reasonText: string }): GivenReason {
  const typed = form.reasonText.trim();
  if (!typed && !form.reason.trim()) return { error: "missing", field: "reason" };
  const parsed = accessReasonInput.safeParse(typed || form.reason);
  return parsed.success ? { reason: parsed.data } : { error: "invalid", field: typed ? "reasonText" : "reason" };
}

/** The same, as the schema the form checks with before posting. */
export const accessReasonForm = z.object({ reason: z.string(), reasonText: z.string() }).superRefine((v, ctx) => {
  const given = accessReasonFrom(v);
  if ("error" in given) ctx.addIssue({ code: "custom", path: [given.field], message: reasonErrors[given.error] });
});

const PATIENT_PAGE = /^\/patients\/[0-9a-f-]{36}(\/[A-Za-z0-9_-]+)*(\?[A-Za-z0-9_=&%.,-]*)?$/;

/**
 * Where the break-glass form sends the person back to: only a page of the same patient on
 * this site (a relative path with plain characters), otherwise the patient's page.
 */
export function breakGlassReturnPath(patientId: string, raw: string | null | undefined): string {
  const home = `/patients/${patientId}`;
  if (!raw || raw.length > 500 || !PATIENT_PAGE.test(raw)) return home;
  return raw === home || raw.startsWith(`${home}/`) || raw.startsWith(`${home}?`) ? raw : home;
}
