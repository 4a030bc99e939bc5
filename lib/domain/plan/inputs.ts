import { z } from "zod";
import { recordId } from "../inputs";
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
