import { choice, date, longText } from "../fields";
import { defineSection } from "../section";
import { consentBases } from "../value-sets";

/** Consent to share and review. The review date must also follow the CPR decision (schema.ts). */
export const planDetails = defineSection({
  key: "planDetails",
  title: "Plan details",
  summary: "Your agreement to share this plan, and when it will be reviewed.",
  fields: {
    consentBasis: choice(consentBases, {
      label: "Basis for sharing this plan",
      required: "Select the basis for sharing this plan",
    }),
    reviewDate: date({ label: "Plan review date", name: "plan review date", required: true, mustBeFuture: true }),
    changeSummary: longText({ label: "Summary of changes", hint: "What changed in this version, for people reading the history" }),
  },
});
