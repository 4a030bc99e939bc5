import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { SectionForm } from "@/components/plan/SectionForm";
import { titled } from "@/lib/domain/page-title";
import { sectionKeys, sections, type SectionKey } from "@/lib/domain/plan";
import { SESSION_IDLE_SECONDS } from "@/lib/server/auth/options";
import { checkedParams, forPage, pageParams, signedInCaller } from "@/lib/server/page";
import { getPatientDraft } from "@/lib/server/plans/patient-plan";

type Params = Promise<{ id: string; section: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { section } = await checkedParams(params, pageParams.patientSection);
  return titled((sectionKeys as string[]).includes(section) ? sections[section as SectionKey].title : "Page not found");
}

export default async function SectionPage({ params }: { params: Params }) {
  const { id, section } = await checkedParams(params, pageParams.patientSection);
  if (!(sectionKeys as string[]).includes(section)) notFound();
  const key = section as SectionKey;
  const path = `/patients/${encodeURIComponent(id)}/plan/${key}`;
  const caller = await signedInCaller(path);
  const draft = await forPage(() => getPatientDraft(caller, { patientId: id }), path);
  if (!draft) redirect(`/patients/${encodeURIComponent(id)}`);
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
        idleSeconds={SESSION_IDLE_SECONDS}
      />
    </>
  );
}
