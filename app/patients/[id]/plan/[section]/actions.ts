"use server";

import type { ActionResult } from "@/lib/action-result";
import type { SectionKey } from "@/lib/domain/plan";
import { runAction } from "@/lib/server/action";
import { saveDraftSection, type SectionSaveOutcome } from "@/lib/server/plans/save-section";

export interface SaveSectionInput {
  planId: string;
  section: SectionKey;
  draftRevision: number;
  baseVersion: number;
  loaded: unknown;
  values: unknown;
}

/** Saves one section of the draft; the form keeps its answers whatever the outcome. */
export async function saveSectionAction(input: SaveSectionInput): Promise<ActionResult<SectionSaveOutcome>> {
  return runAction((caller) => saveDraftSection(caller, input));
}
