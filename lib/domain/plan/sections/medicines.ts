import { choice, choices, longText, text } from "../fields";
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
    anticipatoryMedicines: longText({
      label: "Anticipatory medicines issued",
      shownWhen: { field: "anticipatoryIssued", equals: "yes" },
      requiredWhenShown: "Enter which anticipatory medicines were issued",
    }),
    anticipatoryLocation: text({
      label: "Where the anticipatory medicines are kept",
      shownWhen: { field: "anticipatoryIssued", equals: "yes" },
      requiredWhenShown: "Enter where the anticipatory medicines are kept",
    }),
  },
});
