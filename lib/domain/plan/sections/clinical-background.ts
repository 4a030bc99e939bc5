import { choice, list, longText, text } from "../fields";
import { defineSection } from "../section";
import { prognoses, yesNoPartly } from "../value-sets";

/** The person's conditions and what to expect (ReSPECT section 2, ISB 1580 prognosis). */
export const clinicalBackground = defineSection({
  key: "clinicalBackground",
  title: "Clinical background",
  summary: "Your health conditions and what your care team expects.",
  fields: {
    diagnoses: list({
      label: "Diagnoses",
      itemLabel: "Diagnosis",
      noun: "diagnoses",
      min: 1,
      minMessage: "Enter at least one diagnosis",
      max: 20,
      item: {
        description: text({ label: "Diagnosis", required: "Enter the diagnosis" }),
        snomedCode: text({
          label: "SNOMED CT code",
          hint: "Optional",
          max: 18,
          pattern: { regex: /^\d{6,18}$/, message: "SNOMED CT code must be 6 to 18 digits" },
        }),
      },
    }),
    prognosis: choice(prognoses, { label: "Prognosis" }),
    awareOfPrognosis: choice(yesNoPartly, { label: "Is the person aware of their prognosis?" }),
    functionalStatus: longText({
      label: "Functional status",
      hint: "What the person can do day to day, for example walking, washing and dressing",
    }),
    allergies: longText({ label: "Allergies and adverse reactions" }),
    relevantHistory: longText({ label: "Other relevant history" }),
    disabilities: longText({ label: "Disabilities" }),
  },
});
