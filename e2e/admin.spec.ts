import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

test("an administrator sees every demo account, and cannot search patients", async ({ page }) => {
  await page.goto("/admin/users");
  for (const email of ["gp@example.org", "patient@example.org", "111-handler@example.org"]) {
    await expect(page.getByRole("cell", { name: email })).toBeVisible();
  }
  await expectNoAxeViolations(page);
  const response = await page.goto("/patients/search");
  expect(response?.status()).toBe(404);
});

test("an administrator searches the audit trail by patient, reviews break-glass reads and downloads CSV", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Search the audit trail" }).click();
  await page.getByLabel("Patient NHS number").fill("999 000 0018");
  await page.getByRole("button", { name: "Search the audit trail" }).click();
  await expect(page.locator(".ucp-results")).toContainText("OKAFOR");
  await expectNoAxeViolations(page);
  const csv = await page.request.get("/admin/audit/export?nhsNumber=9990000018");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).split("\r\n")[0]).toContain("time_utc,action,outcome");
  await page.getByRole("link", { name: "Break-glass review" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Break-glass review" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a bad date range is explained", async ({ page }) => {
  await page.goto("/admin/audit?from-day=31&from-month=2&from-year=2026");
  await expect(page.locator(".nhsuk-error-summary")).toContainText("Start date must be a real date");
});
