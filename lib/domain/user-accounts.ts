import { z } from "zod";
import { recordId } from "./inputs";

/** Administrators deactivate one account, by its id. */
export const deactivateUserInput = z.object({ userId: recordId });
