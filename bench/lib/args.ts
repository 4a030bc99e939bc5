/** The command line of `npm run bench:http` (see README, "Benchmarks"). */
interface HttpBenchArgs {
  /** An app already running (then no cold start, no server RSS unless --pid). */
  url: string | null;
  pid: number | null;
  duration: number;
  connections: number[];
  streams: number;
  /** How long the fan-out waits for every stream's `state` after the publish, in seconds. */
  fanOutWait: number;
  patients: number;
  port: number;
  barePort: number;
}

export function parseArgs(argv: string[]): HttpBenchArgs {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const positive = (name: string, fallback: number): number => {
    const raw = value(name);
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} wants a positive number, got ${raw}`);
    return n;
  };
  const port = positive("port", 3400);
  return {
    url: value("url")?.replace(/\/$/, "") ?? null,
    pid: value("pid") ? positive("pid", 0) : null,
    duration: positive("duration", 10),
    // `--connections none`: only the cold start and the fan-out.
    connections: (value("connections") ?? "10,50")
      .split(",")
      .map(Number)
      .filter((n) => n > 0),
    streams: Math.floor(positive("streams", 2000)),
    fanOutWait: positive("fan-out-wait", 60),
    patients: Math.floor(positive("patients", 1000)),
    port,
    barePort: positive("bare-port", port + 1),
  };
}
