import { formatDate, formatDateTime } from "@/lib/domain/london-time";
import { formatNhsNumber } from "@/lib/domain/nhs-number";
import type { PlanView } from "@/lib/server/views/plan-view";
import { Contacts } from "./Contacts";
import { CprDecision } from "./CprDecision";
import { FieldList } from "./FieldList";
import { show } from "./show";
import { bannerName, proseName } from "@/lib/domain/names";

type Plan = NonNullable<PlanView["plan"]>;

/** The plan in ReSPECT form order (sections 1 to 9), then the rest, for paper. */
export function RespectPrint({ view, plan }: { view: PlanView; plan: Plan }) {
  const { patient } = view;
  const address = `${patient.addressLine1}, ${patient.town} ${patient.postcode}`;
  const c = plan.content;
  const status = plan.status === "CANCELLED" ? "CANCELLED" : plan.reviewOverdue ? "active, review overdue" : "active";
  return (
    <article className="ucp-print">
      <p className="ucp-print-footer" data-testid="print-footer">
        Universal Care Plan · {bannerName(patient)} · NHS number {formatNhsNumber(patient.nhsNumber)} · Version {plan.version} ({status}) · Printed{" "}
        {formatDateTime(new Date())}
      </p>
      <h1 className="nhsuk-heading-l">Recommended summary plan for emergency care and treatment</h1>
      <h2>1. Personal details</h2>
      <p>
        {proseName(patient)}, born {formatDate(patient.dateOfBirth)}, NHS number {formatNhsNumber(patient.nhsNumber)}. {address}. Version {plan.version},
        published {formatDate(plan.publishedAt)}.
      </p>
      <h2>2. Shared understanding of my health and current condition</h2>
      {(c.clinicalBackground.diagnoses ?? []).length > 0 && <p>Diagnoses: {(c.clinicalBackground.diagnoses ?? []).map((d) => d.description).join("; ")}</p>}
      <FieldList
        section="clinicalBackground"
        values={c.clinicalBackground}
        fields={[
          ["prognosis", "Prognosis"],
          ["relevantHistory", "Relevant history"],
          ["allergies", "Allergies"],
        ]}
      />
      <FieldList
        section="capacityAndLegal"
        values={c.capacityAndLegal}
        fields={[
          ["hasLpaHealthWelfare", "Lasting power of attorney (health and welfare)"],
          ["hasAdrt", "Advance decision to refuse treatment"],
          ["adrtLocation", "Where the ADRT is kept"],
        ]}
      />
      <h2>3. What matters to me</h2>
      <FieldList
        section="aboutMe"
        values={c.aboutMe}
        fields={[
          ["whatMattersMost", "What I most value"],
          ["fearsOrWishesToAvoid", "What I fear or wish to avoid"],
        ]}
      />
      <h2>4. Clinical recommendations for emergency care and treatment</h2>
      <p>{show("clinicalRecommendations.clinicalFocus", c.clinicalRecommendations.clinicalFocus) ?? "No clinical focus recorded"}</p>
      {(c.clinicalRecommendations.interventions ?? []).map((i, n) => (
        <p key={n}>
          {i.recommendation === "avoid" ? "Avoid" : "Consider"}: {i.intervention}
          {i.notes ? `. ${i.notes}` : ""}
        </p>
      ))}
      <CprDecision cpr={c.cpr} />
      <h2>5. Capacity for involvement in making this plan</h2>
      <FieldList
        section="capacityAndLegal"
        values={c.capacityAndLegal}
        fields={[
          ["hasCapacity", "Has capacity"],
          ["capacityDetails", "Details"],
        ]}
      />
      <h2>6. Involvement in making this plan</h2>
      <FieldList
        section="cpr"
        values={c.cpr}
        fields={[
          ["discussedWithPatient", "Discussed with the person"],
          ["discussionDetails", "Discussion"],
          ["familyInformed", "Family informed"],
        ]}
      />
      <FieldList section="planDetails" values={c.planDetails} fields={[["consentBasis", "Basis for sharing this plan"]]} />
      <h2>7. Clinicians</h2>
      <p>
        CPR decision by {c.cpr.madeBy?.name ?? "not recorded"}
        {c.cpr.madeBy?.role ? `, ${c.cpr.madeBy.role}` : ""}
        {c.cpr.madeBy?.registrationNumber ? `, ${c.cpr.madeBy.registrationNumber}` : ""}. Plan version {plan.version} published by {plan.author}.
      </p>
      <h2>8. Emergency contacts</h2>
      <Contacts contacts={c.contacts} attorneys={c.capacityAndLegal.attorneys} />
      <h2>9. Review</h2>
      <p>{plan.reviewDate ? `Review by ${formatDate(plan.reviewDate)}${plan.reviewOverdue ? " (overdue)" : ""}.` : "No review date."}</p>
      <h2>Additional information</h2>
      <FieldList
        section="medicines"
        values={c.medicines}
        fields={[
          ["anticipatoryIssued", "Anticipatory medicines issued"],
          ["anticipatoryMedicines", "Anticipatory medicines"],
          ["anticipatoryLocation", "Where they are kept"],
        ]}
      />
      <FieldList
        section="homeAndAccess"
        values={c.homeAndAccess}
        fields={[
          ["accessInstructions", "Access instructions"],
          ["livingSituation", "Living situation"],
          ["equipment", "Equipment"],
        ]}
      />
      {(c.crisisGuidance.items ?? []).map((g, i) => (
        <p key={i} className="ucp-pre-line">
          <strong>{g.heading}:</strong> {g.guidance}
        </p>
      ))}
    </article>
  );
}
