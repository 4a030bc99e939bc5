"use client";

export function PrintButton({ label = "Print this plan" }: { label?: string }) {
  return (
    <button type="button" className="nhsuk-button nhsuk-button--secondary ucp-no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
