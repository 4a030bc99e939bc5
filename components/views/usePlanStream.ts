"use client";

import { useEffect, useRef, useState } from "react";
import { sseParser } from "@/lib/domain/live/sse";

/** No event (not even a heartbeat, sent every 10 s) for this long: the stream is presumed dead. */
const SILENCE_MS = 30_000;

export type StreamHealth = { status: "live" } | { status: "stale"; message?: string } | { status: "signed-out" } | { status: "access-ended" };

export interface PlanState {
  token: string;
  version: number;
  live: boolean;
}

/**
 * Follows a plan's live-update stream (fetch, not EventSource, so a refusal's status and
 * message are readable) and reconnects forever with backoff. `onState` gets every state the
 * server read (on open, after a change, after the server listens again). Health is "live" only
 * while the server says it is listening and events keep coming.
 */
export function usePlanStream(patientId: string, onState: (state: PlanState) => void): { health: StreamHealth; lastCheckedAt: Date } {
  const [health, setHealth] = useState<StreamHealth>({ status: "live" });
  const [lastCheckedAt, setLastCheckedAt] = useState(() => new Date());
  const onStateRef = useRef(onState);
  useEffect(() => {
    onStateRef.current = onState;
  }, [onState]);

  useEffect(() => {
    let stopped = false;
    let aborter = new AbortController();
    let lastHeard = Date.now();
    let delay = 1_000;
    let current: StreamHealth["status"] = "live";
    const report = (next: StreamHealth) => {
      if (current === "signed-out" || current === "access-ended") return;
      current = next.status;
      setHealth(next);
    };
    const stale = (message?: string) => report({ status: "stale", message });
    const checked = () => {
      setLastCheckedAt(new Date());
      delay = 1_000;
    };
    const handle = (event: string, data: string) => {
      lastHeard = Date.now();
      const body = data ? (JSON.parse(data) as Partial<PlanState> & { reason?: string; message?: string }) : {};
      if (event === "ready" || event === "state") {
        onStateRef.current(body as PlanState);
        if (body.live) {
          checked();
          report({ status: "live" });
        } else stale();
      } else if (event === "heartbeat") {
        if (!body.live) stale();
        else if (current === "live") checked();
      } else if (event === "stale") stale();
      else if (event === "session-ended") {
        report({ status: "signed-out" });
        stopped = true;
      } else if (event === "access-ended") {
        report({ status: "access-ended" }); // someone acting for the person whose link has ended
        stopped = true;
      } else if (event === "reason-required") {
        stale(body.message ?? "Your reason for seeing this plan has run out");
        stopped = true; // reloading the page asks for a reason again
      }
    };
    /** Follows one stream until it ends; returns why it was refused, if it was. */
    const connect = async (): Promise<string | undefined> => {
      aborter = new AbortController();
      const response = await fetch(`/api/patients/${patientId}/events`, {
        signal: aborter.signal,
        cache: "no-store",
        headers: { Accept: "text/event-stream" },
      });
      if (!response.ok || !response.body) {
        const refusal = (await response.json().catch(() => null)) as { error?: string } | null;
        if (response.status === 401) {
          report({ status: "signed-out" });
          stopped = true;
        }
        // Not found, or a reason is needed: asking again cannot help; the warning stays until a reload.
        if (response.status === 403 || response.status === 404) stopped = true;
        if (response.status === 404) report({ status: "access-ended" });
        return refusal?.error;
      }
      lastHeard = Date.now();
      const feed = sseParser((m) => handle(m.event, m.data));
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        feed(value);
      }
    };
    const loop = async () => {
      while (!stopped) {
        const refusal = await connect().catch(() => undefined);
        if (stopped) return;
        stale(refusal); // the stream ended, failed or was refused: warn, then try again
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, 10_000);
      }
    };
    void loop();
    const watchdog = setInterval(() => {
      if (stopped || Date.now() - lastHeard < SILENCE_MS) return;
      stale();
      lastHeard = Date.now();
      aborter.abort(); // a silent stream is reopened; the loop reconnects
    }, 1_000);
    return () => {
      stopped = true;
      clearInterval(watchdog);
      aborter.abort();
    };
  }, [patientId]);

  return { health, lastCheckedAt };
}
