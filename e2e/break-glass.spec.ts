import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";
import { openPatient } from "./plan-helpers";

// A plan written only by the demo GP's practice (testNhsNumber(9)): the demo nurse's
// community team is outside this person's care team.
test("a clinician outside the care team must say why before seeing the plan, and the reason is recorded", async ({ page }) => {
  await openPatient(page, "999 000 0093");
  await page.getByRole("link", { name: "View the emergency summary" }).click();
  await expect(page.getByRole("group", { name: "Why do you need to see this plan?" })).toBeVisible();
  await expect(page.getByTestId("cpr-decision")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByLabel("Or describe another reason").fill("Visiting after a fall, asked by the daughter");
  await page.getByRole("button", { name: "Continue to the plan" }).click();
  await expect(page.getByTestId("cpr-decision")).toBeVisible();
  await expectNoAxeViolations(page);
});
