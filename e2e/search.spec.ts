import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

// The demo patient linked to patient@example.org (seeded with the first 999 test number).
const margaret = { nhsNumber: "9990000018", spaced: "999 000 0018", name: "OKAFOR, Margaret" };

test("finds a patient by NHS number typed with spaces, and opens their record", async ({ page }) => {
  await page.goto("/patients/search");
  await expectNoAxeViolations(page);
  await page.getByRole("textbox", { name: "NHS number" }).fill(margaret.spaced);
  await page.getByRole("button", { name: "Search by NHS number" }).click();
  await expect(page.getByText("1 patient found")).toBeVisible();
  await page.getByRole("link", { name: margaret.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Margaret");
  await expect(page.getByText(margaret.spaced)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an NHS number with a wrong check digit gets a clear error and keeps what was typed", async ({ page }) => {
  await page.goto("/patients/search");
  await page.getByRole("textbox", { name: "NHS number" }).fill("999 000 0019");
  await page.getByRole("button", { name: "Search by NHS number" }).click();
  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary).toContainText("Enter a valid NHS number");
  await expect(page.getByRole("textbox", { name: "NHS number" })).toHaveValue("999 000 0019");
  await expect(page.locator("#nhsNumber-error")).toContainText("Enter a valid NHS number");
  await expectNoAxeViolations(page);
});

test("finds a patient by family name (any case) and date of birth", async ({ page }) => {
  await page.goto("/patients/search");
  await page.getByLabel("Family name").fill("okafor");
  await page.getByLabel("Day").fill("14");
  await page.getByLabel("Month").fill("3");
  await page.getByLabel("Year").fill("1941");
  await page.getByRole("button", { name: "Search by name" }).click();
  await expect(page.getByRole("link", { name: margaret.name })).toBeVisible();
});

test("an impossible date of birth is refused with a specific message", async ({ page }) => {
  await page.goto("/patients/search");
  await page.getByLabel("Family name").fill("Okafor");
  await page.getByLabel("Day").fill("31");
  await page.getByLabel("Month").fill("2");
  await page.getByLabel("Year").fill("1941");
  await page.getByRole("button", { name: "Search by name" }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText("Date of birth must be a real date");
  await expect(page.getByLabel("Family name")).toHaveValue("Okafor");
  await expect(page.getByLabel("Day")).toHaveValue("31");
});

test("the search page's title says when the search has errors", async ({ page }) => {
  await page.goto("/patients/search");
  await expect(page).toHaveTitle("Find a patient – Universal Care Plan – NHS");
  await page.goto("/patients/search?by=nhs-number&nhsNumber=123");
  await expect(page.locator(".nhsuk-error-summary")).toBeVisible();
  await expect(page).toHaveTitle("Error: Find a patient – Universal Care Plan – NHS");
});
