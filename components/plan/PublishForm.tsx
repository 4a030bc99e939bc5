"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { publishAction } from "@/lib/actions/plan-authoring";
import { ErrorSummary } from "@/components/nhs/ErrorSummary";
import { Textarea } from "@/components/nhs/Textarea";
import { useActionForm } from "@/components/nhs/useActionForm";
import { planProblems } from "@/lib/domain/plan/form-paths";
import { publishInput } from "@/lib/domain/plan/publish-input";

interface Props {
  patientId: string;
  planId: string;
  baseVersion: number;
  draftRevision: number;
}

/**
 * The summary of changes and "Publish care plan"; the summary stays typed whatever happens. The
 * server publishes its own copy of the draft at the revision shown on this page, so only that
 * revision is sent, never the answers; problems with the answers link to their sections.
 */
export function PublishForm({ patientId, planId, baseVersion, draftRevision }: Props) {
  const router = useRouter();
  const [summary, setSummary] = useState("");
  const planHref = `/patients/${patientId}/plan`;
  const form = useActionForm({
    schema: publishInput,
    action: publishAction,
    fields: { changeSummary: "changeSummary" },
    elsewhere: (problems) => planProblems(problems, planHref),
    onSuccess: (outcome) => router.push(outcome.status === "published" ? `/patients/${patientId}?published=${outcome.version}` : `${planHref}/conflict`),
  });

  return (
    <form noValidate onSubmit={form.onSubmit(() => ({ planId, baseVersion, draftRevision, changeSummary: summary }))}>
      <ErrorSummary errors={form.summary} />
      <Textarea
        id="changeSummary"
        name="changeSummary"
        label={`Summary of changes${baseVersion > 0 ? "" : " (optional)"}`}
        labelClass="nhsuk-label--m"
        hint="What changed in this version, for people reading the history"
        limit={1000}
        rows={3}
        error={form.errors.changeSummary}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
      />
      <button className="nhsuk-button" id="publish" type="submit" disabled={form.busy}>
        Publish care plan
      </button>
    </form>
  );
}
