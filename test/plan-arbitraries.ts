/**
 * fast-check arbitraries for the property tests (test-only: nothing outside *.test.ts imports
 * this). They build VALID saved content straight from the value sets and rules, so a plan that
 * fails to round-trip points at the schema, not at the generator.
 */
import { addDays, format, startOfDay } from "date-fns";
import fc from "fast-check";
import { LONG_TEXT, SHORT_TEXT } from "@/lib/domain/plan/fields";
import type { PlanContent, SectionKey } from "@/lib/domain/plan/schema";
import { hasControlCharacters } from "@/lib/domain/text";
import * as sets from "@/lib/domain/plan/value-sets";

const day = (offset: number) => format(addDays(startOfDay(new Date()), offset), "yyyy-MM-dd");

/** Text as the schema saves it: trimmed, non-empty, within the limit, no control characters; odd characters included. */
function textArb(max: number = SHORT_TEXT): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 8, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) },
      { weight: 2, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 20 }) },
      { weight: 1, arbitrary: fc.constantFrom("<script>alert(1)</script>", `O'Brien & "Sons"`, "Line one\nLine two") },
      { weight: 1, arbitrary: fc.constant("x".repeat(max)) },
    )
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= max && !hasControlCharacters(s));
}

// Saved content comes from JSON, so objects have the usual prototype (toStrictEqual checks it).
const rec = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }) => fc.record(model, { noNullPrototype: true });
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const shortText = () => textArb(SHORT_TEXT);
const longText = () => textArb(LONG_TEXT);
const optShort = () => opt(shortText());
const optLong = () => opt(longText());
const code = <C extends string>(set: sets.ValueSet<C>) => fc.constantFrom(...set.codes);

const phoneArb: fc.Arbitrary<string> = fc
  .record({
    plus: fc.boolean(),
    brackets: fc.boolean(),
    digits: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 20 }),
  })
  .map(({ plus, brackets, digits }) => {
    const groups = digits.join("").match(/.{1,4}/g) ?? [];
    if (brackets) groups[0] = `(${groups[0]})`;
    return (plus ? "+" : "") + groups.join(" ");
  });

/**
 * One arbitrary per section, keyed like `sections` (lib/domain/plan/schema.ts): the mapped type makes a new section
 * fail type-checking here until its arbitrary is written.
 */
