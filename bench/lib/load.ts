import autocannon from "autocannon";

export interface LoadTarget {
  name: string;
  base: string;
  /** The next path to request: called once per request, so a run rotates over many patients. */
  nextPath: () => string;
  headers?: Record<string, string>;
}

export interface LoadFigures {
  name: string;
  connections: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  bytesPerResponse: number;
  /** Responses completed within the run (autocannon drops the ones still in flight at its end). */
  completed: number;
}

const percentile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);

/** One autocannon run; latencies are taken per response so p95 is exact (autocannon reports p97.5). */
export async function load(target: LoadTarget, connections: number, durationSeconds: number): Promise<LoadFigures> {
  const latencies: number[] = [];
  let bytes = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.base,
        connections,
        duration: durationSeconds,
        headers: target.headers,
        requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: target.nextPath() }) }],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("response", (_client, _status, resBytes, responseTime) => {
      latencies.push(responseTime);
      bytes += resBytes;
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    name: target.name,
    connections,
    reqPerSec: latencies.length / (result.duration || durationSeconds),
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytesPerResponse: latencies.length ? bytes / latencies.length : 0,
    completed: latencies.length,
  };
}

/** The table's columns after the name: heading and width (right-aligned). */
const columns: [string, number][] = [
  ["conns", 5],
  ["req/s", 8],
  ["p50 ms", 8],
  ["p95 ms", 8],
  ["p99 ms", 8],
  ["err", 5],
  ["non2xx", 7],
  ["bytes/resp", 10],
  ["done", 6],
  ["vs bare", 8],
];

function line(name: string, cells: string[]): string {
  return [name.padEnd(36), ...cells.map((cell, i) => cell.padStart(columns[i][1]))].join(" ");
}

export function formatHeader(): string {
  return line(
    "target",
    columns.map(([heading]) => heading),
  );
}

export function formatRow(f: LoadFigures, bareReqPerSec: number | null): string {
  const ratio = bareReqPerSec && f.completed > 0 ? `${((f.reqPerSec / bareReqPerSec) * 100).toFixed(0)}%` : "-";
  const ms = (n: number) => (Number.isNaN(n) ? "-" : n.toFixed(1));
  const counts = [f.errors, f.non2xx].map(String);
  return line(f.name, [
    String(f.connections),
    f.reqPerSec.toFixed(1),
    ms(f.p50),
    ms(f.p95),
    ms(f.p99),
    ...counts,
    f.bytesPerResponse.toFixed(0),
    String(f.completed),
    ratio,
  ]);
}
