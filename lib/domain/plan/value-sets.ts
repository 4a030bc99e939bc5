/**
 * Closed value sets used by the plan. The stored value is a short kebab-case code (it fits the
 * varchar(40) promoted columns and never changes when the wording does); the label is what people
 * read; the SNOMED CT code (see docs/domain.md, with its source) is there for the FHIR mapping where one exists.
 */
export interface ValueSetEntry<C extends string = string> {
  readonly code: C;
  readonly label: string;
  readonly snomed?: string;
  readonly hint?: string;
  /** "None of these": as a checkbox, it clears the others (components/nhs/Checkboxes). */
  readonly exclusive?: boolean;
}

export interface ValueSet<C extends string> {
  readonly codes: readonly [C, ...C[]];
  readonly entries: readonly ValueSetEntry<C>[];
  has(value: unknown): value is C;
  label(code: C): string;
  snomed(code: C): string | undefined;
}

function valueSet<const E extends readonly [ValueSetEntry, ...ValueSetEntry[]]>(entries: E): ValueSet<E[number]["code"]> {
  type C = E[number]["code"];
  const byCode = new Map<string, ValueSetEntry>(entries.map((e) => [e.code, e]));
  return {
    codes: entries.map((e) => e.code) as unknown as readonly [C, ...C[]],
    entries: entries as readonly ValueSetEntry<C>[],
    has: (value: unknown): value is C => typeof value === "string" && byCode.has(value),
    label: (code) => byCode.get(code)?.label ?? code,
    snomed: (code) => byCode.get(code)?.snomed,
  };
}

export const yesNo = valueSet([
  { code: "yes", label: "Yes" },
  { code: "no", label: "No" },
]);

export const yesNoNotKnown = valueSet([
  { code: "yes", label: "Yes" },
  { code: "no", label: "No" },
  { code: "not-known", label: "Not known" },
]);

export const yesNoPartly = valueSet([
  { code: "yes", label: "Yes" },
  { code: "no", label: "No" },
  { code: "partly", label: "Partly" },
]);

export const yesNoNotApplicable = valueSet([
  { code: "yes", label: "Yes" },
  { code: "no", label: "No" },
  { code: "not-applicable", label: "Not applicable" },
]);

/** Capacity to take part in making the plan (ReSPECT section 5). */
export const capacityOptions = valueSet([
  { code: "yes", label: "Yes" },
  { code: "no", label: "No" },
  { code: "fluctuates", label: "It fluctuates" },
]);

export const cprCapacityOptions = valueSet([
  { code: "has-capacity", label: "Has capacity to take part in this decision" },
  { code: "lacks-capacity", label: "Lacks capacity to take part in this decision" },
]);

export const prognoses = valueSet([
  { code: "last-days", label: "Last days of life", snomed: "511401000000102" },
  { code: "last-weeks", label: "Last weeks of life", snomed: "955231000000109" },
  { code: "last-months", label: "Last months of life", snomed: "968211000000101" },
  { code: "about-a-year", label: "About a year", snomed: "1064691000000106" },
  { code: "more-than-a-year", label: "Longer than a year" },
  { code: "uncertain", label: "Uncertain" },
]);

/** ReSPECT section 4 clinical focus. */
export const clinicalFocuses = valueSet([
  { code: "extend-life", label: "Prioritise extending life" },
  { code: "balance", label: "Balance extending life with comfort and valued outcomes" },
  { code: "comfort", label: "Prioritise comfort" },
]);

export const interventionRecommendations = valueSet([
  { code: "consider", label: "Consider" },
  { code: "avoid", label: "Avoid" },
]);

export const cprDecisions = valueSet([
  { code: "recommended", label: "CPR attempts recommended", snomed: "450475007" },
  { code: "not-recommended", label: "CPR attempts not recommended", snomed: "450476008" },
  { code: "not-decided", label: "Not yet decided", snomed: "845151000000104" },
]);

const actualPlaceEntries = [
  { code: "home", label: "Home", snomed: "110481000000108" },
  { code: "care-home", label: "Care home", snomed: "710571000000101" },
  { code: "hospice", label: "Hospice", snomed: "108401000000102" },
  { code: "hospital", label: "Hospital", snomed: "109401000000108" },
  { code: "other", label: "Somewhere else" },
] as const;

/** Where someone actually is, or died: the places of `places` without the answers about a preference. */
export const actualPlaces = valueSet(actualPlaceEntries);

/** Preferred place of death (and of care): ISB 1580 first and second choice. */
export const places = valueSet([
  ...actualPlaceEntries,
  { code: "no-preference", label: "No preference", snomed: "1060941000000102" },
  { code: "undecided", label: "Undecided", snomed: "517161000000101" },
  { code: "declined", label: "Declined to discuss", snomed: "766391000000108" },
]);

export const medicinesOfNote = valueSet([
  { code: "anticoagulants", label: "Anticoagulants (blood thinners)" },
  { code: "insulin", label: "Insulin" },
  { code: "opioids", label: "Opioids (strong painkillers)" },
  { code: "steroids", label: "Steroids" },
]);

export const contactRoles = valueSet([
  { code: "next-of-kin", label: "Next of kin" },
  { code: "main-carer", label: "Main carer" },
  { code: "lpa", label: "Lasting power of attorney" },
  { code: "other", label: "Other" },
]);

export const consentBases = valueSet([
  { code: "explicit-consent", label: "Explicit consent", hint: "The person agreed to share this plan" },
  { code: "lpa", label: "Lasting power of attorney", hint: "Their attorney for health and welfare agreed" },
  { code: "best-interests", label: "Best interests", hint: "The person lacks capacity and has no attorney" },
]);
