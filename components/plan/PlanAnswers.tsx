import Link from "next/link";
import { sectionKeys, sections, type PlanDraft, type SectionKey } from "@/lib/domain/plan";
import type { AnyField } from "@/lib/domain/plan/fields";
import { fieldId } from "@/lib/domain/plan/form-paths";
import { lenientContent } from "@/lib/domain/plan/lenient";
import { sectionPage } from "@/lib/domain/plan/steps";
import { isAsked, isAskedInForm } from "@/lib/domain/plan/visibility";

/** Check your answers: one NHS summary list per section, each answer with a "Change" link. */
export function PlanAnswers({ draft, planHref }: { draft: PlanDraft; planHref: string }) {
  const content = lenientContent(draft) as unknown as Record<SectionKey, Record<string, unknown>>;
  return (
    <>
      {sectionKeys.map((key) => {
        const fields = Object.entries(sections[key].fields as Record<string, AnyField>).filter(
          ([name]) => isAskedInForm(key, name) && isAsked(key, name, draft[key]),
        );
        return (
          <section key={key}>
            <h2 className="nhsuk-heading-m">{sections[key].title}</h2>
            <dl className="nhsuk-summary-list">
              {fields.map(([name, field]) => (
                <div className="nhsuk-summary-list__row" key={name}>
                  <dt className="nhsuk-summary-list__key">{field.label}</dt>
                  <dd className="nhsuk-summary-list__value">{field.display(content[key]?.[name]) ?? "Not answered"}</dd>
                  <dd className="nhsuk-summary-list__actions">
                    <Link className="nhsuk-link" href={`${planHref}/${sectionPage(key, name)}#${fieldId(name)}`}>
                      Change<span className="nhsuk-u-visually-hidden"> {field.label.toLowerCase()}</span>
                    </Link>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </>
  );
}
