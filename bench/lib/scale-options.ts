/** Command line of `npm run bench:seed` (pure, so it is tested without a database). */
interface SeedOptions {
  url: string;
  /** Which variable the URL came from, for the messages. */
  source: "BENCH_DATABASE_URL" | "DATABASE_URL";
  database: string;
  patients: number;
  /** Drop and recreate the database first: only when the name given here is the URL's database. */
  reset: boolean;
}

const USAGE = `Usage: npm run bench:seed -- --patients <count> [--reset <database name>]
  Fills the PostgreSQL database at BENCH_DATABASE_URL (or else DATABASE_URL) with synthetic Londoners,
  after the migrations and the demo data. --reset drops and recreates that database first; it must
  be given the database's name, as a check that the URL points where you think.`;

export class SeedRefusal extends Error {}

export function parseSeedOptions(argv: string[], env: Record<string, string | undefined>): SeedOptions {
  const source = env.BENCH_DATABASE_URL ? "BENCH_DATABASE_URL" : "DATABASE_URL";
  const url = env[source] ?? "";
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new SeedRefusal(
      "Set BENCH_DATABASE_URL or DATABASE_URL to a postgresql:// URL: the scale data set is for PostgreSQL only (never the embedded database)." +
        (url ? ` ${source} is not one.` : ""),
    );
  }
  const database = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!database) throw new SeedRefusal(`${source} names no database: add one, e.g. postgresql://postgres@127.0.0.1:5432/ucp_scale`);

  let patients: number | null = null;
  let resetName: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i];
    if (flag === "--patients") patients = Number(value());
    else if (flag === "--reset") resetName = value() ?? "";
    else throw new SeedRefusal(`Unknown argument ${argv[i]}\n${USAGE}`);
  }
  if (patients === null || !Number.isInteger(patients) || patients < 10 || patients > 20_000_000) {
    throw new SeedRefusal(`--patients must be a whole number from 10 to 20,000,000\n${USAGE}`);
  }
  if (resetName !== null && resetName !== database) {
    throw new SeedRefusal(`--reset must name the database to drop, "${database}" (from ${source}); it was given "${resetName}"`);
  }
  if (resetName !== null && ["postgres", "template0", "template1"].includes(database)) {
    throw new SeedRefusal(`Refusing to drop the "${database}" database: use a database of its own for the scale data`);
  }
  return { url, source, database, patients, reset: resetName !== null };
}
