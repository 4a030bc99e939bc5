import type { Role } from "./roles";

/**
 * Professional registration: the regulator (the ProfessionalBody enum of the database) and the
 * number on its register, checked for the shape each body uses (docs/domain.md "Professional
 * registration"). The shape is all that can be checked offline; the register itself is not asked.
 */
export const professionalBodies = ["GMC", "NMC", "HCPC", "GPHC", "SWE", "GDC", "GOC"] as const;
export type ProfessionalBody = (typeof professionalBodies)[number];

interface BodyRule {
  label: string;
  pattern: RegExp;
  /** What the number looks like, in the words of the error message. */
  shape: string;
  example: string;
}

export const bodyRules: Record<ProfessionalBody, BodyRule> = {
  GMC: { label: "General Medical Council (GMC)", pattern: /^\d{7}$/, shape: "7 digits", example: "7012345" },
  NMC: {
    label: "Nursing and Midwifery Council (NMC)",
    pattern: /^\d{2}[A-Z]\d{4}[A-Z]$/,
    shape: "2 digits, a letter, 4 digits and a letter",
    example: "15A1234E",
  },
  HCPC: {
    label: "Health and Care Professions Council (HCPC)",
    pattern: /^[A-Z]{2}\d{4,6}$/,
    shape: "the 2-letter profession code and 4 to 6 digits",
    example: "PA12345",
  },
  GPHC: { label: "General Pharmaceutical Council (GPhC)", pattern: /^\d{7}$/, shape: "7 digits", example: "2012345" },
  SWE: { label: "Social Work England (SWE)", pattern: /^SW\d{1,7}$/, shape: "SW and up to 7 digits", example: "SW123456" },
  GDC: { label: "General Dental Council (GDC)", pattern: /^\d{1,6}$/, shape: "up to 6 digits", example: "123456" },
  GOC: { label: "General Optical Council (GOC)", pattern: /^(\d{2}-\d{4,6}|[A-Z]-?\d{4,6})$/, shape: "like 01-12345", example: "01-12345" },
};

export function isProfessionalBody(value: unknown): value is ProfessionalBody {
  return typeof value === "string" && (professionalBodies as readonly string[]).includes(value);
}

/**
 * Which registration each role needs. Registered professions must give one of their bodies;
 * roles that are not registered professions (care home staff, call handlers, administrators)
 * may leave it empty, and anything they do give must still be a valid number.
 */
export const registrationByRole: Partial<Record<Role, readonly ProfessionalBody[]>> = {
  GP: ["GMC"],
  OOH_GP: ["GMC"],
  SPECIALIST_DOCTOR: ["GMC"],
  // Emergency departments and NHS 111 employ doctors, nurses and paramedics alike.
  ED_CLINICIAN: ["GMC", "NMC", "HCPC"],
  CLINICIAN_111: ["GMC", "NMC", "HCPC"],
  NURSE: ["NMC"],
  CARE_HOME_NURSE: ["NMC"],
  PARAMEDIC: ["HCPC"],
  SOCIAL_WORKER: ["SWE"],
};

export function registrationRequired(role: Role): boolean {
  return !!registrationByRole[role];
}

/** How a number is stored: upper case, no spaces (people type "15a 1234e"). */
export function normaliseRegistrationNumber(raw: string): string {
  return raw.replace(/\s+/g, "").toUpperCase();
}

export interface RegistrationProblem {
  field: "professionalBody" | "registrationNumber";
  message: string;
}

const bodyList = (bodies: readonly ProfessionalBody[]) => bodies.map((b) => (b === "GPHC" ? "GPhC" : b)).join(" or ");
const capital = (text: string) => text[0].toUpperCase() + text.slice(1);
/** "an NMC", "a GMC": the article goes by how the first letter is said. */
const a = (text: string) => `${/^[AEFHILMNORSX]/.test(text) ? "an" : "a"} ${text}`;

/** The one check of a registration for a role: null when it is fine (or rightly absent). */
export function registrationProblem(role: Role, body: ProfessionalBody | null | undefined, rawNumber: string | null | undefined): RegistrationProblem | null {
  const number = rawNumber ? normaliseRegistrationNumber(rawNumber) : "";
  const needed = registrationByRole[role];
  if (!body && !number) {
    return needed ? { field: "professionalBody", message: `Select the professional body: this role needs ${a(bodyList(needed))} registration` } : null;
  }
  if (!body) return { field: "professionalBody", message: "Select the professional body the registration number is with" };
  if (needed && !needed.includes(body))
    return { field: "professionalBody", message: `This role needs ${a(bodyList(needed))} registration, not ${bodyList([body])}` };
  const rule = bodyRules[body];
  if (!number) return { field: "registrationNumber", message: `Enter the ${bodyList([body])} registration number` };
  if (!rule.pattern.test(number)) {
    return { field: "registrationNumber", message: `${capital(a(bodyList([body])))} registration number is ${rule.shape}, like ${rule.example}` };
  }
  return null;
}
