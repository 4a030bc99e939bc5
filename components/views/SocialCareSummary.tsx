import type { PlanView } from "@/lib/server/views/plan-view";
import { formatDate } from "@/lib/domain/london-time";
import { Card } from "../nhs/Card";
import { Contacts } from "./Contacts";
import { FieldList } from "./FieldList";

type Plan = NonNullable<PlanView["plan"]>;

/**
 * The plan as social care sees it (the policy's "plain" cut): the person, their wishes and who to
 * contact. The CPR decision and clinical recommendations are for health professionals: the page
 * says so, rather than showing an empty decision a reader could take for "none".
 */
export function SocialCareSummary({ plan }: { plan: Plan }) {
  const c = plan.content;
  return (
    <>
      {plan.status === "CANCELLED" && (
        <Card variant="warning" heading="This plan was cancelled">
          <p>{plan.cancelReason ?? "It should not be followed."}</p>
        </Card>
      )}
      <div className="nhsuk-inset-text" data-testid="social-care-note">
        <p>
          This is the summary for social care. The CPR decision, clinical recommendations and medicines are shown only to health professionals: ask the
          person&apos;s GP or care team if you need them.
        </p>
      </div>
      <h2>What matters to the person</h2>
      <FieldList
        section="aboutMe"
        values={c.aboutMe}
        fields={[
          ["preferredName", "Likes to be called"],
          ["whatMattersMost", "What matters most"],
          ["communicationNeeds", "Communication needs"],
          ["interpreterNeeded", "Needs an interpreter"],
          ["language", "Language"],
        ]}
      />
      <h2>Their wishes</h2>
      <FieldList
        section="preferences"
        values={c.preferences}
        fields={[
          ["preferredPlaceOfCare", "Preferred place of care"],
          ["preferredPlaceOfDeath", "Preferred place of death"],
          ["preferredPlaceOfDeathOther", "Preferred place of death (other)"],
        ]}
      />
      <FieldList section="capacityAndLegal" values={c.capacityAndLegal} fields={[["hasLpaHealthWelfare", "Lasting power of attorney (health and welfare)"]]} />
      <h2>Who to contact</h2>
      <Contacts contacts={c.contacts} attorneys={c.capacityAndLegal.attorneys} />
      {c.planDetails.reviewDate && <p>The plan is due for review on {formatDate(c.planDetails.reviewDate)}.</p>}
    </>
  );
}
