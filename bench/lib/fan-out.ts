import http from "node:http";
import { performance } from "node:perf_hooks";
import { sseParser } from "../../lib/domain/live/sse";

interface OpenStreams {
  opened: number;
  refused: Map<number, number>;
  /** The first refusal's body for each status, so the output says why. */
  refusalMessages: Map<number, string>;
  /** performance.now() of each stream's first `state` event (after `markWaiting`). */
  stateAt: number[];
  /** `stale` events after `markWaiting`: a re-read failed (the stream retries it with backoff). */
  staleEvents: number;
  markWaiting(): void;
  close(): void;
}

/**
 * Opens `n` live-update streams of one patient (as components/views/usePlanStream.ts does, over
 * plain HTTP/1.1 with an agent allowed as many sockets as streams), `batch` at a time, and
 * resolves once every stream has sent `ready` or been refused.
 */
export async function openStreams(base: string, path: string, cookie: string, n: number, batch = 100): Promise<OpenStreams> {
  const agent = new http.Agent({ keepAlive: false, maxSockets: n + 10 });
  const requests: http.ClientRequest[] = [];
  const refused = new Map<number, number>();
  const refusalMessages = new Map<number, string>();
  const stateAt: number[] = [];
  let waiting = false;
  let staleEvents = 0;
  let opened = 0;

  const openOne = () =>
    new Promise<void>((resolve) => {
      let settled = false;
      const done = () => (settled ? undefined : ((settled = true), resolve()));
      const request = http.get(`${base}${path}`, { agent, headers: { Cookie: cookie, Accept: "text/event-stream" } }, (response) => {
        if (response.statusCode !== 200) {
          const status = response.statusCode ?? 0;
          refused.set(status, (refused.get(status) ?? 0) + 1);
          let body = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => void (body += chunk));
          response.on("end", () => (refusalMessages.has(status) || refusalMessages.set(status, body.slice(0, 200)), done()));
          return;
        }
        let heardState = false;
        const feed = sseParser(({ event }) => {
          if (event === "ready") {
            opened++;
            done();
          } else if (event === "state" && waiting && !heardState) {
            heardState = true;
            stateAt.push(performance.now());
          } else if (event === "stale" && waiting) staleEvents++;
        });
        response.setEncoding("utf8");
        response.on("data", feed);
      });
      request.on("error", (error) => {
        refused.set(-1, (refused.get(-1) ?? 0) + 1);
        if (!refusalMessages.has(-1)) refusalMessages.set(-1, error.message);
        done();
      });
      requests.push(request);
    });

  for (let i = 0; i < n; i += batch) await Promise.all(Array.from({ length: Math.min(batch, n - i) }, openOne));
  return {
    get opened() {
      return opened;
    },
    refused,
    refusalMessages,
    stateAt,
    get staleEvents() {
      return staleEvents;
    },
    markWaiting: () => void (waiting = true),
    close() {
      for (const r of requests) r.destroy();
      agent.destroy();
    },
  };
}
