import { sseParser, type SseMessage } from "@/lib/domain/live/sse";
import type { Role } from "@/lib/domain/roles";
import type { Caller } from "@/lib/server/actor";
import { newCaller, newOrganisation, newPatient, publishFirstVersion } from "@/test/fixtures";

/** Test support for live streams: a stream's caller (with the session it re-checks), a patient with a published plan, a stream reader. */
export function liveCaller(role: Role, organisationId: string | null = null): Promise<Caller> {
  return newCaller(role, organisationId, null, { session: {} });
}

/** A patient registered at a new practice, with one published plan by that practice's GP. */
export async function patientWithPlan(): Promise<{ patientId: string; planId: string; gp: Caller }> {
  const practice = await newOrganisation("GP_PRACTICE", "Live Practice");
  const patient = await newPatient({
    givenName: "Live",
    familyName: "View",
    dateOfBirth: new Date("1938-08-08"),
    addressLine1: "8 Road",
    registeredPracticeId: practice.id,
  });
  const gp = await liveCaller("GP", practice.id);
  const draft = await publishFirstVersion(gp, patient.id);
  return { patientId: patient.id, planId: draft.planId, gp };
}

interface StreamReader {
  /** Every event heard so far, in order. */
  heard: SseMessage[];
  /** The first event (from `from`, an index into `heard`) matching: waits for it to arrive. */
  next(event: string, matches?: (data: Record<string, unknown>) => boolean, from?: number): Promise<Record<string, unknown>>;
  /** Resolves when the server closes the stream. */
  ended: Promise<void>;
}

export function readStream(response: Response): StreamReader {
  const heard: SseMessage[] = [];
  const waiters = new Set<() => void>();
  const feed = sseParser((m) => {
    heard.push(m);
    for (const w of [...waiters]) w();
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let closed = false;
  const ended = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done || value === undefined) break;
      feed(value);
    }
    closed = true;
    for (const w of [...waiters]) w();
  })();
  const find = (event: string, matches: (d: Record<string, unknown>) => boolean, from: number) =>
    heard.slice(from).find((m) => m.event === event && matches(JSON.parse(m.data) as Record<string, unknown>));
  return {
    heard,
    ended,
    next(event, matches = () => true, from = 0) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = find(event, matches, from);
          if (found) {
            waiters.delete(check);
            resolve(JSON.parse(found.data) as Record<string, unknown>);
          } else if (closed) {
            waiters.delete(check);
            reject(new Error(`stream ended without "${event}"; heard ${heard.map((m) => m.event).join(", ")}`));
          }
        };
        waiters.add(check);
        check();
      });
    },
  };
}
