import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll, tabTo } from "./helpers";
import { fillCpr, fillSectionsAfterCpr, fillSectionsBeforeCpr, openPatient } from "./plan-helpers";

// A demo patient of the GP's practice with no plan, whom no other spec uses (testNhsNumber(14)).
const NHS_NUMBER = "9990000158";

// One patient: the plan is written first, then edited by keyboard, then its form is checked narrow.
test.describe.configure({ mode: "serial" });
test.setTimeout(120_000);

test("a GP edits a section and publishes with the keyboard only, seeing where the focus is at every step", async ({ page }) => {
  // Set-up, with the mouse: a published first version.
  await openPatient(page, NHS_NUMBER);
  await page.getByRole("button", { name: "Create care plan" }).click();
  await fillSectionsBeforeCpr(page, "Being in my garden");
  await fillCpr(page);
  await page.getByRole("button", { name: "Save and return to task list" }).click();
  await page.getByRole("link", { name: "Capacity and legal" }).click();
  await fillSectionsAfterCpr(page);
  await page.getByRole("button", { name: "Publish care plan" }).click();
  await expect(page.getByText("Version 1 of the care plan has been published")).toBeVisible();

  // From here on, the keyboard only.
  await page.goto(`/patients/search?by=nhs-number&nhsNumber=${NHS_NUMBER}`);
  await tabTo(page, page.locator(".ucp-results a").first());
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Care plan" })).toBeVisible();

  await tabTo(page, page.getByRole("button", { name: "Update care plan" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Update care plan");

  await tabTo(page, page.getByRole("link", { name: "About me" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About me");

  const whatMatters = page.locator("#whatMattersMost");
  await tabTo(page, whatMatters);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("Being in my garden with my sister");
  await expect(whatMatters).toHaveValue("Being in my garden with my sister");
  await tabTo(page, page.getByRole("button", { name: "Save and return to task list" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Update care plan");

  await tabTo(page, page.getByRole("link", { name: "Check your answers" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  await expect(page.getByText("Being in my garden with my sister")).toBeVisible();

  await tabTo(page, page.getByLabel("Summary of changes"));
  await page.keyboard.type("Added her sister to what matters most");
  await tabTo(page, page.getByRole("button", { name: "Publish care plan" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Version 2 of the care plan has been published")).toBeVisible();
});

test("a section form reflows at 320 CSS px (400% zoom): no horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openPatient(page, NHS_NUMBER);
  await page.getByRole("button", { name: "Update care plan" }).click();
  await page.getByRole("link", { name: "CPR decision" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("CPR decision");
  // The CPR decision's longest follow-up questions open too.
  await page.getByLabel("CPR attempts not recommended").check();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});
