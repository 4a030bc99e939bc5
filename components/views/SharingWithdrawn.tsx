import { formatDate } from "@/lib/domain/london-time";
import { Card } from "../nhs/Card";

/**
 * What an emergency reader sees when the person has withdrawn consent to share: never "no plan"
 * (a plan exists, and may hold a CPR decision), and nothing of its content.
 */
export function SharingWithdrawn({ since }: { since: Date }) {
  return (
    <Card variant="warning" heading="This person has asked for their care plan not to be shared" data-testid="sharing-withdrawn">
      <p>Since {formatDate(since)}. Their plan is not shown to you. This does not mean they have no plan or no decisions about their care.</p>
      <p>Ask the person, or the people with them, about their wishes. Their GP practice can still see the plan.</p>
    </Card>
  );
}

/** For the person and their care team, who still see the plan: it is not shared with anyone else. */
export function NotSharedNotice({ since, ownPlan }: { since: Date; ownPlan: boolean }) {
  return (
    <div className="nhsuk-inset-text" data-testid="not-shared-notice">
      <p>
        {ownPlan
          ? `You asked on ${formatDate(since)} for your care plan not to be shared. Ambulance crews, NHS 111 and out-of-hours doctors cannot see it.`
          : `Not shared: this person asked on ${formatDate(since)} for their care plan not to be shared. Only they and their care team can see it.`}
      </p>
    </div>
  );
}
