"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { publishAction } from "@/lib/actions/plan-authoring";
import { ErrorMessage } from "@/components/nhs/ErrorMessage";
import { ErrorSummary, type ErrorItem } from "@/components/nhs/ErrorSummary";
import { planProblems } from "@/lib/domain/plan/form-paths";

interface Props {
  patientId: string;
  planId: string;
  baseVersion: number;
  draftRevision: number;
}

/**
 * The summary of changes and "Publish care plan"; the summary stays typed whatever happens. The
 * server publishes its own copy of the draft at the revision shown on this page, so only that
 * revision is sent, never the answers.
 */
export function PublishForm({ patientId, planId, baseVersion, draftRevision }: Props) {
  const router = useRouter();
  const [summary, setSummary] = useState("");
  const [summaryError, setSummaryError] = useState<string | null>(null);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [busy, setBusy] = useState(false);
  const revising = baseVersion > 0;
  const planHref = `/patients/${patientId}/plan`;

  const publish = async () => {
    setBusy(true);
    setSummaryError(null);
    setErrors([]);
    const result = await publishAction({ planId, baseVersion, draftRevision, changeSummary: summary }).catch(() => null);
    setBusy(false);
    if (!result) return setErrors([{ href: "#publish", text: "The plan could not be sent. Check your connection and try again" }]);
    if (result.ok) {
      const outcome = result.result;
      return router.push(outcome.status === "published" ? `/patients/${patientId}?published=${outcome.version}` : `${planHref}/conflict`);
    }
    const { changeSummary, ...rest } = result.fieldErrors;
    if (changeSummary) setSummaryError(changeSummary);
    const answers = planProblems(Object.entries(rest), planHref);
    setErrors([
      ...(changeSummary ? [{ href: "#changeSummary", text: changeSummary }] : []),
      ...answers,
      ...(changeSummary || answers.length > 0 ? [] : [{ href: "#publish", text: result.message }]),
    ]);
  };

  return (
    <form noValidate onSubmit={(e) => (e.preventDefault(), void publish())}>
      <ErrorSummary errors={errors} />
      <div className={`nhsuk-form-group${summaryError ? " nhsuk-form-group--error" : ""}`}>
        <label className="nhsuk-label nhsuk-label--m" htmlFor="changeSummary">
          Summary of changes{revising ? "" : " (optional)"}
        </label>
        <div className="nhsuk-hint" id="changeSummary-hint">
          What changed in this version, for people reading the history
        </div>
        <ErrorMessage id="changeSummary-error" message={summaryError ?? undefined} />
        <textarea
          className={`nhsuk-textarea${summaryError ? " nhsuk-textarea--error" : ""}`}
          id="changeSummary"
          name="changeSummary"
          rows={3}
          maxLength={1000}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
          aria-describedby={`changeSummary-hint${summaryError ? " changeSummary-error" : ""}`}
        />
      </div>
      <button className="nhsuk-button" id="publish" type="submit" disabled={busy}>
        Publish care plan
      </button>
    </form>
  );
}
