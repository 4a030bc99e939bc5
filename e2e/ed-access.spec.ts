import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";
import { expectReadOnly, idOf, OTHER } from "./role-helpers";

test("an emergency department clinician reads any plan and its history, read-only, with no key safe", async ({ page }) => {
  const other = await idOf(page, OTHER.nhsNumber);
  await page.goto(`/patients/${other}`);
  await expect(page).toHaveURL(new RegExp(`/patients/${other}/summary$`));
  await expect(page.getByTestId("cpr-decision")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Clinical recommendations" })).toBeVisible();
  await expect(page.getByText(/^Diagnoses:/)).toBeVisible();
  await expect(page.getByText("Access instructions")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.goto(`/patients/${other}/plan/versions`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Version history");
  await expectNoAxeViolations(page);
  await expectReadOnly(page, other);
});
