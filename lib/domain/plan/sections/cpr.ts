import { choice, date, group, longText, text } from "../fields";
import { isIsoDateString } from "../guards";
import { defineSection } from "../section";
import { cprCapacityOptions, cprDecisions, yesNo, yesNoNotApplicable } from "../value-sets";

// The decision's details are asked once a decision is made; the discussion only when CPR is not recommended.
const decided = { field: "decision", equals: ["recommended", "not-recommended"] } as const;
const notRecommended = { field: "decision", equals: "not-recommended" } as const;

/** ReSPECT section 4 CPR recommendation, with the ISB 1580 decision details. */
export const cpr = defineSection({
  key: "cpr",
  title: "CPR decision",
  summary: "Whether to try to restart your heart and breathing if they stop.",
  fields: {
    decision: choice(cprDecisions, { label: "CPR decision", required: "Select the CPR decision" }),
    decisionDate: date({
      label: "Date of the CPR decision",
      name: "date of the CPR decision",
      mustBePast: true,
      shownWhen: decided,
      requiredWhenShown: "Enter the date of the CPR decision",
    }),
    reviewDate: date({
      label: "Review date",
      name: "review date",
      hint: "Leave blank if the decision does not need a review date",
      shownWhen: decided,
    }),
    madeBy: group({
      label: "Clinician who made the decision",
      shownWhen: decided,
      fields: {
        name: text({ label: "Name", requiredWhenShown: "Enter the name of the clinician who made the decision" }),
        role: text({
          label: "Role",
          hint: "For example, GP, consultant in palliative medicine",
          requiredWhenShown: "Enter the role of the clinician who made the decision",
        }),
        registrationNumber: text({ label: "Professional registration number", hint: "For example, GMC or NMC number", max: 50 }),
      },
    }),
    capacity: choice(cprCapacityOptions, {
      label: "Capacity to take part in the decision",
      shownWhen: decided,
      requiredWhenShown: "Select whether the person has capacity to take part in this decision",
    }),
    reasons: longText({
      label: "Reasons for the decision",
      shownWhen: notRecommended,
      requiredWhenShown: "Enter the reasons CPR attempts are not recommended",
    }),
    discussedWithPatient: choice(yesNo, {
      label: "Discussed with the person",
      shownWhen: notRecommended,
      requiredWhenShown: "Select yes if the decision was discussed with the person",
    }),
    discussionDetails: longText({
      label: "Details of the discussion",
      hint: "Who it was discussed with and when, or why it was not discussed",
      shownWhen: notRecommended,
      requiredWhenShown: "Enter who the decision was discussed with and when, or why it was not discussed",
    }),
    familyInformed: choice(yesNoNotApplicable, { label: "Family or carers informed" }),
    formLocation: text({ label: "Where the CPR form is kept", hint: "For example, in the red folder by the front door" }),
  },
  rules: (v, issue) => {
    if (isIsoDateString(v.decisionDate) && isIsoDateString(v.reviewDate) && v.reviewDate <= v.decisionDate) {
      issue("reviewDate", "Review date must be after the CPR decision date");
    }
  },
});
