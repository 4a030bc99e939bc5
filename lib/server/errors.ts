import { formatDate } from "@/lib/domain/london-time";

/**
 * The few ways a use case can refuse, each with its plain message. How each transport (page,
 * action, route handler, FHIR, command line) answers them: error-mapping.ts.
 */
export type ErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "INVALID" | "CONFLICT" | "THROTTLED" | "REASON_REQUIRED" | "SHARING_WITHDRAWN";

const defaultMessages: Record<ErrorCode, string> = {
  UNAUTHENTICATED: "Sign in to continue",
  FORBIDDEN: "You do not have access to this",
  NOT_FOUND: "Page not found",
  INVALID: "There is a problem with what was entered",
  CONFLICT: "Someone else changed this while you were working on it",
  THROTTLED: "Too many attempts. Wait a few minutes and try again",
  REASON_REQUIRED: "This person is not cared for by your organisation: say why you need their plan",
  SHARING_WITHDRAWN: "This person has asked for their care plan not to be shared",
};

/** Field path -> message, in form order, for the NHS error summary. */
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message ?? defaultMessages[code]);
    this.name = "AppError";
  }
}

/** Break glass: this patient is outside the actor's care team and no reason was given. */
export class ReasonRequiredError extends AppError {
  constructor(readonly patientId: string) {
    super("REASON_REQUIRED", undefined, { accessReason: "Enter why you need to see this plan: this patient is not cared for by your organisation" });
  }
}

/** The person has withdrawn consent to share their plan, and this reader is not one who still sees it (policy.ts). */
export class SharingWithdrawnError extends AppError {
  constructor(
    readonly patientId: string,
    readonly withdrawnAt: Date,
  ) {
    super("SHARING_WITHDRAWN", sharingWithdrawnMessage(withdrawnAt));
  }
}

/** The words every view and the API use, with the date in UK time. */
export function sharingWithdrawnMessage(withdrawnAt: Date): string {
  return `This person has asked for their care plan not to be shared (since ${formatDate(withdrawnAt)})`;
}

export function isReasonRequired(e: unknown): e is ReasonRequiredError {
  return e instanceof ReasonRequiredError;
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
