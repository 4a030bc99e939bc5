import Link from "next/link";
import { formatDate } from "@/lib/domain/london-time";
import { formatNhsNumber } from "@/lib/domain/nhs-number";
import type { plansDueForReview } from "@/lib/server/plans/lifecycle";
import { ResponsiveTable } from "../nhs/ResponsiveTable";
import { bannerName } from "@/lib/domain/names";

type DuePlans = Awaited<ReturnType<typeof plansDueForReview>>;

/** "My patients' plans due for review" on an author's home page; overdue ones in red. */
export function ReviewList({ plans }: { plans: DuePlans }) {
  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading">My patients&apos; plans due for review</h2>
      {plans.length === 0 ? (
        <p>No plans are due for review in the next 30 days.</p>
      ) : (
        <ResponsiveTable
          caption="Plans due for review in the next 30 days, overdue first"
          headers={["Patient", "NHS number", "Review date"]}
          rows={plans.map((p) => ({
            key: p.id,
            cells: [
              <Link key="name" href={`/patients/${p.patient.id}`}>
                {bannerName(p.patient)}
              </Link>,
              formatNhsNumber(p.patient.nhsNumber),
              <>
                {p.reviewDate ? formatDate(p.reviewDate) : "Not set"} {p.overdue && <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong>}
              </>,
            ],
          }))}
        />
      )}
    </section>
  );
}
