import { auditActions } from "@/lib/domain/audit-actions";
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "../audit";

/** Where a failed request came from, as requestInfo() gives it. */
interface FailureSource {
  ip: string | null;
  userAgent: string | null;
}

type GateAnswer = { limited: false } | { limited: true; retryAfterSeconds: number };

interface Window {
  start: number;
  source: FailureSource;
  attempts: number;
  limited: number;
  reasons: Map<string, number>;
  apiClientIds: Set<string>;
  timer: ReturnType<typeof setTimeout> | null;
}

interface FailureGateOptions {
  /** Failed requests a source may make per window before it gets 429. */
  limit: number;
  windowMs: number;
  now?: () => number;
  /** Sources tracked at once; past it, new sources share one window (memory stays bounded). */
  maxSources?: number;
  /** Close each window on a timer (off in tests that drive the clock). */
  timers?: boolean;
}

const OVERFLOW = "(too many sources)";
const MAX_CLIENT_IDS = 20;

/**
 * Failed FHIR authentications (no, malformed, unknown, revoked, expired or rotated token),
 * per client address, in fixed windows. Over the limit a source gets 429 until its window
 * ends. The audit trail is append-only, so a flood is written as few rows: the first failure
 * of each reason in a window at once, then one summary row with the counts when the window
 * closes. Requests with a valid token never come here, so they are neither counted nor held
 * back. In memory, per app instance: each instance limits on its own.
 */
export class FailureGate {
  private readonly windows = new Map<string, Window>();
  private readonly now: () => number;

  constructor(private readonly options: FailureGateOptions) {
    this.now = options.now ?? Date.now;
  }

  async fail(source: FailureSource, reason: string, apiClientId: string | null = null): Promise<GateAnswer> {
    // Every change to the map is made before the first await, so concurrent requests cannot race.
    const closing: Window[] = [];
    const now = this.now();
    let key = source.ip ?? "(no address)";
    let w = this.windows.get(key);
    if (w && now >= w.start + this.options.windowMs) {
      closing.push(this.remove(key, w));
      w = undefined;
    }
    if (!w && this.windows.size >= (this.options.maxSources ?? 10_000)) {
      for (const [k, old] of this.windows) if (now >= old.start + this.options.windowMs) closing.push(this.remove(k, old));
      if (this.windows.size >= (this.options.maxSources ?? 10_000)) key = OVERFLOW;
      w = this.windows.get(key);
    }
    if (!w) w = this.open(key, source, now);
    w.attempts++;
    const firstOfReason = !w.reasons.has(reason);
    w.reasons.set(reason, (w.reasons.get(reason) ?? 0) + 1);
    if (apiClientId && w.apiClientIds.size < MAX_CLIENT_IDS) w.apiClientIds.add(apiClientId);
    const limited = w.attempts > this.options.limit;
    if (limited) w.limited++;
    const retryAfterSeconds = Math.max(1, Math.ceil((w.start + this.options.windowMs - now) / 1000));

    await Promise.all(closing.map((old) => this.writeSummary(old)));
    if (firstOfReason) {
      await writeAudit(db(), { actor: null, ...source, via: "fhir-api" }, auditActions.apiAuthenticate, "FAILURE", {
        detail: { reason, apiClientId, limited },
      });
    }
    return limited ? { limited: true, retryAfterSeconds } : { limited: false };
  }

  /** Writes the summary of every open window now (tests; a shutdown hook could call it). */
  async flushAll(): Promise<void> {
    const all = [...this.windows].map(([k, w]) => this.remove(k, w));
    await Promise.all(all.map((w) => this.writeSummary(w)));
  }

  private open(key: string, source: FailureSource, now: number): Window {
    const w: Window = { start: now, source, attempts: 0, limited: 0, reasons: new Map(), apiClientIds: new Set(), timer: null };
    if (this.options.timers !== false) {
      w.timer = setTimeout(() => {
        if (this.windows.get(key) !== w) return;
        this.writeSummary(this.remove(key, w)).catch((e: unknown) => console.error("[fhir] audit summary not written:", e instanceof Error ? e.message : e));
      }, this.options.windowMs);
      w.timer.unref?.();
    }
    this.windows.set(key, w);
    return w;
  }

  private remove(key: string, w: Window): Window {
    this.windows.delete(key);
    if (w.timer) clearTimeout(w.timer);
    return w;
  }

  /** One row for the failures not written on their own: how many, why, and how many got 429. */
  private async writeSummary(w: Window): Promise<void> {
    const written = w.reasons.size;
    if (w.attempts <= written) return;
    const reasons = Object.fromEntries([...w.reasons].map(([r, n]) => [r, n]));
    await writeAudit(db(), { actor: null, ...w.source, via: "fhir-api" }, auditActions.apiAuthenticate, "FAILURE", {
      detail: {
        aggregated: true,
        count: w.attempts - written,
        attempts: w.attempts,
        limited: w.limited,
        reasons,
        apiClientIds: [...w.apiClientIds],
        windowStart: new Date(w.start).toISOString(),
        windowEnd: new Date(w.start + this.options.windowMs).toISOString(),
      },
    });
  }
}

/** UCP_FHIR_AUTH_FAILURES_PER_MINUTE (default 20): failed authentications per address per minute. */
function failureLimitFromEnv(env: Record<string, string | undefined> = process.env): number {
  const raw = env.UCP_FHIR_AUTH_FAILURES_PER_MINUTE;
  if (raw === undefined || raw === "") return 20;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new Error(`UCP_FHIR_AUTH_FAILURES_PER_MINUTE must be a whole number from 1 to 100000 (is "${raw}")`);
  return n;
}

let gate: FailureGate | null = null;

/** The app's one gate (one per process). */
export function authFailureGate(): FailureGate {
  gate ??= new FailureGate({ limit: failureLimitFromEnv(), windowMs: 60_000 });
  return gate;
}
