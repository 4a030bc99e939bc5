import { choice, list, longText, text } from "../fields";
import { defineSection } from "../section";
import { clinicalFocuses, interventionRecommendations } from "../value-sets";

/** ReSPECT section 4: the focus of care and treatments to consider or avoid in an emergency. */
export const clinicalRecommendations = defineSection({
  key: "clinicalRecommendations",
  title: "Clinical recommendations",
  summary: "What care and treatment to consider, or avoid, in an emergency.",
  fields: {
    clinicalFocus: choice(clinicalFocuses, { label: "Clinical focus", required: "Select the clinical focus" }),
    interventions: list({
      label: "Specific interventions",
      itemLabel: "Intervention",
      noun: "interventions",
      max: 20,
      item: {
        intervention: text({
          label: "Intervention",
          hint: "For example, hospital admission, ventilation, IV antibiotics",
          required: "Enter the intervention",
        }),
        recommendation: choice(interventionRecommendations, {
          label: "Recommendation",
          required: "Select whether to consider or avoid this intervention",
        }),
        notes: longText({ label: "Notes" }),
      },
    }),
    ceilingOfTreatment: longText({
      label: "Ceiling of treatment",
      hint: "The most intensive treatment that would be appropriate",
    }),
  },
});
