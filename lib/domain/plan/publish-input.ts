import { z } from "zod";
import { recordId } from "../inputs";
import { plainText } from "../text";

/** What publishing sends: which draft revision was checked, and the summary of changes (required for a new version). */
export const publishInput = z
  .object({
    planId: recordId,
    /** The published version the checked draft was based on. */
    baseVersion: z.number().int().min(0),
    /** The draft revision the person checked: a save after it means they have not seen it. */
    draftRevision: z.number().int().min(0),
    changeSummary: plainText("Summary of changes", 1000).default(""),
  })
  .superRefine((v, ctx) => {
    if (v.baseVersion > 0 && v.changeSummary === "") {
      ctx.addIssue({ code: "custom", path: ["changeSummary"], message: "Enter a summary of what changed in this version" });
    }
  });
export type PublishInput = z.input<typeof publishInput>;
