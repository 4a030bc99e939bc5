import { z } from "zod";
import { recordId } from "./inputs";
import { plainText } from "./text";

/** The reason typed or picked on the break-glass form (audited, and shown to the person). */
export const accessReasonInput = plainText("Reason", 500).pipe(z.string().min(1, "Enter why you need to see this plan"));

/** Showing the break-glass form: for which patient, and the page the person was trying to reach. */
export const accessReasonPromptInput = z.object({ patientId: recordId, returnTo: z.string().max(500) });

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
