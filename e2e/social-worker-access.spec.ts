import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";
import { expectNotFound, expectReadOnly, idOf, OTHER, SOCIAL_CARE_CLIENT } from "./role-helpers";

test("a social worker gives a reason outside the care team and sees only the plain summary: no CPR decision, nothing clinical", async ({ page }) => {
  const other = await idOf(page, OTHER.nhsNumber);
  await page.goto(`/patients/${other}/summary`);
  await expect(page.getByRole("heading", { level: 1, name: "Tell us why you need to see this plan" })).toBeVisible();
  await page.getByLabel("Providing direct care").check();
  await page.getByRole("button", { name: "Continue to the plan" }).click();
  await expect(page).toHaveURL(new RegExp(`/patients/${other}/summary$`));
  await expect(page.getByTestId("social-care-note")).toContainText("shown only to health professionals");
  await expect(page.getByRole("heading", { name: "What matters to the person" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Who to contact" })).toBeVisible();
  await expect(page.getByTestId("cpr-decision")).toHaveCount(0);
  await expect(page.getByText(/CPR attempts|Not for cardiopulmonary|Do not attempt/)).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Clinical recommendations" })).toHaveCount(0);
  await expect(page.getByText(/^Diagnoses:/)).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Print/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.goto(`/patients/${other}/print`);
  await expect(page.getByRole("heading", { level: 1, name: "The ReSPECT form is for health professionals" })).toBeVisible();
  await expectNotFound(page, `/patients/${other}/plan/versions`);
  await expectReadOnly(page, other);
  // Southwark social care is in this resident's care team: no question asked.
  const resident = await idOf(page, SOCIAL_CARE_CLIENT);
  await page.goto(`/patients/${resident}/summary`);
  await expect(page.getByTestId("social-care-note")).toBeVisible();
});
