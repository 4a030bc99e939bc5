import "server-only";

/** What a sender is told when an administrator makes a one-time link to set a password. */
export interface ResetLinkNotice {
  userId: string;
  email: string;
  name: string;
  /** The link itself: the only copy besides the one the administrator is shown. Never log it. */
  url: string;
  expiresAt: Date;
}

/**
 * How a one-time link reaches the person besides the administrator's screen. The service needs
 * no mail server: the default only logs that a link was issued (never the link). To send it by
 * email, call `setResetLinkSender` once at start (e.g. from `instrumentation.ts`) with a sender
 * that queues a message through your mail service (GOV.UK Notify, NHSmail SMTP); it runs inside
 * the transaction that stores the link, so it should queue and return quickly, and a sender
 * that throws refuses the link (the administrator sees an error and nothing is stored).
 */
export interface ResetLinkSender {
  linkIssued(notice: ResetLinkNotice): Promise<void>;
}

export const logOnlySender: ResetLinkSender = {
  async linkIssued(notice) {
    console.info(`[people] one-time password link issued for user ${notice.userId}, expires ${notice.expiresAt.toISOString()}`);
  },
};

let sender: ResetLinkSender = logOnlySender;

export function setResetLinkSender(next: ResetLinkSender): void {
  sender = next;
}

export function resetLinkSender(): ResetLinkSender {
  return sender;
}
