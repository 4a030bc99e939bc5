import type { OperationOutcome, OperationOutcomeIssue } from "@medplum/fhirtypes";

export type IssueSeverity = OperationOutcomeIssue["severity"];
export type IssueType = OperationOutcomeIssue["code"];

export function operationOutcome(severity: IssueSeverity, code: IssueType, diagnostics: string): OperationOutcome {
  return { resourceType: "OperationOutcome", issue: [{ severity, code, diagnostics }] };
}

/** The HTTP statuses the API answers with an OperationOutcome, and the issue type of each. */
export const errorIssueTypes = {
  400: "invalid",
  401: "login",
  403: "forbidden",
  404: "not-found",
  405: "not-supported",
  406: "not-supported",
  409: "conflict",
  429: "throttled",
  500: "exception",
} as const satisfies Record<number, IssueType>;

export type ErrorStatus = keyof typeof errorIssueTypes;

/** An error answer: the status to send and its OperationOutcome body (the status's issue type unless another is named). */
export function errorOutcome(
  status: ErrorStatus,
  diagnostics: string,
  code: IssueType = errorIssueTypes[status],
): { status: ErrorStatus; body: OperationOutcome } {
  return { status, body: operationOutcome("error", code, diagnostics) };
}
