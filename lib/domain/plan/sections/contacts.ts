import { choice, list, longText, phone, text } from "../fields";
import { defineSection } from "../section";
import { contactRoles } from "../value-sets";

/** ReSPECT section 8 emergency contacts and the ISB 1580 key professionals. */
export const contacts = defineSection({
  key: "contacts",
  title: "Contacts",
  summary: "Who to call, and the professionals who look after you.",
  fields: {
    whoToCallFirst: text({ label: "Who to call first", hint: "For example, daughter Jane, then the hospice" }),
    people: list({
      label: "People to contact",
      itemLabel: "Person",
      noun: "people",
      max: 20,
      item: {
        name: text({ label: "Name", required: "Enter the person's name" }),
        relationship: text({ label: "Relationship to the person" }),
        role: choice(contactRoles, { label: "Role", required: "Select the person's role" }),
        phone: phone({ label: "Phone number" }),
        notes: longText({ label: "Notes" }),
      },
    }),
    professionals: list({
      label: "Key professionals",
      itemLabel: "Professional",
      noun: "professionals",
      max: 20,
      item: {
        name: text({ label: "Name or team", required: "Enter the name of the professional or team" }),
        role: text({ label: "Role", hint: "For example, GP, district nurse, key worker" }),
        organisation: text({ label: "Organisation" }),
        phone: phone({ label: "Phone number" }),
      },
    }),
  },
});
