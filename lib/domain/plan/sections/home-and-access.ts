import { longText } from "../fields";
import { defineSection } from "../section";

/** Getting in and staying safe. Access instructions are sensitive: see `sensitiveFields`. */
export const homeAndAccess = defineSection({
  key: "homeAndAccess",
  title: "Home and access",
  summary: "Who you live with, how to get into your home and anything to know about it.",
  fields: {
    livingSituation: longText({ label: "Living situation", hint: "For example, lives alone, lives with partner" }),
    accessInstructions: longText({
      label: "Access instructions",
      hint: "For example, key safe code and where it is. Only emergency services, the plan's authors and the person can see this",
    }),
    equipment: longText({ label: "Equipment at home", hint: "For example, hospital bed, hoist, oxygen, syringe driver" }),
    pets: longText({ label: "Pets" }),
    safeguarding: longText({ label: "Safeguarding" }),
  },
});
