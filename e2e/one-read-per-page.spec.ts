import { expect, test, type Browser } from "@playwright/test";
import { readAuditActions } from "../lib/domain/audit-actions";
import { isValidNhsNumber } from "../lib/domain/nhs-number";

// "Who has looked at my plan" lists each read of the person's record: one page load must be one
// row there, never two (the patient page and the task list each read twice once).

/** A valid NHS number nobody else's spec uses (a random 10-digit number with a correct check digit). */
function freshNhsNumber(): string {
  for (;;) {
    const n = `9${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`;
    if (isValidNhsNumber(n)) return n;
  }
}

/** The reads of this person the audit trail holds, as the access log counts them (successful reads). */
async function readsOf(browser: Browser, nhsNumber: string): Promise<number> {
  const admin = await browser.newContext({ storageState: "e2e/.auth/admin.json" });
  const csv = await (await admin.request.get(`/admin/audit/export?nhsNumber=${nhsNumber}`)).text();
  await admin.close();
  const [header, ...lines] = csv.trim().split("\r\n");
  const columns = header.split(",");
  const [action, outcome] = [columns.indexOf("action"), columns.indexOf("outcome")];
  const reads: readonly string[] = readAuditActions;
  return lines.map((line) => line.split(",")).filter((cells) => cells[outcome] === "SUCCESS" && reads.includes(cells[action])).length;
}

test("one load of the patient page, and of the task list, is one read in who has looked", async ({ page, browser }) => {
  const nhsNumber = freshNhsNumber();
  await page.goto("/patients/new");
  await page.getByRole("textbox", { name: "NHS number" }).fill(nhsNumber);
  await page.getByLabel("Given name").fill("Una");
  await page.getByLabel("Family name").fill("Readonce");
  await page.getByLabel("Day").fill("3");
  await page.getByLabel("Month").fill("4");
  await page.getByLabel("Year").fill("1940");
  await page.getByLabel("Female").check();
  await page.getByLabel("Address line 1").fill("1 Single Street");
  await page.getByLabel("Town or city").fill("London");
  await page.getByLabel("Postcode").fill("SE5 8AA");
  await page.getByLabel("GP practice ODS code").fill("Y00101");
  await page.getByRole("button", { name: "Add patient" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("READONCE, Una");
  const patientPage = page.url();

  let before = await readsOf(browser, nhsNumber);
  await page.goto(patientPage);
  await expect(page.getByRole("heading", { level: 2, name: "Care plan" })).toBeVisible();
  expect(await readsOf(browser, nhsNumber)).toBe(before + 1);

  await page.getByRole("button", { name: "Create care plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Create care plan" })).toBeVisible();
  before = await readsOf(browser, nhsNumber);
  await page.goto(page.url());
  await expect(page.getByRole("heading", { level: 1, name: "Create care plan" })).toBeVisible();
  expect(await readsOf(browser, nhsNumber)).toBe(before + 1);
});
