"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { endCareTeamMemberAction } from "@/lib/actions/care-team";

/** Ends one membership now; a refusal (someone ended it first, a lapsed reason) is said next to it. */
export function EndMembershipButton({ patientId, membershipId, organisation }: { patientId: string; membershipId: string; organisation: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const end = async () => {
    setBusy(true);
    setProblem(null);
    const result = await endCareTeamMemberAction({ patientId, membershipId }).catch(() => null);
    setBusy(false);
    if (result?.ok) return router.refresh();
    setProblem(result ? result.message : "The change could not be sent. Check your connection and try again");
  };
  return (
    <>
      <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0" type="button" disabled={busy} onClick={end}>
        End<span className="nhsuk-u-visually-hidden"> {organisation}&apos;s place in the care team</span>
      </button>
      {problem && (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> {problem}
        </p>
      )}
    </>
  );
}
