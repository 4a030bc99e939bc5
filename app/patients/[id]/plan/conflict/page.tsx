import type { Metadata } from "next";
import Link from "next/link";
import { ChangeList } from "@/components/plan/ChangeList";
import { titled } from "@/lib/domain/page-title";
import { checkedParams, forPage, pageParams, signedInCaller } from "@/lib/server/page";
import { getPlanConflict } from "@/lib/server/plans/rebase";
import { rebaseAction } from "@/lib/actions/plan-authoring";
import { Card } from "@/components/nhs/Card";

export const metadata: Metadata = titled("Someone else published a new version");

/** Both sets of changes since the version this person started from, and a way to combine them. */
export default async function ConflictPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ stale?: string }> }) {
  const { id } = await checkedParams(params, pageParams.patient);
  const { stale } = await searchParams;
  const path = `/patients/${encodeURIComponent(id)}/plan/conflict`;
  const caller = await signedInCaller(path);
  const conflict = await forPage(() => getPlanConflict(caller, { patientId: id }), path);
  const planHref = `/patients/${encodeURIComponent(id)}/plan`;
  if (!conflict) {
    return (
      <>
        <h1>There is nothing to combine</h1>
        <p>Your draft is based on the current version of the plan.</p>
        <p>
          <Link href={planHref}>Go to the task list</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <Link className="nhsuk-back-link" href={planHref}>
        Back to the task list
      </Link>
      {stale && (
        <Card variant="warning" role="alert">
          <p className="nhsuk-card__description">The draft changed again while you were reading. Check the changes below and try again.</p>
        </Card>
      )}
      <h1>Someone else published a new version</h1>
      <p>
        You started from version {conflict.baseVersion}. Version {conflict.publishedVersion} has been published since. Nothing you wrote has been lost.
      </p>
      <h2>What the other person changed</h2>
      <ChangeList changes={conflict.theirChanges} empty="They changed no answers." headingLevel={3} />
      <h2>What you changed</h2>
      <ChangeList changes={conflict.myChanges} empty="You changed no answers." headingLevel={3} />
      <form action={rebaseAction}>
        <input type="hidden" name="patientId" value={id} />
        <input type="hidden" name="planId" value={conflict.planId} />
        <input type="hidden" name="draftRevision" value={conflict.draftRevision} />
        <p>Your answers will be kept where you changed them, and theirs everywhere else. You can check everything before publishing.</p>
        <button className="nhsuk-button" type="submit">
          Keep my changes and update
        </button>
      </form>
    </>
  );
}
