import { list, longText, text } from "../fields";
import { defineSection } from "../section";

/** Condition-specific emergency guidance, e.g. a sickle cell crisis or epilepsy rescue plan. */
export const crisisGuidance = defineSection({
  key: "crisisGuidance",
  title: "Crisis guidance",
  summary: "What to do in an emergency caused by your condition.",
  fields: {
    items: list({
      label: "Crisis guidance",
      itemLabel: "Guidance",
      noun: "items of guidance",
      max: 10,
      item: {
        heading: text({ label: "Heading", hint: "For example, Sickle cell crisis", required: "Enter a heading" }),
        guidance: longText({ label: "Guidance", required: "Enter the guidance" }),
      },
    }),
  },
});
