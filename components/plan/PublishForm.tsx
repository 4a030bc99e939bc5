"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { publishAction } from "@/app/patients/[id]/plan/check/actions";
import { ErrorMessage } from "@/components/nhs/ErrorMessage";
import { ErrorSummary } from "@/components/nhs/ErrorSummary";
import type { PlanDraft } from "@/lib/domain/plan";

interface Props {
  patientId: string;
  planId: string;
  baseVersion: number;
  draftRevision: number;
  draft: PlanDraft;
}

/** The summary of changes and "Publish care plan"; the summary stays typed whatever happens. */
export function PublishForm({ patientId, planId, baseVersion, draftRevision, draft }: Props) {
  const router = useRouter();
  const [summary, setSummary] = useState("");
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const revising = baseVersion > 0;

  const publish = async () => {
    setBusy(true);
    setError(null);
    const result = await publishAction({ planId, baseVersion, draftRevision, draft, changeSummary: summary }).catch(() => null);
    setBusy(false);
    if (!result) return setError({ message: "The plan could not be sent. Check your connection and try again" });
    if (result.ok) return router.push(`/patients/${patientId}?published=${result.result.version}`);
    if (result.kept) return router.push(`/patients/${patientId}/plan/conflict`);
    setError({ field: result.fieldErrors.changeSummary ? "changeSummary" : undefined, message: result.fieldErrors.changeSummary ?? result.message });
  };

  return (
    <form noValidate onSubmit={(e) => (e.preventDefault(), void publish())}>
      <ErrorSummary errors={error ? [{ href: error.field ? "#changeSummary" : "#publish", text: error.message }] : []} />
      <div className={`nhsuk-form-group${error?.field ? " nhsuk-form-group--error" : ""}`}>
        <label className="nhsuk-label nhsuk-label--m" htmlFor="changeSummary">
          Summary of changes{revising ? "" : " (optional)"}
        </label>
        <div className="nhsuk-hint" id="changeSummary-hint">
          What changed in this version, for people reading the history
        </div>
        <ErrorMessage id="changeSummary-error" message={error?.field ? error.message : undefined} />
        <textarea
          className={`nhsuk-textarea${error?.field ? " nhsuk-textarea--error" : ""}`}
          id="changeSummary"
          name="changeSummary"
          rows={3}
          maxLength={1000}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
          aria-describedby={`changeSummary-hint${error?.field ? " changeSummary-error" : ""}`}
        />
      </div>
      <button className="nhsuk-button" id="publish" type="submit" disabled={busy}>
        Publish care plan
      </button>
    </form>
  );
}
