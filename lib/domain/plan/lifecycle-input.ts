import { z } from "zod";
import { dateInput } from "../date-input";
import { recordId } from "../inputs";
import { plainText } from "../text";
import { actualPlaces, yesNoNotKnown } from "./value-sets";

/**
 * The inputs of cancelling a plan and recording a death: the use cases parse them on the server,
 * and the forms check with the same schemas before sending.
 */
export const cancelPlanInput = z.object({
  planId: recordId,
  reason: plainText("Reason", 1000).pipe(z.string().min(1, "Enter why the plan is being cancelled")),
});
export type CancelPlanInput = z.input<typeof cancelPlanInput>;

export const recordDeathInput = z.object({
  patientId: recordId,
  dateOfDeath: dateInput({ label: "date of death", mustBePast: true }),
  placeOfDeath: z.enum(actualPlaces.codes, { error: "Select where the person died" }),
  diedAtPreferredPlace: z.enum(yesNoNotKnown.codes, { error: "Select whether this was their preferred place" }),
});
export type RecordDeathInput = z.input<typeof recordDeathInput>;
