import { z } from "zod";
import { plainText } from "./text";

/** A patient's request for a change to their plan: parsed by the use case, checked first by the form. */
export const changeRequestInput = z.object({ text: plainText("Your request", 2000).pipe(z.string().min(1, "Enter what you would like to change")) });
export type ChangeRequestInput = z.input<typeof changeRequestInput>;
