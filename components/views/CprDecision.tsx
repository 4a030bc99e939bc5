import type { RoleView } from "@/lib/domain/plan";
import { formatDate } from "@/lib/domain/london-time";
import { Card } from "../nhs/Card";
import { show } from "./show";

/** The CPR decision, most prominent of all; a warning when CPR is not recommended. */
export function CprDecision({ cpr, changed = false }: { cpr: RoleView["cpr"]; changed?: boolean }) {
  const tag = changed && <strong className="nhsuk-tag nhsuk-tag--yellow">Changed</strong>;
  const decision = show("cpr.decision", cpr.decision) ?? "No CPR decision recorded";
  const made = cpr.decisionDate ? `Decision made ${formatDate(cpr.decisionDate)}${cpr.madeBy?.name ? ` by ${cpr.madeBy.name}` : ""}.` : null;
  if (cpr.decision === "not-recommended") {
    return (
      <Card
        variant="warning"
        data-testid="cpr-decision"
        heading={
          <>
            {decision} {tag}
          </>
        }
      >
        <p>Do not attempt cardiopulmonary resuscitation. {made}</p>
        {cpr.reasons && <p>Reasons: {cpr.reasons}</p>}
        {cpr.formLocation && <p>The signed form is kept: {cpr.formLocation}</p>}
      </Card>
    );
  }
  return (
    <div className="nhsuk-inset-text" data-testid="cpr-decision">
      <h2 className="nhsuk-heading-m nhsuk-u-margin-bottom-2">
        {decision} {tag}
      </h2>
      {made && <p>{made}</p>}
    </div>
  );
}
