import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { notFound, redirect } from "next/navigation";
import { SectionForm } from "@/components/plan/SectionForm";
import { titled } from "@/lib/domain/page-title";
import { sectionKeys, sections, type SectionKey } from "@/lib/domain/plan";
import { isShown } from "@/lib/domain/plan/shown-when";
import { sectionStep } from "@/lib/domain/plan/steps";
import { SESSION_IDLE_SECONDS } from "@/lib/server/auth/options";
import { checkedParams, forPage, pageParams, signedInCaller } from "@/lib/server/page";
import { getPatientDraft } from "@/lib/server/plans/patient-draft";

type Params = Promise<{ id: string; section: string }>;

type Query = Promise<Record<string, string | string[] | undefined>>;

/** The page's title is its h1: the section's, or its step's (the CPR decision's follow-up page). */
export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: Query }): Promise<Metadata> {
  const { section } = await checkedParams(params, pageParams.patientSection);
  if (!(sectionKeys as string[]).includes(section)) return titled("Page not found");
  const { step } = await checkedParams(searchParams, z.object({ step: pageParams.queryText }));
  return titled(sectionStep(section as SectionKey, step)?.title ?? sections[section as SectionKey].title);
}

export default async function SectionPage({ params, searchParams }: { params: Params; searchParams: Query }) {
  const { id, section } = await checkedParams(params, pageParams.patientSection);
  if (!(sectionKeys as string[]).includes(section)) notFound();
  const key = section as SectionKey;
  const { step: stepKey } = await checkedParams(searchParams, z.object({ step: pageParams.queryText }));
  const step = stepKey ? sectionStep(key, stepKey) : null;
  if (stepKey && !step) notFound();
  const path = `/patients/${encodeURIComponent(id)}/plan/${key}`;
  const caller = await signedInCaller(path);
  const draft = await forPage(() => getPatientDraft(caller, { patientId: id }), path);
  if (!draft) redirect(`/patients/${encodeURIComponent(id)}`);
  // A follow-up page the answers do not call for (the decision is not made yet) goes back to the first page.
  if (step && !isShown(step.shownWhen, draft.draft[key])) redirect(`/patients/${draft.patientId}/plan/${key}`);
  const next = sectionKeys[sectionKeys.indexOf(key) + 1];
  const planHref = `/patients/${draft.patientId}/plan`;
  return (
    <>
      <Link className="nhsuk-back-link" href={planHref}>
        Back to the task list
      </Link>
      <SectionForm
        userId={caller.actor.userId}
        patientId={draft.patientId}
        planId={draft.planId}
        section={key}
        draftRevision={draft.draftRevision}
        baseVersion={draft.baseVersion}
        initialValues={draft.draft[key]}
        nextHref={next ? `${planHref}/${next}` : `${planHref}/check`}
        step={step?.key || null}
        idleSeconds={SESSION_IDLE_SECONDS}
      />
    </>
  );
}
