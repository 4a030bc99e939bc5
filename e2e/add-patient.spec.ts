import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

test("a GP adds a patient who is not on the system; bad input is explained and nothing typed is lost", async ({ page }) => {
  await page.goto("/patients/search");
  await page.getByRole("link", { name: "Add a patient who is not on the system" }).click();
  await expect(page.getByRole("heading", { name: "Add a patient" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("textbox", { name: "NHS number" }).fill("943 476 5918");
  await page.getByLabel("Given name").fill("Ada");
  await page.getByLabel("Family name").fill("Lovelace");
  await page.getByLabel("Day").fill("31");
  await page.getByLabel("Month").fill("2");
  await page.getByLabel("Year").fill("1935");
  await page.getByRole("button", { name: "Add patient" }).click();
  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary).toContainText("Enter a valid NHS number");
  await expect(summary).toContainText("Date of birth must be a real date");
  await expect(summary).toContainText("Select the person's sex");
  await expect(summary).toContainText("Enter the first line of the address");
  await expect(page.getByLabel("Given name")).toHaveValue("Ada");
  await expectNoAxeViolations(page);

  await page.getByRole("textbox", { name: "NHS number" }).fill("943 476 5919");
  await page.getByLabel("Day").fill("10");
  await page.getByLabel("Month").fill("12");
  await page.getByLabel("Female").check();
  await page.getByLabel("Address line 1").fill("12 Camberwell Grove");
  await page.getByLabel("Town or city").fill("London");
  await page.getByLabel("Postcode").fill("se5 8ja");
  await page.getByLabel("GP practice ODS code").fill("Y00101");
  await page.getByRole("button", { name: "Add patient" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("LOVELACE, Ada");
  await expect(page.getByText("943 476 5919")).toBeVisible();
});
