import type { Metadata } from "next";
import { z } from "zod";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card } from "@/components/nhs/Card";
import { BothChanged } from "@/components/plan/BothChanged";
import { PlanAnswers } from "@/components/plan/PlanAnswers";
import { PublishForm } from "@/components/plan/PublishForm";
import { titled } from "@/lib/domain/page-title";
import { dataQualityWarnings, planContentSchema } from "@/lib/domain/plan";
import { planProblems } from "@/lib/domain/plan/form-paths";
import { checkedParams, forPage, pageParams, signedInCaller } from "@/lib/server/page";
import { getPatientDraft } from "@/lib/server/plans/patient-draft";

type Params = Promise<{ id: string }>;

/** The audited read of the draft, and the publish rules' problems found in it. */
async function load(id: string) {
  const path = `/patients/${encodeURIComponent(id)}/plan/check`;
  const caller = await signedInCaller(path);
  const draft = await forPage(() => getPatientDraft(caller, { patientId: id }), path);
  if (!draft) redirect(`/patients/${encodeURIComponent(id)}`);
  const planHref = `/patients/${draft.patientId}/plan`;
  const parsed = planContentSchema.safeParse(draft.draft);
  // Publish rules are guidance here: each problem links to the question in its section. Publishing
  // checks the same rules again on the server's copy, at the revision shown here.
  const problems = parsed.success
    ? []
    : planProblems(
        parsed.error.issues.map((i) => [i.path.join("."), i.message] as const),
        planHref,
      );
  const warnings = parsed.success ? dataQualityWarnings(parsed.data) : [];
  return { draft, planHref, problems, warnings };
}

// No "Error: " on arrival: the problems are guidance in a warning card, not an error summary. A
// refused publish shows PublishForm's error summary, which puts "Error: " in the title itself.
export const metadata: Metadata = titled("Check your answers");

export default async function CheckAnswersPage({ params, searchParams }: { params: Params; searchParams: Promise<{ check?: string | string[] }> }) {
  const { id } = await checkedParams(params, pageParams.patient);
  const { check } = await checkedParams(searchParams, z.object({ check: pageParams.queryText }));
  const { draft, planHref, problems, warnings } = await load(id);
  return (
    <>
      <Link className="nhsuk-back-link" href={planHref}>
        Back to the task list
      </Link>
      {/* Guidance on arrival, not an error: the error summary is for what a submit refused. */}
      {problems.length > 0 && (
        <Card variant="warning" heading="The plan is not ready to publish">
          <ul className="nhsuk-list">
            {problems.map((p) => (
              <li key={p.href + p.text}>
                <a href={p.href}>{p.text}</a>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <h1>Check your answers</h1>
      {check && <BothChanged paths={check.split(",")} />}
      {warnings.length > 0 && (
        <Card variant="warning" heading="Worth a second look">
          <p className="nhsuk-card__description">These do not stop you publishing.</p>
          <ul>
            {warnings.map((w) => (
              <li key={w.message}>
                <Link href={`${planHref}/${w.section}`}>{w.message}</Link>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <PlanAnswers draft={draft.draft} planHref={planHref} />
      {problems.length === 0 ? (
        <PublishForm patientId={draft.patientId} planId={draft.planId} baseVersion={draft.baseVersion} draftRevision={draft.draftRevision} />
      ) : (
        <p>Complete the answers listed at the top of the page before publishing.</p>
      )}
    </>
  );
}