const sectionArbs: { [K in SectionKey]: fc.Arbitrary<PlanContent[K]> } = {
  aboutMe: fc
    .record({
      preferredName: optShort(),
      communicationNeeds: optLong(),
      interpreterNeeded: opt(code(sets.yesNo)),
      language: optShort(),
      whatMattersMost: longText(),
      fearsOrWishesToAvoid: optLong(),
      religiousOrCulturalNeeds: optLong(),
    })
    .map((v) => ({ ...v, language: v.interpreterNeeded === "yes" ? (v.language ?? "Urdu") : v.language })),

  clinicalBackground: rec({
    diagnoses: fc.array(rec({ description: shortText(), snomedCode: opt(fc.stringMatching(/^\d{6,18}$/)) }), { minLength: 1, maxLength: 20 }),
    prognosis: opt(code(sets.prognoses)),
    awareOfPrognosis: opt(code(sets.yesNoPartly)),
    functionalStatus: optLong(),
    allergies: optLong(),
    relevantHistory: optLong(),
    disabilities: optLong(),
  }),

  clinicalRecommendations: rec({
    clinicalFocus: code(sets.clinicalFocuses),
    interventions: fc.array(rec({ intervention: shortText(), recommendation: code(sets.interventionRecommendations), notes: optLong() }), { maxLength: 20 }),
    ceilingOfTreatment: optLong(),
  }),

  /** The CPR decision date, in days before today (the publish rule: not in the future). */
  cpr: fc
    .record({
      decision: code(sets.cprDecisions),
      decisionDaysAgo: opt(fc.integer({ min: 0, max: 3650 })),
      reviewAfterDays: opt(fc.integer({ min: 1, max: 2000 })),
      madeBy: rec({ name: optShort(), role: optShort(), registrationNumber: opt(textArb(50)) }),
      capacity: opt(code(sets.cprCapacityOptions)),
      reasons: optLong(),
      discussedWithPatient: opt(code(sets.yesNo)),
      discussionDetails: optLong(),
      familyInformed: opt(code(sets.yesNoNotApplicable)),
      formLocation: optShort(),
    })
    .map(({ decisionDaysAgo, reviewAfterDays, ...v }) => {
      const decided = v.decision !== "not-decided";
      const notRecommended = v.decision === "not-recommended";
      // Questions hidden by the decision are not answered (cpr.ts `shownWhen`).
      const ago = decided ? (decisionDaysAgo ?? 7) : null;
      return {
        decision: v.decision,
        decisionDate: ago === null ? null : day(-ago),
        reviewDate: ago === null || reviewAfterDays === null ? null : day(-ago + reviewAfterDays),
        madeBy: decided
          ? { ...v.madeBy, name: v.madeBy.name ?? "Dr A Clinician", role: v.madeBy.role ?? "GP" }
          : { name: null, role: null, registrationNumber: null },
        capacity: decided ? (v.capacity ?? "has-capacity") : null,
        reasons: notRecommended ? (v.reasons ?? "Reasons") : null,
        discussedWithPatient: notRecommended ? (v.discussedWithPatient ?? "yes") : null,
        discussionDetails: notRecommended ? (v.discussionDetails ?? "With the person, today") : null,
        familyInformed: v.familyInformed,
        formLocation: v.formLocation,
      };
    }),

  capacityAndLegal: fc
    .record({
      hasCapacity: code(sets.capacityOptions),
      capacityDetails: longText(),
      hasLpaHealthWelfare: code(sets.yesNoNotKnown),
      attorneys: fc.array(rec({ name: shortText(), relationship: optShort(), phone: opt(phoneArb) }), { minLength: 1, maxLength: 10 }),
      hasAdrt: code(sets.yesNo),
      adrtDetails: longText(),
      adrtLocation: shortText(),
    })
    .map((v) => ({
      ...v,
      capacityDetails: v.hasCapacity === "yes" ? null : v.capacityDetails,
      attorneys: v.hasLpaHealthWelfare === "yes" ? v.attorneys : [],
      adrtDetails: v.hasAdrt === "yes" ? v.adrtDetails : null,
      adrtLocation: v.hasAdrt === "yes" ? v.adrtLocation : null,
    })),

  preferences: fc
    .record({
      preferredPlaceOfCare: optShort(),
      preferredPlaceOfDeath: opt(code(sets.places)),
      preferredPlaceOfDeathOther: shortText(),
      secondPlaceOfDeath: opt(code(sets.places)),
      secondPlaceOfDeathOther: shortText(),
      organDonation: optLong(),
      otherWishes: optLong(),
    })
    .map((v) => {
      const second = v.secondPlaceOfDeath !== "other" && v.secondPlaceOfDeath === v.preferredPlaceOfDeath ? null : v.secondPlaceOfDeath;
      return {
        ...v,
        preferredPlaceOfDeathOther: v.preferredPlaceOfDeath === "other" ? v.preferredPlaceOfDeathOther : null,
        secondPlaceOfDeath: second,
        secondPlaceOfDeathOther: second === "other" ? v.secondPlaceOfDeathOther : null,
      };
    }),

  medicines: fc
    .record({
      medicinesOfNote: fc.subarray([...sets.medicinesOfNote.codes]),
      otherMedicines: optLong(),
      anticipatoryIssued: opt(code(sets.yesNoNotKnown)),
      anticipatoryMedicines: longText(),
      anticipatoryLocation: shortText(),
    })
    .map((v) => ({
      ...v,
      anticipatoryMedicines: v.anticipatoryIssued === "yes" ? v.anticipatoryMedicines : null,
      anticipatoryLocation: v.anticipatoryIssued === "yes" ? v.anticipatoryLocation : null,
    })),

  contacts: rec({
    whoToCallFirst: optShort(),
    people: fc.array(rec({ name: shortText(), relationship: optShort(), role: code(sets.contactRoles), phone: opt(phoneArb), notes: optLong() }), {
      maxLength: 20,
    }),
    professionals: fc.array(rec({ name: shortText(), role: optShort(), organisation: optShort(), phone: opt(phoneArb) }), { maxLength: 20 }),
  }),

  homeAndAccess: rec({
    livingSituation: optLong(),
    accessInstructions: optLong(),
    equipment: optLong(),
    pets: optLong(),
    safeguarding: optLong(),
  }),

  crisisGuidance: rec({ items: fc.array(rec({ heading: shortText(), guidance: longText() }), { maxLength: 10 }) }),

  planDetails: rec({
    consentBasis: code(sets.consentBases),
    reviewDate: fc.integer({ min: 1, max: 1500 }).map(day),
    changeSummary: optLong(),
  }),
};

/** A valid saved plan (it passes planContentSchema once turned back into form values). */
export const planContentArb: fc.Arbitrary<PlanContent> = rec(sectionArbs);
