import { z } from "zod";
import { roleLabels, type Role } from "./roles";
import { plainText } from "./text";

/**
 * Roles an API client may act as: the clinical roles. Not PATIENT (an API client is a system,
 * not a person with a record) and not ADMIN (administration is done by people, in the app).
 */
export const apiClientRoles = [
  "GP",
  "NURSE",
  "PARAMEDIC",
  "CALL_HANDLER_111",
  "CLINICIAN_111",
  "OOH_GP",
  "ED_CLINICIAN",
  "CARE_HOME_STAFF",
  "CARE_HOME_NURSE",
  "SPECIALIST_DOCTOR",
] as const satisfies readonly Role[];
export type ApiClientRole = (typeof apiClientRoles)[number];

const roleList = apiClientRoles.map((r) => `${r} (${roleLabels[r]})`).join(", ");

const NAME_MESSAGE = "Enter a name for the API client, such as the system that will use it";

export const newApiClientInput = z.object({
  name: z.string({ error: NAME_MESSAGE }).pipe(plainText("Name", 200)).pipe(z.string().min(1, NAME_MESSAGE)),
  role: z.enum(apiClientRoles, { error: `Select the role the client acts as: one of ${roleList}` }),
  odsCode: z
    .string({ error: "Enter the ODS code of the organisation the client belongs to" })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{3,12}$/, "Enter the ODS code of the organisation the client belongs to, like Y12345"),
});

export type NewApiClientInput = z.input<typeof newApiClientInput>;

// The record id rule (lib/domain/inputs.ts), with the message the command line shows.
export const apiClientIdInput = z.object({ id: z.uuid({ error: "Enter the id of the API client, as `list` shows it" }) });

/**
 * How long the old token keeps working after a rotation, so a system can switch over without
 * a gap: none (stops at once), one hour or one day. Never longer than the old token had left.
 */
export const rotationOverlaps = { none: 0, "1h": 60, "24h": 1440 } as const;
export type RotationOverlap = keyof typeof rotationOverlaps;

const overlapNames = Object.keys(rotationOverlaps) as [RotationOverlap, ...RotationOverlap[]];

export const rotateApiClientInput = apiClientIdInput.extend({
  overlap: z.enum(overlapNames, { error: `Select when the old token stops working: one of ${overlapNames.join(", ")}` }).default("none"),
});
