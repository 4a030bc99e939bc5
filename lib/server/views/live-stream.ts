import "server-only";
import { sseEvent } from "@/lib/domain/live/sse";
import type { Caller } from "../actor";
import { answerForRoute } from "../error-mapping";
import { isAppError } from "../errors";
import { isListening, onListeningChanged, onPlanChanged } from "../events/plan-events";
import { isAllowed } from "@/lib/domain/policy";
import { loadActor } from "../actor";
import { RETRY_AFTER_SECONDS, reserveStream } from "./stream-caps";
import { watchPlan, watchRule } from "./watch";
import { rereadForStream, type WatchTrigger } from "./watch-batch";

/**
 * The live-update stream of one patient's plan (Server-Sent Events). Events:
 * - `ready` {token, version, live}: the state when the stream opened;
 * - `state` {token, version, live}: the state re-read after a change was announced, or after
 *   this instance listens again following a lost database connection;
 * - `heartbeat` {live}: every `heartbeatMs` (10 s), so the page can tell a silent stream from a quiet plan;
 * - `stale` {reason}: changes cannot be heard (or the re-read failed) right now: the page warns at once;
 * - `session-ended`: the session is over (signed out, expired, deactivated); the stream closes;
 * - `access-ended`: the reader acted for the person and no longer does (the link was ended); the stream closes.
 * The page compares `token` with the one it shows and reloads its data when they differ.
 */
const HEARTBEAT_MS = 10_000;
/** The session is re-checked every this many heartbeats (every 30 s by default). */
const SESSION_CHECK_EVERY = 3;

export interface StreamOptions {
  heartbeatMs?: number;
  sessionCheckEvery?: number;
  /** Delay before retrying a failed re-read (doubles up to 10 s). */
  retryMs?: number;
}

type Trigger = WatchTrigger;

/**
 * The fallback re-check (every 30 s): still signed in, and still reaching this person (someone
 * acting for them whose link has ended no longer does, even if the change event was missed).
 */
async function stillReaches(caller: Caller, patientId: string): Promise<"yes" | "no" | "signed-out"> {
  if (!caller.actor) return "signed-out";
  const actor = await loadActor(caller.actor.userId, caller.session ?? {});
  if (!actor) return "signed-out";
  return isAllowed(actor, watchRule.permission, { patientId }) ? "yes" : "no";
}

const refused = (status: number, error: string, headers: Record<string, string> = {}) => Response.json({ error }, { status, headers });

export async function openPlanStream(caller: Caller, patientId: string, signal: AbortSignal, options: StreamOptions = {}): Promise<Response> {
  if (!caller.actor) return refused(401, "Sign in to see live updates");
  const slot = reserveStream(caller.actor.userId);
  if (!slot.ok) return refused(slot.status, slot.message, { "Retry-After": String(RETRY_AFTER_SECONDS) });

  // Subscribe before reading, so a change committed after the read is always heard.
  const wanted = { trigger: null as Trigger | null };
  let reread: (trigger: Trigger) => void = (trigger) => (wanted.trigger ??= trigger);
  let stopChanges = () => {};
  // Only a loss makes "listening again" worth a re-read (the first connection comes before the first read).
  let lost = false;
  let staleNow: (reason: string) => void = () => {};
  const stopStatus = onListeningChanged((listening) => {
    if (!listening) {
      lost = true;
      staleNow("listener");
    } else if (lost) {
      lost = false;
      reread("reconnect");
    }
  });
  const release = () => {
    stopStatus();
    stopChanges();
    slot.release();
  };
  let first: { version: number; token: string };
  try {
    stopChanges = await onPlanChanged(patientId, () => reread("change"));
    lost ||= !isListening();
    first = await watchPlan.fromUntrusted(caller, { patientId, trigger: "open" }); // the id is from the address
  } catch (e) {
    release();
    if (isAppError(e)) return answerForRoute(e);
    return refused(503, "Live updates are not available right now", { "Retry-After": "5" });
  }

  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  const checkEvery = options.sessionCheckEvery ?? SESSION_CHECK_EVERY;
  const encoder = new TextEncoder();
  let closed = false;
  let close = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (name: string, data: unknown) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(sseEvent(name, data)));
        } catch {
          close(); // the client has gone
        }
      };
      let beats = 0;
      let retry: NodeJS.Timeout | undefined;
      let retryDelay = options.retryMs ?? 1_000;
      const heartbeat = setInterval(() => void beat(), heartbeatMs);
      close = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        clearTimeout(retry);
        release();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      const endSession = () => {
        send("session-ended", { message: "You have been signed out" });
        close();
      };
      const endAccess = () => {
        send("access-ended", { message: "You can no longer see this plan" });
        close();
      };
      staleNow = (reason) => send("stale", { reason });

      // Re-reads run one at a time; changes announced meanwhile are read once more afterwards.
      let running = false;
      const run = async () => {
        if (running || closed || !wanted.trigger) return;
        const trigger = wanted.trigger;
        wanted.trigger = null;
        running = true;
        try {
          // Shared with every stream of this patient asking now: one read, one audit statement (watch-batch.ts).
          const answer = await rereadForStream(caller, patientId, trigger);
          if (answer.kind === "session-ended") return endSession();
          if (answer.kind === "access-ended") return endAccess();
          // A break-glass reason that has run out: retrying would only write refusals; the page must ask again.
          if (answer.kind === "reason-required") {
            send("reason-required", { message: "Your reason for seeing this plan has run out" });
            return close();
          }
          send("state", { version: answer.version, token: answer.token, live: isListening() });
          retryDelay = options.retryMs ?? 1_000;
        } catch {
          // The database is unreachable: say so now, and try again until it answers.
          send("stale", { reason: "read-failed" });
          wanted.trigger ??= trigger;
          retry = setTimeout(() => {
            retry = undefined;
            void run();
          }, retryDelay);
          retryDelay = Math.min(retryDelay * 2, 10_000);
        } finally {
          running = false;
        }
        if (wanted.trigger && !retry) void run();
      };
      reread = (trigger) => {
        wanted.trigger ??= trigger;
        clearTimeout(retry);
        retry = undefined;
        void run();
      };
      const beat = async () => {
        const live = isListening();
        send("heartbeat", { live });
        if (++beats % checkEvery !== 0) return;
        const now = await stillReaches(caller, patientId).catch(() => "yes" as const); // unreachable database: inconclusive
        if (now === "signed-out") endSession();
        else if (now === "no") endAccess();
      };

      controller.enqueue(encoder.encode(`retry: 2000\n`));
      send("ready", { ...first, live: isListening() });
      if (!isListening()) staleNow("listener");
      if (wanted.trigger) void run(); // a change announced while the first read ran
      signal.addEventListener("abort", () => close());
    },
    cancel() {
      close();
    },
  });
  if (signal.aborted) close();
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
