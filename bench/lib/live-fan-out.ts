import { performance } from "node:perf_hooks";
import { openStreams } from "./fan-out";
import { rssMiB } from "./servers";

const at = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(0) : "-");

/**
 * Opens `n` streams of one patient, waits for every `ready`, publishes a version (`publish`,
 * which reports when its commit returned) and times each stream's `state` event from then.
 * Prints the figures and the server's RSS (when its pid is known) before, open, after.
 */
export async function measureFanOut(options: {
  base: string;
  cookie: string;
  patientId: string;
  n: number;
  waitSeconds: number;
  serverPid: number | null;
  publish: () => Promise<{ startedAt: number; committedAt: number; version: number }>;
}): Promise<void> {
  const rss = () =>
    options.serverPid
      ? Number.isNaN(rssMiB(options.serverPid))
        ? "gone (the server exited)"
        : `${rssMiB(options.serverPid).toFixed(0)} MiB`
      : "unknown (give --pid)";
  const rssBefore = rss();
  const openedAt = performance.now();
  const streams = await openStreams(options.base, `/api/patients/${options.patientId}/events`, options.cookie, options.n);
  const openMs = performance.now() - openedAt;
  const refusals = [...streams.refused]
    .map(([status, count]) => `${count}x ${status < 0 ? "socket error" : `HTTP ${status}`} (first: ${streams.refusalMessages.get(status)})`)
    .join(", ");
  console.log(`streams ready        ${streams.opened}/${options.n} in ${(openMs / 1000).toFixed(1)} s${refusals ? `; refused: ${refusals}` : ""}`);
  const rssOpen = rss();
  await new Promise((resolve) => setTimeout(resolve, 500)); // let the last opens settle before the publish
  streams.markWaiting();
  const published = await options.publish();
  const deadline = Date.now() + options.waitSeconds * 1000;
  while (streams.stateAt.length < streams.opened && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const fromCommit = streams.stateAt.map((t) => t - published.committedAt).sort((a, b) => a - b);
  console.log(
    `publish (GP, in the bench process through lib/server/plans/publish-content.ts): version ${published.version}, ` +
      `the call took ${(published.committedAt - published.startedAt).toFixed(0)} ms`,
  );
  console.log(
    `state received       ${streams.stateAt.length}/${streams.opened} streams (waited up to ${options.waitSeconds} s, --fan-out-wait); ` +
      `${streams.staleEvents} \`stale\` events meanwhile (a failed re-read, retried)`,
  );
  console.log(
    `commit -> state      p50 ${at(fromCommit, 0.5)} ms  p95 ${at(fromCommit, 0.95)} ms  ` +
      `max ${fromCommit.length ? fromCommit[fromCommit.length - 1].toFixed(0) : "-"} ms  (from the publish call's return, just after its commit)`,
  );
  const rssAfterPublish = rss();
  streams.close();
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  console.log(
    `server RSS           before ${rssBefore}; ${streams.opened} streams open ${rssOpen}; after the fan-out ${rssAfterPublish}; 1 s after closing ${rss()}`,
  );
}
