import { expect, test } from "@playwright/test";

test("a patient's home names them", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "My care plan" })).toBeVisible();
  await expect(page.locator(".nhsuk-lede-text")).toContainText("Margaret Okafor, NHS number 999 000 0018");
});

test("a patient cannot reach patient search", async ({ page }) => {
  const response = await page.goto("/patients/search?by=nhs-number&nhsNumber=9990000018");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByText("OKAFOR, Margaret", { exact: true })).toHaveCount(0);
});

test("a patient cannot open another patient's record, nor the admin pages", async ({ page }) => {
  for (const path of ["/patients/00000000-0000-4000-8000-000000000000", "/admin/users"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
  }
});
