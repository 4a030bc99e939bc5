"use client";

import { useState } from "react";
import { rotateApiClientAction } from "@/lib/actions/api-clients";
import type { RotatedApiClient } from "@/lib/server/api-clients/store";

const overlapLabels = { none: "At once", "1h": "After 1 hour", "24h": "After 24 hours" } as const;

/** Rotating asks when the old token should stop, then hands the new token up to be shown once. */
export function RotateApiClient({
  id,
  name,
  onRotated,
  onError,
}: {
  id: string;
  name: string;
  onRotated(r: RotatedApiClient): void;
  onError(message: string): void;
}) {
  const [open, setOpen] = useState(false);
  const [overlap, setOverlap] = useState<keyof typeof overlapLabels>("none");
  const [busy, setBusy] = useState(false);

  const rotate = async () => {
    setBusy(true);
    const result = await rotateApiClientAction({ id, overlap }).catch(() => null);
    setBusy(false);
    setOpen(false);
    if (!result?.ok) return onError(result?.message ?? "The request could not be sent. Try again");
    onRotated(result.result);
  };

  if (!open) {
    return (
      <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" onClick={() => setOpen(true)}>
        Rotate token<span className="nhsuk-u-visually-hidden"> of {name}</span>
      </button>
    );
  }
  const selectId = `overlap-${id}`;
  return (
    <span>
      <label className="nhsuk-label" htmlFor={selectId}>
        Old token of {name} stops working
      </label>
      <select id={selectId} className="nhsuk-select" value={overlap} onChange={(e) => setOverlap(e.target.value as keyof typeof overlapLabels)}>
        {Object.entries(overlapLabels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>{" "}
      <button type="button" className="nhsuk-button nhsuk-button--warning nhsuk-u-margin-bottom-0" disabled={busy} onClick={() => void rotate()}>
        Yes, rotate {name}
      </button>{" "}
      <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </span>
  );
}
