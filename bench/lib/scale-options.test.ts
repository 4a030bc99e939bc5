import { describe, expect, it } from "vitest";
import { SeedRefusal, parseSeedOptions } from "./scale-options";

const pgUrl = "postgresql://postgres@127.0.0.1:5432/ucp_scale";

describe("parseSeedOptions", () => {
  it("takes BENCH_DATABASE_URL before DATABASE_URL, and the patient count", () => {
    const options = parseSeedOptions(["--patients", "10000"], { BENCH_DATABASE_URL: pgUrl, DATABASE_URL: "postgresql://x/other" });
    expect(options).toEqual({ url: pgUrl, source: "BENCH_DATABASE_URL", database: "ucp_scale", patients: 10000, reset: false });
    expect(parseSeedOptions(["--patients=50"], { DATABASE_URL: pgUrl })).toMatchObject({ source: "DATABASE_URL", patients: 50 });
  });

  it("refuses anything but a PostgreSQL URL naming a database (never the embedded database)", () => {
    expect(() => parseSeedOptions(["--patients", "10"], {})).toThrow(/postgresql:\/\/ URL/);
    expect(() => parseSeedOptions(["--patients", "10"], { DATABASE_URL: "file:./.data" })).toThrow(SeedRefusal);
    expect(() => parseSeedOptions(["--patients", "10"], { DATABASE_URL: "postgresql://postgres@127.0.0.1:5432" })).toThrow(/names no database/);
  });

  it("refuses a missing or silly patient count and unknown arguments", () => {
    for (const argv of [[], ["--patients"], ["--patients", "1.5"], ["--patients", "3"], ["--patients", "10", "--fast"]]) {
      expect(() => parseSeedOptions(argv, { DATABASE_URL: pgUrl })).toThrow(SeedRefusal);
    }
  });

  it("resets only the database the URL names, and never the server's own databases", () => {
    expect(parseSeedOptions(["--patients", "10", "--reset", "ucp_scale"], { DATABASE_URL: pgUrl }).reset).toBe(true);
    expect(() => parseSeedOptions(["--patients", "10", "--reset", "ucp"], { DATABASE_URL: pgUrl })).toThrow(/must name the database to drop, "ucp_scale"/);
    expect(() => parseSeedOptions(["--patients", "10", "--reset"], { DATABASE_URL: pgUrl })).toThrow(SeedRefusal);
    expect(() => parseSeedOptions(["--patients", "10", "--reset", "postgres"], { DATABASE_URL: "postgresql://h/postgres" })).toThrow(/Refusing to drop/);
  });
});
