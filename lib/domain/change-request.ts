import { z } from "zod";
import { plainText } from "./text";

/** A person's request for a change to their own plan, in their words. */
export const changeRequestInput = z.object({ text: plainText("Your request", 2000).pipe(z.string().min(1, "Enter what you would like to change")) });
export type ChangeRequestInput = z.input<typeof changeRequestInput>;
