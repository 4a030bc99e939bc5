import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { redirect } from "next/navigation";
import { titled } from "@/lib/domain/page-title";
import { sectionKeys, sectionStatus, sections, type SectionStatus } from "@/lib/domain/plan";
import { checkedParams, forPage, pageParams, signedInCaller } from "@/lib/server/page";
import { getPatientDraft } from "@/lib/server/plans/patient-draft";
import { bannerName, proseName } from "@/lib/domain/names";
import { Card } from "@/components/nhs/Card";

const statusTag: Record<SectionStatus, { text: string; className: string }> = {
  "not started": { text: "Not started", className: "nhsuk-tag nhsuk-tag--grey" },
  "in progress": { text: "In progress", className: "nhsuk-tag nhsuk-tag--blue" },
  completed: { text: "Completed", className: "nhsuk-tag nhsuk-tag--no-colour nhsuk-tag--no-border nhsuk-u-font-weight-normal" },
};

type Params = Promise<{ id: string }>;

/** Once per request (React's cache): the title and the page share the same audited reads. */
const load = cache(async (id: string) => {
  const path = `/patients/${encodeURIComponent(id)}/plan`;
  const caller = await signedInCaller(path);
  // One audited read: the draft comes with the patient's name.
  const draft = await forPage(() => getPatientDraft(caller, { patientId: id }), path);
  if (!draft) redirect(`/patients/${id}`);
  return { patient: { id: draft.patientId, ...draft.patient }, draft };
});

const headingFor = (baseVersion: number) => (baseVersion === 0 ? "Create care plan" : "Update care plan");

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await checkedParams(params, pageParams.patient);
  return titled(headingFor((await load(id)).draft.baseVersion));
}

/** NHS task list: the sections of the draft with how far each has got. */
export default async function PlanTaskListPage({ params }: { params: Params }) {
  const { id } = await checkedParams(params, pageParams.patient);
  const { patient, draft } = await load(id);
  const statuses = sectionStatus(draft.draft);
  const started = Object.values(statuses).some((s) => s !== "not started");
  const completed = Object.values(statuses).filter((s) => s === "completed").length;
  const planHref = `/patients/${patient.id}/plan`;
  return (
    <>
      <Link className="nhsuk-back-link" href={`/patients/${patient.id}`}>
        Back to {proseName(patient)}
      </Link>
      {draft.baseVersion < draft.publishedVersion && (
        <Card variant="warning" role="alert" heading="Someone else published a newer version">
          <p className="nhsuk-card__description">
            <Link href={`${planHref}/conflict`}>See both sets of changes and combine them</Link> before publishing.
          </p>
        </Card>
      )}
      <span className="nhsuk-caption-l">{bannerName(patient)}</span>
      <h1>{headingFor(draft.baseVersion)}</h1>
      <p>
        {completed} of {sectionKeys.length} sections completed. Your answers are saved as a draft; nobody else sees them until you publish.
      </p>
      <ul className="nhsuk-task-list">
        {sectionKeys.map((key) => (
          <li className="nhsuk-task-list__item nhsuk-task-list__item--with-link" key={key}>
            <div className="nhsuk-task-list__name-and-hint">
              <Link className="nhsuk-task-list__link nhsuk-link" href={`${planHref}/${key}`} aria-describedby={`${key}-status`}>
                {sections[key].title}
              </Link>
            </div>
            <div className="nhsuk-task-list__status" id={`${key}-status`}>
              <strong className={statusTag[statuses[key]].className}>{statusTag[statuses[key]].text}</strong>
            </div>
          </li>
        ))}
      </ul>
      {started && (
        <Link className="nhsuk-button" href={`${planHref}/check`}>
          Check your answers
        </Link>
      )}
    </>
  );
}
