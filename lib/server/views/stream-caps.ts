import "server-only";

/**
 * Open live-update streams are capped per person and per instance, so one person's tabs (or a
 * script) cannot exhaust the server: each stream holds a socket, timers and a listener.
 * `UCP_MAX_STREAMS` (default 2,500) and `UCP_MAX_STREAMS_PER_USER` (default 10), read on each
 * open so a test or an operator can change them without a rebuild.
 */
const DEFAULT_MAX_STREAMS = 2_500;
const DEFAULT_MAX_STREAMS_PER_USER = 10;
export const RETRY_AFTER_SECONDS = 30;

interface Counts {
  total: number;
  byUser: Map<string, number>;
}
const counts = ((globalThis as { __ucpStreamCounts?: Counts }).__ucpStreamCounts ??= { total: 0, byUser: new Map() });

function limit(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : fallback;
}

type Reservation = { ok: true; release: () => void } | { ok: false; status: 429 | 503; message: string };

export function reserveStream(userId: string, env: NodeJS.ProcessEnv = process.env): Reservation {
  const perUser = limit(env.UCP_MAX_STREAMS_PER_USER, DEFAULT_MAX_STREAMS_PER_USER);
  const total = limit(env.UCP_MAX_STREAMS, DEFAULT_MAX_STREAMS);
  const mine = counts.byUser.get(userId) ?? 0;
  if (mine >= perUser) {
    return { ok: false, status: 429, message: `You have ${mine} live views open, the most allowed. Close some tabs or windows showing care plans` };
  }
  if (counts.total >= total) return { ok: false, status: 503, message: "This server has as many live views open as it can take. Try again in a minute" };
  counts.total++;
  counts.byUser.set(userId, mine + 1);
  let released = false;
  return {
    ok: true,
    release() {
      if (released) return;
      released = true;
      counts.total--;
      const left = (counts.byUser.get(userId) ?? 1) - 1;
      if (left > 0) counts.byUser.set(userId, left);
      else counts.byUser.delete(userId);
    },
  };
}

export function openStreamCount(userId?: string): number {
  return userId ? (counts.byUser.get(userId) ?? 0) : counts.total;
}
