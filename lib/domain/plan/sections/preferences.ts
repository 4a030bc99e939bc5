import { choice, longText, text } from "../fields";
import { blank } from "../guards";
import { defineSection } from "../section";
import { places } from "../value-sets";

/** ISB 1580 preferred place of care and of death (first and second choice), and other wishes. */
export const preferences = defineSection({
  key: "preferences",
  title: "Preferences",
  summary: "Where you would like to be cared for and to die, and your other wishes.",
  fields: {
    preferredPlaceOfCare: text({ label: "Preferred place of care" }),
    preferredPlaceOfDeath: choice(places, { label: "Preferred place of death" }),
    preferredPlaceOfDeathOther: text({
      label: "Other preferred place of death",
      shownWhen: { field: "preferredPlaceOfDeath", equals: "other" },
      requiredWhenShown: "Enter the preferred place of death",
    }),
    secondPlaceOfDeath: choice(places, { label: "Second choice of place of death" }),
    secondPlaceOfDeathOther: text({
      label: "Other second choice of place of death",
      shownWhen: { field: "secondPlaceOfDeath", equals: "other" },
      requiredWhenShown: "Enter the second choice of place of death",
    }),
    organDonation: longText({ label: "Organ and tissue donation wishes" }),
    otherWishes: longText({ label: "Other wishes" }),
  },
  rules: (v, issue) => {
    if (!blank(v.secondPlaceOfDeath) && v.secondPlaceOfDeath !== "other" && v.secondPlaceOfDeath === v.preferredPlaceOfDeath) {
      issue("secondPlaceOfDeath", "Second choice of place of death must be different from the first choice");
    }
  },
});
