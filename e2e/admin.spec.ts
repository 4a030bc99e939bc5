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

test("the audit trail names actions in plain English, in UK time, 50 a page, and its title says when there are errors", async ({ page }) => {
  test.setTimeout(90_000);
  // Every search is audited: 51 searches make at least two pages of this administrator's own events.
  const mine = "/admin/audit?userEmail=admin%40example.org";
  for (let i = 0; i < 51; i++) expect((await page.request.get(mine)).status()).toBe(200);
  await page.goto(mine);
  await expect(page).toHaveTitle("Audit trail – Universal Care Plan – NHS");
  const rows = page.locator(".ucp-results tbody tr");
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText("Searched the audit trail");
  await expect(rows.first()).toContainText("admin.audit.searched");
  await expect(page.locator(".ucp-results caption")).toContainText("Events 1 to 50, newest first (UK time)");
  const pagination = page.getByRole("navigation", { name: "Pages of audit events" });
  await pagination.getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/admin\/audit\?userEmail=admin%40example.org&page=2$/);
  await expect(page.locator(".ucp-results caption")).toContainText("Events 51 to");
  await expect(page.getByLabel("User email address")).toHaveValue("admin@example.org");
  await expectNoAxeViolations(page);

  await page.goto("/admin/audit?breakGlass=1");
  await expect(page).toHaveTitle("Break-glass review – Universal Care Plan – NHS");
  await page.goto("/admin/audit?from-day=31&from-month=2&from-year=2026");
  await expect(page).toHaveTitle("Error: Audit trail – Universal Care Plan – NHS");
});

test("an administrator's header links users, API clients and the audit trail", async ({ page }) => {
  await page.goto("/");
  const menu = page.getByRole("navigation", { name: "Menu" });
  await expect(menu.getByRole("link")).toHaveText(["Organisations", "Users", "API clients", "Audit trail"]);
  await menu.getByRole("link", { name: "Audit trail" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Audit trail" })).toHaveAttribute("aria-current", "page");
});
