import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

test.setTimeout(120_000);

test("'who has looked at my plan' shows 50 reads a page, newest first, with pages to go back through", async ({ page, browser }) => {
  // 51 more reads of Margaret's plan (999 000 0018 is patient@example.org) by a paramedic: at least two pages.
  const crewContext = await browser.newContext({ storageState: "e2e/.auth/paramedic.json" });
  const crew = await crewContext.newPage();
  await crew.goto("/patients/search?by=nhs-number&nhsNumber=9990000018");
  const record = await crew.locator(".ucp-results a").first().getAttribute("href");
  for (let i = 0; i < 51; i++) expect((await crew.request.get(`${record}/summary`)).status()).toBe(200);
  await crewContext.close();

  await page.goto("/my-plan/access");
  await expect(page).toHaveTitle("Who has looked at my plan – Universal Care Plan – NHS");
  const rows = page.locator(".ucp-results tbody tr");
  await expect(rows).toHaveCount(50);
  await expect(page.locator(".ucp-results caption")).toContainText("1 to 50, newest first");
  const pagination = page.getByRole("navigation", { name: "Pages of who has looked at my plan" });
  await expect(pagination.locator('a[rel="prev"]')).toHaveCount(0);
  // Newest first: the paramedic's 51 reads just now fill the first page. Other specs of this
  // project run beside this one and may read the same plan meanwhile, so most rows (30 of 50), not all.
  await expect(rows.filter({ hasText: "Capital Ambulance Service" }).nth(29)).toBeVisible();
  await expectNoAxeViolations(page);

  await pagination.getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/my-plan\/access\?page=2$/);
  await expect(page.locator(".ucp-results caption")).toContainText("51 to");
  await expect(pagination.locator('a[rel="prev"]')).toHaveCount(1);
  await expectNoAxeViolations(page);
  await page
    .getByRole("navigation", { name: "Pages of who has looked at my plan" })
    .getByRole("link", { name: /Previous/ })
    .click();
  await expect(page).toHaveURL(/\/my-plan\/access$/);
  await expect(page.locator(".ucp-results caption")).toContainText("1 to 50, newest first");

  // A page number that is not one shows the newest page, never an error.
  for (const bad of ["0", "-1", "abc", "1e3", "99999999"]) {
    const response = await page.goto(`/my-plan/access?page=${bad}`);
    expect(response?.status(), bad).toBe(200);
    await expect(page.locator(".ucp-results caption"), bad).toContainText("1 to 50");
  }
});
