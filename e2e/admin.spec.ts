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
