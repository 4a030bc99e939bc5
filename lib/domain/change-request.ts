import { z } from "zod";
import { recordId } from "./inputs";
import { plainText } from "./text";

/** A patient's request for a change to their plan: parsed by the use case, checked first by the form. */
export const changeRequestInput = z.object({
  /** Whose plan: the person's own, or someone they act for (the policy decides). */
  patientId: recordId,
  text: plainText("Your request", 2000).pipe(z.string().min(1, "Enter what you would like to change")),
});
export type ChangeRequestInput = z.input<typeof changeRequestInput>;

/** How an author closes a request: done (a reply is welcome) or declined (the person is told why). */
export const answerChangeRequestInput = z
  .object({
    patientId: recordId,
    changeRequestId: recordId,
    outcome: z.enum(["DONE", "DECLINED"], "Select whether the change has been made or declined"),
    response: plainText("Your reply", 2000).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === "DECLINED" && !v.response)
      ctx.addIssue({ code: "custom", path: ["response"], message: "Enter a reply saying why the change was not made" });
  });
export type AnswerChangeRequestInput = z.input<typeof answerChangeRequestInput>;

/** A change request named by its patient and id. */
export const changeRequestIdInput = z.object({ patientId: recordId, changeRequestId: recordId });
