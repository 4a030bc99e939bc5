import { formatDate } from "../london-time";
import type { RoleView } from "./role-view";
import { places } from "./value-sets";

/**
 * The plan as its person reads it: plain sentences, no clinical shorthand. Wording agreed
 * with the content model; each sentence says what will happen, in the second person.
 */
const cprSentences: Record<string, string> = {
  recommended: "If your heart stops, the team will try to restart it (this is called CPR).",
  "not-recommended": "If your heart stops, the team will not try to restart it. They will keep you comfortable and treat you with dignity.",
  "not-decided": "No decision has been made yet about trying to restart your heart if it stops.",
};

const focusSentences: Record<string, string> = {
  "extend-life": "In an emergency, your care will focus on keeping you alive for as long as possible.",
  balance: "In an emergency, your care will balance living longer with your comfort and the things that matter to you.",
  comfort: "In an emergency, your care will focus on keeping you comfortable, rather than on treatments to make you live longer.",
};

function place(code: string | null | undefined, other?: string | null): string | null {
  if (!code) return null;
  if (code === "other") return other ?? "somewhere else";
  return places.label(code as never).toLowerCase();
}

export interface PlainSection {
  heading: string;
  sentences: string[];
}

export function planInPlainEnglish(c: RoleView): PlainSection[] {
  const out: PlainSection[] = [];
  const add = (heading: string, sentences: (string | null | undefined | false)[]) => {
    const kept = sentences.filter((s): s is string => !!s);
    if (kept.length) out.push({ heading, sentences: kept });
  };
  add("What matters to you", [
    c.aboutMe.whatMattersMost && `What matters most to you: ${c.aboutMe.whatMattersMost}`,
    c.aboutMe.fearsOrWishesToAvoid && `What you would like to avoid: ${c.aboutMe.fearsOrWishesToAvoid}`,
    c.aboutMe.preferredName && `You like to be called ${c.aboutMe.preferredName}.`,
  ]);
  add("If you become very unwell", [
    c.cpr.decision && cprSentences[c.cpr.decision],
    c.cpr.decision && c.cpr.decisionDate && `This was decided on ${formatDate(c.cpr.decisionDate)}${c.cpr.madeBy?.name ? ` by ${c.cpr.madeBy.name}` : ""}.`,
    c.clinicalRecommendations.clinicalFocus && focusSentences[c.clinicalRecommendations.clinicalFocus],
    ...(c.clinicalRecommendations.interventions ?? []).map(
      (i) => `${i.recommendation === "avoid" ? "Your team will try to avoid" : "Your team may consider"}: ${i.intervention.toLowerCase()}.`,
    ),
  ]);
  const first = place(c.preferences.preferredPlaceOfDeath, c.preferences.preferredPlaceOfDeathOther);
  add("Where you would like to be cared for", [
    c.preferences.preferredPlaceOfCare && `You would like to be cared for: ${c.preferences.preferredPlaceOfCare}`,
    first && !["no preference", "undecided", "declined to discuss"].includes(first) && `If you are dying, you would prefer to be at: ${first}.`,
    c.preferences.otherWishes && `Other wishes: ${c.preferences.otherWishes}`,
  ]);
  add("Medicines", [
    c.medicines.anticipatoryIssued === "yes" &&
      `You have "just in case" medicines at home${c.medicines.anticipatoryLocation ? `, kept: ${c.medicines.anticipatoryLocation}` : ""}. ` +
        "Nurses and doctors can use them to ease symptoms quickly.",
  ]);
  add("People to contact", [
    c.contacts.whoToCallFirst && `Call first: ${c.contacts.whoToCallFirst}`,
    ...(c.contacts.people ?? []).map((p) => `${p.name}${p.relationship ? ` (${p.relationship})` : ""}${p.phone ? `: ${p.phone}` : ""}`),
    ...(c.contacts.professionals ?? []).map((p) => `${p.name}, ${p.role}${p.phone ? `: ${p.phone}` : ""}`),
  ]);
  add("Getting into your home", [c.homeAndAccess.accessInstructions && `How the emergency services can get in: ${c.homeAndAccess.accessInstructions}`]);
  add("Your plan", [c.planDetails.reviewDate && `Your plan will be looked at again by ${formatDate(c.planDetails.reviewDate)}.`]);
  return out;
}
