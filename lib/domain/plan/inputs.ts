import { z } from "zod";
import { recordId } from "../inputs";
import { plainText } from "../text";
import { draftSchema, sectionKeys } from "./schema";

/** The input of each plan use case (lib/server/plans, lib/server/views): forms, pages and the API send these. */

/** A revision of the draft: a save must name the one it was based on. */
const draftRevision = z.number().int().min(0);
/** A published version (0: none yet). */
const baseVersion = z.number().int().min(0);
const version = z.coerce.number().int().min(1);

export const saveDraftInput = z.object({ planId: recordId, draftRevision, draft: draftSchema });

/** One section of the draft; `loaded` is the section as the form loaded it (for merging a crossed save). */
export const saveSectionInput = z.object({
  planId: recordId,
  section: z.enum(sectionKeys),
  draftRevision,
  baseVersion,
  loaded: z.unknown(),
  values: z.unknown(),
});
export type SaveSectionInput = z.input<typeof saveSectionInput>;

export const publishInput = z
  .object({
    planId: recordId,
    /** The published version the checked draft was based on. */
    baseVersion,
    /** The draft revision the person checked: a save after it means they have not seen it. */
    draftRevision,
    changeSummary: plainText("Summary of changes", 1000).default(""),
  })
  .superRefine((v, ctx) => {
    if (v.baseVersion > 0 && v.changeSummary === "") {
      ctx.addIssue({ code: "custom", path: ["changeSummary"], message: "Enter a summary of what changed in this version" });
    }
  });
export type PublishInput = z.input<typeof publishInput>;

export const cancelPlanInput = z.object({
  planId: recordId,
  reason: plainText("Reason", 1000).pipe(z.string().min(1, "Enter why the plan is being cancelled")),
});
export type CancelPlanInput = z.input<typeof cancelPlanInput>;

export const rebaseDraftInput = z.object({ planId: recordId, draftRevision });

/** Two published versions of a patient's plan, compared (the pages address plans by their patient). */
export const compareVersionsInput = z.object({ patientId: recordId, from: version, to: version });

export const planViewInput = z.object({
  patientId: recordId,
  /** The version the reader had on screen: the view then says what changed since. */
  changedFrom: version.optional(),
});

/** Why a live-update stream reads the plan's state: it opened, a change was announced, or it listens again. */
const watchTriggers = ["open", "change", "reconnect"] as const;
export const watchPlanInput = z.object({ patientId: recordId, trigger: z.enum(watchTriggers).default("open") });
