import { choice, list, longText, phone, text } from "../fields";
import { defineSection } from "../section";
import { capacityOptions, yesNo, yesNoNotKnown } from "../value-sets";

/** ReSPECT section 5 capacity, and the legal documents crews must respect (LPA, ADRT). */
export const capacityAndLegal = defineSection({
  key: "capacityAndLegal",
  title: "Capacity and legal",
  summary: "Whether you can take part in decisions, and who can make decisions for you if you cannot.",
  fields: {
    hasCapacity: choice(capacityOptions, {
      label: "Does the person have capacity to take part in making this plan?",
      required: "Select whether the person has capacity to take part in making this plan",
    }),
    // Fluctuating capacity needs a description too: crews must know when it is affected.
    capacityDetails: longText({
      label: "How the person's capacity is affected",
      shownWhen: { field: "hasCapacity", equals: ["no", "fluctuates"] },
      requiredWhenShown: "Enter how the person's capacity is affected",
    }),
    hasLpaHealthWelfare: choice(yesNoNotKnown, {
      label: "Lasting power of attorney for health and welfare",
      required: "Select whether there is a lasting power of attorney for health and welfare",
    }),
    attorneys: list({
      label: "Attorneys",
      itemLabel: "Attorney",
      noun: "attorneys",
      max: 10,
      shownWhen: { field: "hasLpaHealthWelfare", equals: "yes" },
      requiredWhenShown: "Add at least one attorney",
      item: {
        name: text({ label: "Name", required: "Enter the attorney's name" }),
        relationship: text({ label: "Relationship to the person" }),
        phone: phone({ label: "Phone number" }),
      },
    }),
    hasAdrt: choice(yesNo, {
      label: "Advance decision to refuse treatment (ADRT)",
      required: "Select whether the person has an advance decision to refuse treatment",
    }),
    adrtDetails: longText({
      label: "What the advance decision covers",
      shownWhen: { field: "hasAdrt", equals: "yes" },
      requiredWhenShown: "Enter what the advance decision to refuse treatment covers",
    }),
    adrtLocation: text({
      label: "Where the advance decision is kept",
      shownWhen: { field: "hasAdrt", equals: "yes" },
      requiredWhenShown: "Enter where the advance decision to refuse treatment is kept",
    }),
  },
});
