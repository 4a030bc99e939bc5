/** The demo accounts of README, with what each role's home page shows. */
export const DEMO_PASSWORD = "care-plan-demo";

export const demoAccounts = {
  gp: { email: "gp@example.org", roleLabel: "GP", home: "Find a patient" },
  nurse: { email: "nurse@example.org", roleLabel: "Nurse", home: "Find a patient" },
  paramedic: { email: "paramedic@example.org", roleLabel: "Paramedic", home: "Find a patient" },
  "111-handler": { email: "111-handler@example.org", roleLabel: "NHS 111 call handler", home: "Find a patient" },
  "111-clinician": { email: "111-clinician@example.org", roleLabel: "NHS 111 clinician", home: "Find a patient" },
  ooh: { email: "ooh@example.org", roleLabel: "Out-of-hours GP", home: "Find a patient" },
  patient: { email: "patient@example.org", roleLabel: "Patient", home: "My care plan" },
  admin: { email: "admin@example.org", roleLabel: "Administrator", home: "Administration" },
  "practice-admin": { email: "practice-admin@example.org", roleLabel: "Organisation administrator", home: "Administration" },
} as const;

export type DemoRole = keyof typeof demoAccounts;
