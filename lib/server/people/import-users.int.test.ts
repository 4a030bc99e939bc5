import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newCaller, newOrganisation } from "@/test/fixtures";
import { AppError } from "../errors";
import { checkUserImport, importUsers } from "./import-users";

const header = "email,name,ods_code,role,registration_body,registration_number";

async function refusal(work: Promise<unknown>): Promise<AppError> {
  try {
    await work;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected a refusal");
}

describe("importing people from a CSV file", () => {
  it("1,000 people with 10 bad lines: each reported by line and column, nothing imported until fixed, then a re-import changes nothing", async () => {
    const practice = await newOrganisation("GP_PRACTICE", "Import Practice");
    const run = randomUUID().slice(0, 8);
    const admin = await newCaller("ADMIN");
    const good = (i: number) =>
      i % 2
        ? `nurse${i}-${run}@import.test,Nurse ${i},${practice.odsCode},NURSE,NMC,15A${String(1000 + (i % 9000)).padStart(4, "0")}E`
        : `gp${i}-${run}@import.test,"Dr ${i}, GP",${practice.odsCode},gp,gmc,${String(7000000 + i)}`;
    const lines = Array.from({ length: 1000 }, (_, i) => good(i));
    // Ten bad lines, each with one problem in a known column (file line = index + 2).
    const bad: [number, string, string][] = [
      [5, `not-an-email,Someone,${practice.odsCode},NURSE,NMC,15A1234E`, "email"],
      [50, `x${run}@import.test,,${practice.odsCode},NURSE,NMC,15A1234E`, "name"],
      [100, `y${run}@import.test,Someone,NOSUCH1,NURSE,NMC,15A1234E`, "ods_code"],
      [200, `z${run}@import.test,Someone,${practice.odsCode},PARAMEDIC,HCPC,PA12345`, "role"],
      [300, `w${run}@import.test,Someone,${practice.odsCode},NURSE,NMC,1234567`, "registration_number"],
      [400, `v${run}@import.test,Someone,${practice.odsCode},GP,NMC,15A1234E`, "registration_body"],
      [500, `u${run}@import.test,Someone,${practice.odsCode},NURSE,,`, "registration_body"],
      [600, `t${run}@import.test,Someone,${practice.odsCode},ROOT,,`, "role"],
      [700, lines[1], "email"], // the same person as line 3
      [800, `s${run}@import.test,Someone,${practice.odsCode},ADMIN,,`, "ods_code"],
    ];
    const withBad = [...lines];
    for (const [i, line] of bad) withBad[i] = line;
    const csv = [header, ...withBad].join("\r\n");

    const check = await checkUserImport(admin, { csv });
    expect(check.problems.map((p) => [p.line, p.column])).toEqual(bad.map(([i, , column]) => [i + 2, column]));
    expect(check.problems.find((p) => p.line === 702)?.message).toBe("This email address is also on line 3: each person once");
    const refused = await refusal(importUsers(admin, { csv }));
    expect(refused.message).toBe("Nothing was imported: 10 problems to fix first");
    expect(Object.values(refused.fieldErrors)[0]).toMatch(/^Line 7, email: /);
    expect(await db().user.count({ where: { email: { endsWith: `-${run}@import.test` } } })).toBe(0);

    const fixed = [header, ...lines].join("\n");
    expect((await checkUserImport(admin, { csv: fixed })).toAdd).toBe(1000);
    expect(await importUsers(admin, { csv: fixed })).toEqual({ imported: 1000, unchanged: 0 });
    const imported = await db().user.findMany({ where: { email: { endsWith: `-${run}@import.test` } } });
    expect(imported).toHaveLength(1000);
    expect(imported.find((u) => u.email === `gp0-${run}@import.test`)).toMatchObject({ name: "Dr 0, GP", role: "GP", professionalBody: "GMC" });
    const created = await db().auditEvent.count({ where: { action: "admin.users.create", subjectId: { in: imported.map((u) => u.id) } } });
    expect(created).toBe(1000);

    const before = await db().auditEvent.count({ where: { action: "admin.users.create" } });
    expect(await importUsers(admin, { csv: fixed })).toEqual({ imported: 0, unchanged: 1000 });
    expect(await db().user.count({ where: { email: { endsWith: `-${run}@import.test` } } })).toBe(1000);
    expect(await db().auditEvent.count({ where: { action: "admin.users.create" } })).toBe(before);
  });

  it("an organisation administrator imports only into their own organisation", async () => {
    const mine = await newOrganisation("CARE_HOME", "Import Care Home");
    const other = await newOrganisation("CARE_HOME", "Other Care Home");
    const admin = await newCaller("ORG_ADMIN", mine.id);
    const run = randomUUID().slice(0, 8);
    const csv = [header, `a-${run}@import.test,Ann,${mine.odsCode},CARE_HOME_STAFF,,`, `b-${run}@import.test,Ben,${other.odsCode},CARE_HOME_STAFF,,`].join(
      "\n",
    );
    const check = await checkUserImport(admin, { csv });
    expect(check.problems).toEqual([{ line: 3, column: "ods_code", message: "You can import people only into your own organisation" }]);
    expect(await refusal(importUsers(admin, { csv }))).toMatchObject({ code: "INVALID" });
    expect(await db().user.count({ where: { email: { endsWith: `-${run}@import.test` } } })).toBe(0);
  });

  it("a file without the columns is refused as a whole, naming what is missing", async () => {
    const admin = await newCaller("ADMIN");
    const check = await checkUserImport(admin, { csv: "email,name\nx@y.org,X" });
    expect(check.problems).toEqual([
      { line: 1, column: null, message: expect.stringContaining("missing ods_code, role, registration_body, registration_number") },
    ]);
  });
});
