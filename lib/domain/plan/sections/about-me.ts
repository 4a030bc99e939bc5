import { choice, longText, text } from "../fields";
import { blank } from "../guards";
import { defineSection } from "../section";
import { yesNo } from "../value-sets";

/** Who the person is and what matters to them (ReSPECT section 3). */
export const aboutMe = defineSection({
  key: "aboutMe",
  title: "About me",
  summary: "Who you are, how you like to communicate and what matters most to you.",
  fields: {
    preferredName: text({ label: "Preferred name", hint: "What the person likes to be called" }),
    communicationNeeds: longText({
      label: "Communication needs",
      hint: "For example, hearing loss, uses British Sign Language, needs more time to answer",
    }),
    interpreterNeeded: choice(yesNo, { label: "Needs an interpreter" }),
    language: text({ label: "Language", hint: "The person's main language" }),
    whatMattersMost: longText({
      label: "What matters most to the person",
      hint: "In their own words if possible",
      required: "Enter what matters most to the person",
    }),
    fearsOrWishesToAvoid: longText({ label: "What the person fears or wishes to avoid" }),
    religiousOrCulturalNeeds: longText({ label: "Religious, spiritual or cultural needs" }),
  },
  rules: (v, issue) => {
    if (v.interpreterNeeded === "yes" && blank(v.language)) {
      issue("language", "Enter the language the interpreter needs to speak");
    }
  },
});
