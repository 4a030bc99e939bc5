import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";
import { openPatient } from "./plan-helpers";

// Seeded with a published plan recommending CPR (testNhsNumber(8)); no other spec changes it.
const NHS_NUMBER = "999 000 0085";

test.setTimeout(90_000);

test("a paramedic's open summary shows the GP's new CPR decision without reloading, and says what changed", async ({ page, browser }) => {
  await page.goto("/patients/search");
  await page.getByRole("textbox", { name: "NHS number" }).fill(NHS_NUMBER);
  await page.getByRole("button", { name: "Search by NHS number" }).click();
  await page.locator(".ucp-results a").first().click();
  await expect(page).toHaveURL(/\/summary/);
  await expect(page.getByTestId("cpr-decision")).toContainText("CPR attempts recommended");
  await expectNoAxeViolations(page);
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  // On PostgreSQL the GP works on the second app instance: the update must cross instances.
  const second = process.env.E2E_SECOND_BASE_URL;
  const gpContext = await browser.newContext({ storageState: "e2e/.auth/gp.json", ...(second ? { baseURL: second } : {}) });
  const gp = await gpContext.newPage();
  await openPatient(gp, NHS_NUMBER);
  await gp.getByRole("button", { name: "Update care plan" }).click();
  await gp.getByRole("link", { name: "CPR decision" }).click();
  await gp.getByLabel("CPR attempts not recommended").check();
  await gp.locator("#reasons").fill("Frailty has progressed; CPR would not succeed");
  await gp.locator("#discussionDetails").fill("Discussed with him and his son at home");
  await gp.getByRole("button", { name: "Save and return to task list" }).click();
  await gp.getByRole("link", { name: "Check your answers" }).click();
  await gp.getByLabel("Summary of changes").fill("CPR decision reviewed at home visit");
  await gp.getByRole("button", { name: "Publish care plan" }).click();
  await expect(gp.getByText(/Version \d+ of the care plan has been published/)).toBeVisible();

  // The acceptance target: visible within a second of the publish, with no reload.
  await expect(page.getByTestId("cpr-decision")).toContainText("CPR attempts not recommended", { timeout: 1_000 });
  await expect(page.getByTestId("updated-banner")).toContainText("CPR decision");
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await expectNoAxeViolations(page);
  await gpContext.close();
});

test("the plan prints in ReSPECT order with version, status and print time, and passes axe", async ({ page }) => {
  await page.goto("/patients/search?by=nhs-number&nhsNumber=9990000018");
  await page.locator(".ucp-results a").first().click();
  await page.getByRole("link", { name: "Print the plan (ReSPECT order)" }).click();
  await expect(page.getByRole("heading", { name: "9. Review" })).toBeVisible();
  const headings = await page.locator(".ucp-print h2").allTextContents();
  const numbered = headings.filter((h) => /^\d\./.test(h)).map((h) => h.split(".")[0]);
  expect(numbered).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
  expect(headings.indexOf(headings.find((h) => h.startsWith("4."))!)).toBeLessThan(headings.findIndex((h) => h.startsWith("CPR")));
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("print-footer")).toBeVisible();
  await expect(page.getByTestId("print-footer")).toContainText(/Version \d+ \(active.*\) · Printed/);
  await expect(page.locator(".nhsuk-header")).toBeHidden();
  await expectNoAxeViolations(page);
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(1000);
});
