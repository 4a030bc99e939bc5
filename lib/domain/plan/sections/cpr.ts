import { choice, date, group, longText, text } from "../fields";
import { blank, isIsoDateString } from "../guards";
import { defineSection } from "../section";
import { cprCapacityOptions, cprDecisions, yesNo, yesNoNotApplicable } from "../value-sets";

/** ReSPECT section 4 CPR recommendation, with the ISB 1580 decision details. */
export const cpr = defineSection({
  key: "cpr",
  title: "CPR decision",
  summary: "Whether to try to restart your heart and breathing if they stop.",
  fields: {
    decision: choice(cprDecisions, { label: "CPR decision", required: "Select the CPR decision" }),
    decisionDate: date({ label: "Date of the CPR decision", name: "date of the CPR decision", mustBePast: true }),
    reviewDate: date({
      label: "Review date",
      name: "review date",
      hint: "Leave blank if the decision does not need a review date",
    }),
    madeBy: group({
      label: "Clinician who made the decision",
      fields: {
        name: text({ label: "Name" }),
        role: text({ label: "Role", hint: "For example, GP, consultant in palliative medicine" }),
        registrationNumber: text({ label: "Professional registration number", hint: "For example, GMC or NMC number", max: 50 }),
      },
    }),
    capacity: choice(cprCapacityOptions, { label: "Capacity to take part in the decision" }),
    reasons: longText({ label: "Reasons for the decision" }),
    discussedWithPatient: choice(yesNo, { label: "Discussed with the person" }),
    discussionDetails: longText({
      label: "Details of the discussion",
      hint: "Who it was discussed with and when, or why it was not discussed",
    }),
    familyInformed: choice(yesNoNotApplicable, { label: "Family or carers informed" }),
    formLocation: text({ label: "Where the CPR form is kept", hint: "For example, in the red folder by the front door" }),
  },
  rules: (v, issue) => {
    const decided = v.decision === "recommended" || v.decision === "not-recommended";
    if (decided) {
      if (blank(v.decisionDate)) issue("decisionDate", "Enter the date of the CPR decision");
      if (blank(v.madeBy?.name)) issue("madeBy.name", "Enter the name of the clinician who made the decision");
      if (blank(v.madeBy?.role)) issue("madeBy.role", "Enter the role of the clinician who made the decision");
      if (blank(v.capacity)) issue("capacity", "Select whether the person has capacity to take part in this decision");
    }
    if (v.decision === "not-recommended") {
      if (blank(v.reasons)) issue("reasons", "Enter the reasons CPR attempts are not recommended");
      if (blank(v.discussedWithPatient)) issue("discussedWithPatient", "Select yes if the decision was discussed with the person");
      if (blank(v.discussionDetails)) {
        issue("discussionDetails", "Enter who the decision was discussed with and when, or why it was not discussed");
      }
    }
    if (isIsoDateString(v.decisionDate) && isIsoDateString(v.reviewDate) && v.reviewDate <= v.decisionDate) {
      issue("reviewDate", "Review date must be after the CPR decision date");
    }
  },
});
