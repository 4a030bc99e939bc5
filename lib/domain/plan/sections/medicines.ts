import { choice, choices, longText, text } from "../fields";
import { blank } from "../guards";
import { defineSection } from "../section";
import { medicinesOfNote, yesNoNotKnown } from "../value-sets";

/** Medicines a crew must know about, and the "just in case" medicines in the home. */
export const medicines = defineSection({
  key: "medicines",
  title: "Medicines",
  summary: "Medicines to know about, and any 'just in case' medicines kept at home.",
  fields: {
    medicinesOfNote: choices(medicinesOfNote, { label: "Medicines of note", hint: "Select all that apply" }),
    otherMedicines: longText({ label: "Other medicines" }),
    anticipatoryIssued: choice(yesNoNotKnown, { label: "Anticipatory (just in case) medicines issued" }),
    anticipatoryMedicines: longText({ label: "Anticipatory medicines issued" }),
    anticipatoryLocation: text({ label: "Where the anticipatory medicines are kept" }),
  },
  rules: (v, issue) => {
    if (v.anticipatoryIssued === "yes") {
      if (blank(v.anticipatoryMedicines)) issue("anticipatoryMedicines", "Enter which anticipatory medicines were issued");
      if (blank(v.anticipatoryLocation)) issue("anticipatoryLocation", "Enter where the anticipatory medicines are kept");
    }
  },
  clear: (v) => ({
    ...v,
    anticipatoryMedicines: v.anticipatoryIssued === "yes" ? v.anticipatoryMedicines : null,
    anticipatoryLocation: v.anticipatoryIssued === "yes" ? v.anticipatoryLocation : null,
  }),
});
