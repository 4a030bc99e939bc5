import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";
import { idOf, OTHER, OUTSIDE_HOSPICE } from "./role-helpers";

test("a hospice doctor writes plans of the people the hospice cares for, and gives a reason for anyone else", async ({ page }) => {
  const other = await idOf(page, OTHER.nhsNumber);
  await page.goto(`/patients/${other}`);
  await expect(page.getByTestId("care-team-summary")).toContainText("Thameside Hospice");
  await expect(page.getByRole("button", { name: "Update care plan" })).toBeVisible();
  // Opens a draft (nothing saved): the task list of an author, with no reason asked.
  await page.getByRole("button", { name: "Update care plan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Update care plan");
  await expectNoAxeViolations(page);
  const outside = await idOf(page, OUTSIDE_HOSPICE);
  await page.goto(`/patients/${outside}/plan`);
  await expect(page.getByRole("heading", { level: 1, name: "Tell us why you need to see this plan" })).toBeVisible();
});
