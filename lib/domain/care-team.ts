import { z } from "zod";
import { dateInput } from "./date-input";
import { recordId } from "./inputs";
import { plainText } from "./text";

/** What an organisation does for the person (the database's CareTeamRole), as people read it. */
export const membershipRoleLabels = {
  REGISTERED_PRACTICE: "Registered GP practice",
  COMMUNITY_TEAM: "Community team",
  HOSPICE: "Hospice",
  CARE_HOME: "Care home (where they live)",
  SPECIALIST_TEAM: "Specialist team",
  SOCIAL_CARE: "Social care",
  OTHER: "Other",
} as const;
export type MembershipRole = keyof typeof membershipRoleLabels;
export const membershipRoles = Object.keys(membershipRoleLabels) as MembershipRole[];

const parts = z.object({ day: z.string(), month: z.string(), year: z.string() });
const endDate = dateInput({ label: "end date" });

/** Optional day / month / year boxes: all empty is "no end date"; anything typed must be a real date. */
const optionalEndDate = parts.transform((value, ctx) => {
  if (![value.day, value.month, value.year].some((p) => p.trim() !== "")) return null;
  const parsed = endDate.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
  return z.NEVER;
});

/** Adding an organisation to a person's care team: the form and the server check with this one schema. */
export const addCareTeamMemberInput = z
  .object({
    patientId: recordId,
    organisation: plainText("Organisation", 200).pipe(z.string().min(1, "Enter the organisation's ODS code or full name")),
    role: z.enum(membershipRoles as [MembershipRole, ...MembershipRole[]], { error: "Select what the organisation does for the person" }),
    since: dateInput({ label: "start date" }),
    until: optionalEndDate,
  })
  .superRefine((v, ctx) => {
    if (v.until && v.until < v.since) ctx.addIssue({ code: "custom", path: ["until"], message: "The end date must be the same as or after the start date" });
  });
export type AddCareTeamMemberInput = z.input<typeof addCareTeamMemberInput>;

export const endCareTeamMemberInput = z.object({ patientId: recordId, membershipId: recordId });
export type EndCareTeamMemberInput = z.input<typeof endCareTeamMemberInput>;

/** Where a membership stands on a given day (London's): the care team is the current ones. */
export function membershipState(m: { since: string; until: string | null; endedAt: Date | null }, today: string): "current" | "upcoming" | "past" {
  if (m.endedAt || (m.until !== null && m.until < today)) return "past";
  return m.since > today ? "upcoming" : "current";
}
