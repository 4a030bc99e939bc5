import type { PlanChange } from "@/lib/domain/plan";
import type { PlanView } from "@/lib/server/views/plan-view";
import { Card } from "../nhs/Card";
import { Contacts } from "./Contacts";
import { CprDecision } from "./CprDecision";
import { FieldList } from "./FieldList";
import { show } from "./show";

type Plan = NonNullable<PlanView["plan"]>;

/** The plan for a crisis: the most critical first, readable on a phone. */
export function EmergencySummary({ plan, changes = [] }: { plan: Plan; changes?: PlanChange[] }) {
  // Top-level fields ("cpr.decision") that changed, for highlighting.
  const changed = new Set(changes.map((c) => c.field.split(".").slice(0, 2).join(".")));
  const c = plan.content;
  const interventions = c.clinicalRecommendations.interventions ?? [];
  const diagnoses = c.clinicalBackground.diagnoses ?? [];
  const guidance = c.crisisGuidance.items ?? [];
  return (
    <>
      {plan.status === "CANCELLED" && (
        <Card variant="warning" heading="This plan was cancelled">
          <p>{plan.cancelReason ?? "It should not be followed."}</p>
        </Card>
      )}
      <CprDecision cpr={c.cpr} changed={[...changed].some((f) => f.startsWith("cpr."))} />

      <h2>Clinical recommendations</h2>
      <p className="nhsuk-body-l">{show("clinicalRecommendations.clinicalFocus", c.clinicalRecommendations.clinicalFocus) ?? "No clinical focus recorded"}</p>
      {interventions.length > 0 && (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {interventions.map((item, i) => (
            <li key={i}>
              <strong>{item.recommendation === "avoid" ? "Avoid" : "Consider"}:</strong> {item.intervention}
              {item.notes ? `. ${item.notes}` : ""}
            </li>
          ))}
        </ul>
      )}
      {c.clinicalRecommendations.ceilingOfTreatment && <p className="ucp-pre-line">Ceiling of treatment: {c.clinicalRecommendations.ceilingOfTreatment}</p>}

      <h2>What matters to the person</h2>
      <FieldList
        section="aboutMe"
        values={c.aboutMe}
        changed={changed}
        fields={[
          ["preferredName", "Likes to be called"],
          ["whatMattersMost", "What matters most"],
          ["fearsOrWishesToAvoid", "Fears or wishes to avoid"],
          ["communicationNeeds", "Communication needs"],
          ["language", "Language"],
        ]}
      />
      <FieldList
        section="preferences"
        values={c.preferences}
        changed={changed}
        fields={[
          ["preferredPlaceOfCare", "Preferred place of care"],
          ["preferredPlaceOfDeath", "Preferred place of death"],
          ["preferredPlaceOfDeathOther", "Preferred place of death (other)"],
          ["secondPlaceOfDeath", "Second choice"],
        ]}
      />

      <h2>Who to call</h2>
      <Contacts contacts={c.contacts} attorneys={c.capacityAndLegal.attorneys} />

      <h2>Medicines and health</h2>
      <FieldList
        section="medicines"
        values={c.medicines}
        changed={changed}
        fields={[
          ["anticipatoryIssued", "Anticipatory medicines issued"],
          ["anticipatoryMedicines", "Anticipatory medicines"],
          ["anticipatoryLocation", "Where they are kept"],
          ["medicinesOfNote", "Medicines of note"],
        ]}
      />
      {diagnoses.length > 0 && <p>Diagnoses: {diagnoses.map((d) => d.description).join("; ")}</p>}
      <FieldList
        section="clinicalBackground"
        values={c.clinicalBackground}
        changed={changed}
        fields={[
          ["allergies", "Allergies"],
          ["prognosis", "Prognosis"],
        ]}
      />
      <FieldList
        section="capacityAndLegal"
        values={c.capacityAndLegal}
        changed={changed}
        fields={[
          ["hasCapacity", "Has capacity"],
          ["hasAdrt", "Advance decision to refuse treatment"],
          ["adrtDetails", "ADRT details"],
          ["adrtLocation", "ADRT kept"],
        ]}
      />

      <h2>Home and access</h2>
      <FieldList
        section="homeAndAccess"
        values={c.homeAndAccess}
        changed={changed}
        fields={[
          ["accessInstructions", "Access instructions"],
          ["livingSituation", "Living situation"],
          ["equipment", "Equipment"],
          ["pets", "Pets"],
          ["safeguarding", "Safeguarding"],
        ]}
      />

      {guidance.length > 0 && (
        <>
          <h2>Crisis guidance</h2>
          {guidance.map((g, i) => (
            <div key={i}>
              <h3>{g.heading}</h3>
              <p className="ucp-pre-line">{g.guidance}</p>
            </div>
          ))}
        </>
      )}
      {plan.withheld.length > 0 && (
        <p className="nhsuk-body-s" data-testid="withheld">
          Some parts of this plan are not shown to your role.
        </p>
      )}
    </>
  );
}
