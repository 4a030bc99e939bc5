import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newCaller, newOrganisation } from "@/test/fixtures";
import type { Caller } from "../actor";
import type { AppError } from "../errors";
import { importOrganisations, previewOrganisationImport } from "./import";

let admin: Caller;
let icbCode: string;
let letter: string;
let base: number;

/** One row of the ODS GP practice file (epraccur): code, name, grouping, ICB, 5 address lines, postcode, dates, status, more. */
function epraccurRow(i: number, fields: Partial<Record<"code" | "name" | "postcode" | "status" | "openDate", string>> = {}): string {
  const code = fields.code ?? `${letter}${String(base + i).padStart(5, "0")}`;
  const cells = [
    code,
    fields.name ?? `IMPORT TEST PRACTICE ${i}`,
    "Y56",
    icbCode,
    `${i} HIGH STREET`,
    "",
    "LONDON",
    "",
    "",
    fields.postcode ?? "SE5 8JA",
    fields.openDate ?? "19740401",
    "",
    fields.status ?? "A",
    "B",
    icbCode,
    "20130401",
    "",
    "02079460000",
    "0",
    icbCode,
    "4",
  ];
  return cells.map((c) => (c.includes(",") ? `"${c}"` : c)).join(",");
}

const BAD: Record<number, [Partial<Record<"code" | "name" | "postcode" | "status" | "openDate", string>>, string]> = {
  17: [{ postcode: "NOT A POSTCODE" }, "Line 17, column Postcode: enter a real postcode, like SE5 8JA"],
  101: [{ code: "12" }, "Line 101, column Organisation Code: enter an ODS code in the right format: 3, 5 or 6 letters and numbers, like RJZ, RJZ01 or Y00101"],
  202: [{ code: "RJZ" }, "Line 202, column Organisation Code: a GP practice's ODS code is a letter and 5 numbers, like A81001"],
  303: [{ name: "" }, "Line 303, column Name: enter the organisation's name"],
  404: [{ status: "X" }, "Line 404, column Status Code: enter A (active), C (closed), D (dormant) or P (proposed)"],
  505: [{ openDate: "20240231" }, "Line 505, column Open Date: enter a real date as YYYYMMDD, like 20240401"],
  606: [{ postcode: "SW1A" }, "Line 606, column Postcode: enter a real postcode, like SE5 8JA"],
  707: [
    { code: "Y0010!" },
    "Line 707, column Organisation Code: enter an ODS code in the right format: 3, 5 or 6 letters and numbers, like RJZ, RJZ01 or Y00101",
  ],
  808: [{ name: "X".repeat(201) }, "Line 808, column Name: the name must be 200 characters or fewer"],
  909: [{ code: "__DUP__" }, ""],
};

function file(withBadRows: boolean): string {
  const lines: string[] = [];
  for (let line = 1; line <= 1000; line++) {
    const bad = withBadRows ? BAD[line] : undefined;
    const fields = bad ? { ...bad[0] } : {};
    if (fields.code === "__DUP__") fields.code = `${letter}${String(base + 1).padStart(5, "0")}`; // line 1's code again
    lines.push(epraccurRow(line, fields));
  }
  return lines.join("\r\n") + "\r\n";
}

const codes = () => Array.from({ length: 1000 }, (_, i) => `${letter}${String(base + i + 1).padStart(5, "0")}`);
const imported = () => db().organisation.findMany({ where: { odsCode: { in: codes() } }, select: { id: true, updatedAt: true, parentIcbId: true } });

beforeAll(async () => {
  admin = await newCaller("ADMIN");
  letter = "ABCDEFGHJKLMNPRSTUVW"[randomBytes(1)[0] % 20];
  base = 10000 + (randomBytes(2).readUInt16BE(0) % 80000);
  icbCode = `Q${randomBytes(1).toString("hex").toUpperCase()}`.replace(/^Q(KK|MF)$/, "QZ1");
  await db().organisation.upsert({ where: { odsCode: icbCode }, create: { odsCode: icbCode, name: "Import Test ICB", kind: "ICB" }, update: { kind: "ICB" } });
});

