import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ageOn, formatDate, formatDateTime, formatTime, londonDay, startOfLondonDay } from "./london-time";

// A publish at 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
const publishedAt = new Date("2026-06-30T23:30:00Z");

describe("London time", () => {
  it("shows an instant as the London day and time", () => {
    expect(formatDate(publishedAt)).toBe("1 July 2026");
    expect(formatTime(publishedAt)).toBe("00:30");
    expect(formatDateTime(publishedAt)).toBe("1 July 2026 at 00:30");
    expect(formatDateTime(new Date("2026-12-31T23:59:05Z"), { seconds: true })).toBe("31 December 2026 at 23:59:05");
  });

  it("shows calendar dates as the day they name", () => {
    expect(formatDate("2026-11-21")).toBe("21 November 2026");
    expect(formatDate("2026-07-01")).toBe("1 July 2026");
    expect(formatDate(new Date("1938-08-08T00:00:00Z"))).toBe("8 August 1938");
    expect(formatDate(new Date("1941-01-31T00:00:00Z"))).toBe("31 January 1941");
  });

  it("knows the London day and when it begins, across both clock changes", () => {
    expect(londonDay(publishedAt)).toBe("2026-07-01");
    expect(startOfLondonDay("2026-07-01").toISOString()).toBe("2026-06-30T23:00:00.000Z");
    expect(startOfLondonDay("2026-01-15").toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(startOfLondonDay("2026-03-29").toISOString()).toBe("2026-03-29T00:00:00.000Z"); // clocks go forward at 01:00 GMT
    expect(startOfLondonDay("2026-10-25").toISOString()).toBe("2026-10-24T23:00:00.000Z"); // clocks go back at 02:00 BST
  });

  it("counts age in London days", () => {
    expect(ageOn("1941-03-14", new Date("2025-03-13T12:00:00Z"))).toBe(83);
    expect(ageOn("1941-03-14", new Date("2025-03-14T12:00:00Z"))).toBe(84);
    // 23:30 UTC on 13 June is already the birthday in London.
    expect(ageOn(new Date("1941-06-14T00:00:00Z"), new Date("2025-06-13T23:30:00Z"))).toBe(84);
  });

  it("gives the same answers whatever the server's time zone", () => {
    const script = `import { formatDate, formatDateTime, londonDay, startOfLondonDay, ageOn } from "./lib/domain/london-time.ts";
      const at = new Date("2026-06-30T23:30:00Z");
      console.log(JSON.stringify([formatDate(at), formatDateTime(at), londonDay(at), formatDate("2026-07-01"), formatDate(new Date("1938-08-08T00:00:00Z")),
        startOfLondonDay("2026-07-01").toISOString(), ageOn(new Date("1941-06-14T00:00:00Z"), new Date("2025-06-13T23:30:00Z"))]));`;
    const root = path.resolve(import.meta.dirname, "../..");
    for (const TZ of ["UTC", "America/New_York", "Asia/Tokyo", "Europe/London"]) {
      const out = execFileSync(path.join(root, "node_modules/.bin/tsx"), ["--eval", script], { cwd: root, env: { ...process.env, TZ }, encoding: "utf8" });
      expect(JSON.parse(out), TZ).toEqual([
        "1 July 2026",
        "1 July 2026 at 00:30",
        "2026-07-01",
        "1 July 2026",
        "8 August 1938",
        "2026-06-30T23:00:00.000Z",
        84,
      ]);
    }
  });
});
