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
  proxy: { email: "proxy@example.org", roleLabel: "Acting for a patient", home: "People you act for" },
  "practice-admin": { email: "practice-admin@example.org", roleLabel: "Organisation administrator", home: "Administration" },
  ed: { email: "ed@example.org", roleLabel: "Emergency department clinician", home: "Find a patient" },
  "care-home": { email: "care-home@example.org", roleLabel: "Care home staff", home: "Find a patient" },
  "care-home-nurse": { email: "care-home-nurse@example.org", roleLabel: "Registered nurse (care home)", home: "Find a patient" },
  specialist: { email: "specialist@example.org", roleLabel: "Hospice or specialist doctor", home: "Find a patient" },
  "social-worker": { email: "social-worker@example.org", roleLabel: "Social worker", home: "Find a patient" },
} as const;

export type DemoRole = keyof typeof demoAccounts;
