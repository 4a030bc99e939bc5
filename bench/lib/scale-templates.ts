import { planContentSchema, toFormValues, type PlanContent } from "../../lib/domain/plan";
import { demoPlanContent, demoPlanKinds } from "../../lib/server/seed/demo-plan-content";

/**
 * Plan contents the scale seed copies (with per-row dates, names and change summaries set in SQL).
 * Each demo plan kind has an earlier and a later stage, so a plan's versions move on as a real
 * one does (for example from "balance" to "comfort"). Every template is the publish schema's
 * output, as stored by the app; a template that fails the schema stops the seed.
 */
interface ContentTemplate {
  kind: (typeof demoPlanKinds)[number];
  stage: "earlier" | "later";
  content: PlanContent;
  /**
   * The content as JSON text with placeholders the SQL replaces per row: @@DECISION_DATE@@,
   * @@REVIEW_DATE@@, @@CHANGE_SUMMARY@@, @@GIVEN@@ and @@FAMILY@@ (the demo person's first and
   * family names, so each plan speaks of its own patient).
   */
  text: string;
}

/** The demo person's first name (null: none in the text) and family name, per kind. */
const demoNames: Record<(typeof demoPlanKinds)[number], [string | null, string]> = {
  frailty: ["Peggy", "Doyle"],
  "metastatic-cancer": ["Raj", "Patel"],
  "heart-failure": [null, "Nowak"],
  "sickle-cell": ["Tobi", "Adeyemi"],
  "motor-neurone-disease": ["Elaine", "Hughes"],
};

function withPlaceholders(content: PlanContent, kind: (typeof demoPlanKinds)[number]): string {
  const marked = {
    ...content,
    cpr: { ...content.cpr, decisionDate: "@@DECISION_DATE@@" },
    planDetails: { ...content.planDetails, reviewDate: "@@REVIEW_DATE@@", changeSummary: "@@CHANGE_SUMMARY@@" },
  };
  const [given, family] = demoNames[kind];
  let text = JSON.stringify(marked).replaceAll(family, "@@FAMILY@@");
  if (given) text = text.replaceAll(given, "@@GIVEN@@");
  return text;
}

type Edit = (c: PlanContent) => PlanContent;

const earlier: Record<(typeof demoPlanKinds)[number], Edit> = {
  frailty: (c) => ({
    ...c,
    clinicalRecommendations: {
      ...c.clinicalRecommendations,
      clinicalFocus: "balance",
      interventions: [
        { intervention: "Hospital admission", recommendation: "consider", notes: "For a treatable cause, if she can return to the care home soon." },
      ],
      ceilingOfTreatment: "Ward-based care; not intensive care.",
    },
  }),
  "metastatic-cancer": (c) => ({
    ...c,
    clinicalBackground: { ...c.clinicalBackground, prognosis: "last-months", relevantHistory: "Second-line chemotherapy under the oncology team." },
    clinicalRecommendations: {
      ...c.clinicalRecommendations,
      clinicalFocus: "balance",
      ceilingOfTreatment: "Hospital treatment for reversible problems, such as infection.",
    },
    medicines: { ...c.medicines, anticipatoryIssued: "no", anticipatoryMedicines: null, anticipatoryLocation: null },
  }),
  "heart-failure": (c) => c,
  "sickle-cell": (c) => c,
  "motor-neurone-disease": (c) => ({
    ...c,
    cpr: { ...c.cpr, decision: "recommended", reasons: null, discussedWithPatient: null, discussionDetails: null, formLocation: null },
    capacityAndLegal: { ...c.capacityAndLegal, hasAdrt: "no", adrtDetails: null, adrtLocation: null },
  }),
};

const later: Record<(typeof demoPlanKinds)[number], Edit> = {
  frailty: (c) => c,
  "metastatic-cancer": (c) => c,
  "heart-failure": (c) => ({
    ...c,
    clinicalBackground: { ...c.clinicalBackground, prognosis: "last-months" },
    clinicalRecommendations: {
      ...c.clinicalRecommendations,
      clinicalFocus: "comfort",
      ceilingOfTreatment: "Symptom control at home, including subcutaneous diuretics.",
    },
    cpr: {
      ...c.cpr,
      decision: "not-recommended",
      reasons: "Advanced heart failure despite full treatment: CPR would not restart his heart for long and would cause harm.",
      discussedWithPatient: "yes",
      discussionDetails: "Discussed with him and his daughter Anna, with a Polish interpreter, at home.",
      formLocation: "In the green folder by the front door",
    },
    preferences: { ...c.preferences, preferredPlaceOfDeath: "home", secondPlaceOfDeath: "hospice" },
    medicines: {
      ...c.medicines,
      anticipatoryIssued: "yes",
      anticipatoryMedicines: "Morphine, midazolam, furosemide (injections).",
      anticipatoryLocation: "Kitchen drawer, in the pharmacy bag",
    },
  }),
  "sickle-cell": (c) => c,
  "motor-neurone-disease": (c) => c,
};

/** The schema's output for content that must be valid (throws with the problems otherwise). */
function published(content: PlanContent, label: string): PlanContent {
  const result = planContentSchema.safeParse(toFormValues(content));
  if (!result.success) throw new Error(`scale template ${label} is not a valid plan: ${JSON.stringify(result.error.issues)}`);
  if (!result.data.cpr.decisionDate) throw new Error(`scale template ${label} needs a CPR decision date (the seed moves it)`);
  if (result.data.contacts.people.length === 0) throw new Error(`scale template ${label} needs a contact person (the seed renames them)`);
  return result.data;
}

/** Ten templates: index 2k is kind k's earlier stage, 2k+1 its later one. */
export function contentTemplates(today: Date = new Date()): ContentTemplate[] {
  const kinds = demoPlanKinds;
  return demoPlanContent(today).flatMap((demo, k) =>
    (["earlier", "later"] as const).map((stage) => {
      const kind = kinds[k];
      const content = published((stage === "earlier" ? earlier : later)[kind](demo), `${kind}/${stage}`);
      return { kind, stage, content, text: withPlaceholders(content, kind) };
    }),
  );
}

/** How often each kind is drawn, as indexes into the kinds above (frailty and cancer most often). */
export const kindWeights = [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 4, 4, 0];