describe("importing 1,000 organisations from the ODS file layout", () => {
  it("10 bad rows: each reported by line and column, and nothing is imported; fixed, all 1,000 are; again, nothing changes", { timeout: 120_000 }, async () => {
    const withBad = file(true);
    const preview = await previewOrganisationImport(admin, { csv: withBad, kind: "GP_PRACTICE", fileName: "epraccur.csv" });
    const expected = Object.values(BAD)
      .map(([, message]) => message)
      .filter(Boolean);
    expect(preview.errors).toEqual([
      ...expected.slice(0, 9),
      `Line 909, column Organisation Code: ${letter}${String(base + 1).padStart(5, "0")} is also on line 1: each organisation once`,
    ]);
    expect(preview.counts.errors).toBe(10);

    let refused: AppError | null = null;
    await importOrganisations(admin, { csv: withBad, kind: "GP_PRACTICE", fileName: "epraccur.csv", previewDigest: preview.digest }).catch(
      (e) => (refused = e),
    );
    expect(refused).toMatchObject({ code: "INVALID", message: "The file has 10 problems: nothing has been imported" });
    expect(Object.values(refused!.fieldErrors)).toHaveLength(10);
    expect(await imported()).toHaveLength(0);

    const good = file(false);
    const checked = await previewOrganisationImport(admin, { csv: good, kind: "GP_PRACTICE", fileName: "epraccur.csv" });
    expect(checked.counts).toEqual({ added: 1000, changed: 0, unchanged: 0, skipped: 0, errors: 0 });
    expect(checked.added[0]).toEqual({ line: 1, odsCode: codes()[0], name: "IMPORT TEST PRACTICE 1" });
    const first = await importOrganisations(admin, { csv: good, kind: "GP_PRACTICE", fileName: "epraccur.csv", previewDigest: checked.digest });
    expect(first).toEqual({ added: 1000, changed: 0, unchanged: 0, skipped: 0, errors: 0 });
    const after = await imported();
    expect(after).toHaveLength(1000);
    const icb = await db().organisation.findUniqueOrThrow({ where: { odsCode: icbCode } });
    expect(after.every((o) => o.parentIcbId === icb.id)).toBe(true);
    // Each organisation's history shows the import (its audit rows name it as the subject).
    expect(await db().auditEvent.count({ where: { action: "organisation.added", subjectId: { in: after.map((o) => o.id) } } })).toBe(1000);
    const row = await db().organisation.findUniqueOrThrow({ where: { odsCode: codes()[0] } });
    // Imported organisations have no sharing agreement yet: an administrator records it before its staff may sign in.
    expect(row).toMatchObject({ kind: "GP_PRACTICE", postcode: "SE5 8JA", status: "ACTIVE", sharingAgreementSignedOn: null });

    const again = await previewOrganisationImport(admin, { csv: good, kind: "GP_PRACTICE", fileName: "epraccur.csv" });
    expect(again.counts).toEqual({ added: 0, changed: 0, unchanged: 1000, skipped: 0, errors: 0 });
    const second = await importOrganisations(admin, { csv: good, kind: "GP_PRACTICE", fileName: "epraccur.csv", previewDigest: again.digest });
    expect(second).toEqual({ added: 0, changed: 0, unchanged: 1000, skipped: 0, errors: 0 });
    const unchanged = await imported();
    expect(new Map(unchanged.map((o) => [o.id, o.updatedAt.getTime()]))).toEqual(new Map(after.map((o) => [o.id, o.updatedAt.getTime()])));
  });
});

describe("an import's plan", () => {
  const csv = (rows: string[]) => ["Organisation Code,Name,Postcode,Status Code,Kind", ...rows].join("\n");

  it("reads a header row naming columns, updates what changed, suspends what closed, skips new closed ones", async () => {
    const held = await newOrganisation("HOSPICE", "Old Name Hospice", { odsCode: `N${randomBytes(2).toString("hex").toUpperCase()}` });
    const newCode = `M${randomBytes(2).toString("hex").toUpperCase()}`;
    const closedCode = `K${randomBytes(2).toString("hex").toUpperCase()}`;
    const text = csv([
      `${held.odsCode},New Name Hospice,SE1 1AA,C,HOSPICE`,
      `${newCode},Brand New Hospice,,A,Hospice`,
      `${closedCode},Closed Hospice,,C,HOSPICE`,
    ]);
    const preview = await previewOrganisationImport(admin, { csv: text, kind: null, fileName: null });
    expect(preview.counts).toEqual({ added: 1, changed: 1, unchanged: 0, skipped: 1, errors: 0 });
    expect(preview.changed[0]).toMatchObject({ line: 2, changes: ["name", "postcode", "suspended: closed in ODS"] });
    expect(preview.skipped[0]).toMatchObject({ line: 4, odsCode: closedCode });
    await importOrganisations(admin, { csv: text, kind: null, fileName: null, previewDigest: preview.digest });
    expect(await db().organisation.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({ name: "New Name Hospice", status: "SUSPENDED" });
    expect(await db().organisation.findUnique({ where: { odsCode: closedCode } })).toBeNull();
    expect(await db().auditEvent.findFirst({ where: { subjectId: held.id, action: "organisation.suspended" } })).not.toBeNull();
  });

  it("a plan that changed since the preview is a conflict; a kind that differs from the one held is a row error", async () => {
    const code = `P${randomBytes(2).toString("hex").toUpperCase()}`;
    const text = csv([`${code},Racing Care Home,,A,CARE_HOME`]);
    const preview = await previewOrganisationImport(admin, { csv: text, kind: null, fileName: null });
    await newOrganisation("CARE_HOME", "Added meanwhile", { odsCode: code });
    let error: AppError | null = null;
    await importOrganisations(admin, { csv: text, kind: null, fileName: null, previewDigest: preview.digest }).catch((e) => (error = e));
    expect(error).toMatchObject({ code: "CONFLICT" });

    const wrongKind = await previewOrganisationImport(admin, { csv: csv([`${code},Racing Care Home,,A,HOSPICE`]), kind: null, fileName: null });
    expect(wrongKind.errors).toEqual([`Line 2, column Organisation Code: ${code} is held as a care home, not a hospice: import it with a file of its kind`]);
  });
});
