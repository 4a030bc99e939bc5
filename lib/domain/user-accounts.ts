import { z } from "zod";
import { recordId } from "./inputs";
import { staffRoles } from "./organisation-roles";
import { pageInput } from "./pagination";
import { professionalBodies, registrationProblem, type ProfessionalBody } from "./professional-registration";
import { roles, type Role } from "./roles";
import { plainText } from "./text";

/** Administrators act on one account, by its id. */
export const userIdInput = z.object({ userId: recordId });
/** Administrators deactivate one account, by its id. */
export const deactivateUserInput = userIdInput;

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** Roles the people pages and the import may give: each kind's staff roles, and service administrators. */
export const grantableRoles = [...staffRoles, "ADMIN"] as const satisfies readonly Role[];
const grantable = grantableRoles as readonly string[];

export const emailAddress = z
  .string({ error: "Enter an email address" })
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address")
  .max(254, "Email address must be 254 characters or fewer")
  .pipe(z.email({ error: "Enter an email address in the correct format, like name@example.org" }));

const personName = z
  .string({ error: "Enter the person's full name" })
  .pipe(plainText("Full name", 200))
  .pipe(z.string().min(1, "Enter the person's full name"));

export const odsCodeInput = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{3,12}$/, "Enter the organisation's ODS code, like Y00101 (3 to 12 letters and numbers)");

const role = z
  .string({ error: "Select a role" })
  .refine((v) => v !== "", "Select a role")
  .refine((v) => v === "" || grantable.includes(v), "Select a role from the list")
  .transform((v) => v as Role);

const professionalBody = z.preprocess(
  blank,
  z.enum(professionalBodies, { error: `Select a professional body: one of ${professionalBodies.join(", ")}` }).optional(),
);
const registrationNumber = z.preprocess(blank, plainText("Registration number", 40).optional());

/** The registration check of professional-registration.ts, as field errors of the form. */
function checkRegistration(v: { role: Role; professionalBody?: ProfessionalBody; registrationNumber?: string }, ctx: z.RefinementCtx) {
  const problem = registrationProblem(v.role, v.professionalBody, v.registrationNumber);
  if (problem) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
}

/**
 * A new person. The organisation is named by ODS code: a service administrator types it (empty
 * for another service administrator); an organisation administrator's own is used whatever is
 * sent. Whether the role is allowed for that kind of organisation is checked on the server.
 */
export const newUserInput = z
  .object({
    name: personName,
    email: emailAddress,
    odsCode: z.preprocess(blank, odsCodeInput.optional()),
    role,
    professionalBody,
    registrationNumber,
  })
  .superRefine(checkRegistration);

export type NewUserInput = z.input<typeof newUserInput>;

/** A new role for someone (and the registration it needs). */
export const changeRoleInput = z.object({ userId: recordId, role, professionalBody, registrationNumber }).superRefine(checkRegistration);

export type ChangeRoleInput = z.input<typeof changeRoleInput>;

/** The people list: search by name or email, filter by organisation, role and state, 50 a page. */
export const userSearchInput = z.object({
  q: z.preprocess(blank, plainText("Name or email", 254).optional()),
  odsCode: z.preprocess(blank, odsCodeInput.optional()),
  role: z.preprocess(blank, z.enum(roles, { error: "Select a role from the list" }).optional()),
  status: z.preprocess(blank, z.enum(["active", "deactivated"], { error: "Select active or deactivated" }).optional()),
  page: pageInput,
});

export type UserSearch = z.output<typeof userSearchInput>;

/** The shortest password a person may set (NCSC: length over complexity rules). */
export const MIN_PASSWORD_LENGTH = 12;

/** A new password's problem, or null: long enough, not too long for argon2 input, not the email address. */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Password must be ${MIN_PASSWORD_LENGTH} characters or more`;
  if (password.length > 200) return "Password must be 200 characters or fewer";
  const lower = password.trim().toLowerCase();
  if (lower === email.toLowerCase() || lower === email.toLowerCase().split("@")[0]) return "Password must not be your email address";
  return null;
}

/** Reset links carry 256 random bits, base64url: anything else is not a link this service made. */
export const RESET_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const setPasswordInput = z
  .object({
    token: z.string().regex(RESET_TOKEN_PATTERN, "This link is not valid"),
    password: z.string({ error: "Enter a new password" }).min(1, "Enter a new password").max(1000),
    confirmPassword: z.string({ error: "Enter the password again" }).min(1, "Enter the password again").max(1000),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "The passwords do not match: enter the same password twice" });

export type SetPasswordInput = z.input<typeof setPasswordInput>;
