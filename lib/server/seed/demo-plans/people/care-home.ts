/** Dulwich Grove Care Home (Y00401), where three older demo patients live (lib/server/seed/demo-data.ts careHomeResidents). */
export const CARE_HOME = "Dulwich Grove Care Home";
export const careHomeProfessionals = [
  { name: "Dr Amara Mensah", role: "GP", organisation: "Camberwell Green Surgery", phone: "020 7946 0101" },
  { name: "Dulwich Grove nurse in charge", role: "Registered nurse", organisation: CARE_HOME, phone: "020 7946 0401" },
];
