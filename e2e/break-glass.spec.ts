import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";
import { openPatient } from "./plan-helpers";

// The demo nurse's community team is outside the care team of the plans written only by the
// demo GP's practice. Each test uses its own patient: a reason holds for the shift, per patient.

async function expectAskedWhy(page: Page): Promise<void> {
  await expect(page.getByRole("group", { name: "Why do you need to see this plan?" })).toBeVisible();
  await expect(page).toHaveURL(/\/reason\?returnTo=/);
}

async function giveReason(page: Page, reason: string): Promise<void> {
  await page.getByLabel("Or describe another reason").fill(reason);
  await page.getByRole("button", { name: "Continue to the plan" }).click();
}

// testNhsNumber(9): a plan written only by the demo GP's practice.
test("a clinician outside the care team must say why before seeing the plan, and the reason is recorded", async ({ page }) => {
  await openPatient(page, "999 000 0093");
  await page.getByRole("link", { name: "View the emergency summary" }).click();
  await expectAskedWhy(page);
  await expect(page.getByTestId("cpr-decision")).toHaveCount(0);
  // Not in the error state on arrival: the error summary is for a submit that was refused.
  await expect(page.locator(".nhsuk-error-summary")).toHaveCount(0);
  await expect(page.locator(".nhsuk-form-group--error")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Continue to the plan" }).click();
  await expect(page.locator(".nhsuk-error-message")).toContainText("Select or describe why you need to see this plan");
  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary.getByRole("heading", { level: 2 })).toHaveText("There is a problem");
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await summary.getByRole("link", { name: "Select or describe why you need to see this plan" }).click();
  await expect(page.getByLabel("Emergency care")).toBeFocused();
  await expectNoAxeViolations(page);
  // Too long a reason is kept as typed, not cut at 500 characters, and refused with a message.
  const long = "Visiting after a fall. ".repeat(25);
  await page.getByLabel("Or describe another reason").fill(long);
  await page.getByRole("button", { name: "Continue to the plan" }).click();
  await expect(page.locator("#reasonText-error")).toContainText("Describe the reason in 500 characters or fewer");
  await expect(page.getByLabel("Or describe another reason")).toHaveValue(long);
  await giveReason(page, "Visiting after a fall, asked by the daughter");
  await expect(page).toHaveURL(/\/summary$/);
  await expect(page.getByTestId("cpr-decision")).toBeVisible();
  await expectNoAxeViolations(page);
});

// testNhsNumber(7): an active plan by the GP's practice that no other spec changes.
test("'Update care plan' asks why first; then the sections and history need no second reason, and the review lists it", async ({ page, browser }) => {
  await openPatient(page, "999 000 0077");
  await expect(page.getByTestId("outside-care-team")).toBeVisible();
  await page.getByRole("button", { name: "Update care plan" }).click();
  await expectAskedWhy(page);
  await page.getByLabel("Providing direct care").check();
  await page.getByRole("button", { name: "Continue to the plan" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Care plan" })).toBeVisible();
  await page.getByRole("button", { name: "Update care plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Update care plan" })).toBeVisible();
  await page.locator(".nhsuk-task-list__link").first().click();
  await expect(page.getByRole("button", { name: "Save and continue" })).toBeVisible();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.locator(".nhsuk-error-summary")).toHaveCount(0);
  const patientPath = new URL(page.url()).pathname.split("/plan")[0];
  await page.goto(`${patientPath}/plan/versions`);
  await expect(page.getByRole("heading", { level: 1, name: "Version history" })).toBeVisible();

  const admin = await browser.newContext({ storageState: "e2e/.auth/admin.json" });
  const review = await admin.newPage();
  await review.goto("/admin/audit?breakGlass=1&nhsNumber=9990000077");
  const rows = review.locator(".ucp-results");
  await expect(rows).toContainText("Providing direct care");
  await expect(rows).toContainText("plan.breakGlassGranted");
  await expect(rows).toContainText("plan.draftOpened");
  await expect(rows).toContainText("plan.historyViewed");
  await admin.close();
});

// testNhsNumber(5): a cancelled plan; its history is still behind the break-glass question.
test("version history asks why, then returns to the history", async ({ page }) => {
  await openPatient(page, "999 000 0050");
  await page.getByRole("link", { name: "Version history" }).click();
  await expectAskedWhy(page);
  await giveReason(page, "Reviewing a complaint");
  await expect(page).toHaveURL(/\/plan\/versions$/);
  await expect(page.getByRole("heading", { level: 1, name: "Version history" })).toBeVisible();
});

// testNhsNumber(11): a draft by the GP's practice, never published.
test("a section page asks why, then returns to that section", async ({ page }) => {
  await openPatient(page, "999 000 0115");
  const section = `${new URL(page.url()).pathname}/plan/aboutMe`;
  await page.goto(section);
  await expectAskedWhy(page);
  await giveReason(page, "Joint visit with the GP");
  await expect(page).toHaveURL(new RegExp(`${section}$`));
  await expect(page.getByRole("button", { name: "Save and continue" })).toBeVisible();
});
