import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditActionLabel, auditActionLabels } from "./audit-labels";

const root = path.resolve(import.meta.dirname, "../..");

/** Every audit name the code records: use cases' `name:`, and the names written directly. */
function recordedNames(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
        const text = fs.readFileSync(file, "utf8");
        for (const m of text.matchAll(/defineUseCase\(\{\s*name: "([^"]+)"/g)) names.add(m[1]);
        for (const m of text.matchAll(/writeAudit\([^,]+, [^,]+, "([^"]+)"/g)) names.add(m[1]);
        for (const m of text.matchAll(/const (?:NAME|BREAK_GLASS_GRANTED) = "([^"]+)"/g)) names.add(m[1]);
      }
    }
  };
  for (const dir of ["lib/server", "scripts"]) walk(path.join(root, dir));
  return names;
}

describe("audit action labels", () => {
  it("name every action in plain English", () => {
    expect(auditActionLabel("plan.viewed")).toBe("Viewed the emergency summary");
    expect(auditActionLabel("plan.published")).toBe("Published the plan");
  });

  it("cover every action the code records", () => {
    const names = recordedNames();
    expect(names.size).toBeGreaterThan(30);
    expect([...names].filter((n) => !Object.hasOwn(auditActionLabels, n))).toEqual([]);
  });

  it("show an unknown action as itself, never nothing", () => {
    expect(auditActionLabel("something.new")).toBe("something.new");
    expect(auditActionLabel("toString")).toBe("toString");
  });
});
