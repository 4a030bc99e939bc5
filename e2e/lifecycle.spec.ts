import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";
import { openPatient } from "./plan-helpers";

// Seeded patients with active plans that no other spec changes (testNhsNumber(9) and (10)),
// and the plan seeded overdue for review (testNhsNumber(7)).
test("the GP's home lists plans due for review, overdue ones marked", async ({ page }) => {
  await page.goto("/");
  const list = page
    .getByRole("region", { name: /plans due for review/i })
    .or(page.locator("section", { has: page.getByRole("heading", { name: "My patients' plans due for review" }) }));
  await expect(list.first()).toContainText("Overdue");
});

test("cancelling a plan needs a reason; the plan stays readable, marked cancelled", async ({ page }) => {
  await openPatient(page, "999 000 0107");
  await page.getByRole("link", { name: "Cancel plan" }).click();
  await page.getByRole("button", { name: "Cancel care plan" }).click();
  await expect(page.locator(".nhsuk-error-message")).toContainText("Enter why the plan is being cancelled");
  await expectNoAxeViolations(page);
  // Over the limit: the text is kept, the count says by how much, and the form is not sent.
  const long = "x".repeat(1005);
  await page.getByLabel("Why is the plan being cancelled?").fill(long);
  await expect(page.getByTestId("reason-count")).toHaveText("You have 5 characters too many");
  await page.getByRole("button", { name: "Cancel care plan" }).click();
  await expect(page.locator("#reason-error")).toContainText("Reason must be 1000 characters or fewer");
  await expect(page.getByLabel("Why is the plan being cancelled?")).toHaveValue(long);
  await expect(page).toHaveURL(/\/plan\/cancel/);
  await expectNoAxeViolations(page);
  await page.getByLabel("Why is the plan being cancelled?").fill("The person asked for the plan to be withdrawn");
  await page.getByRole("button", { name: "Cancel care plan" }).click();
  await expect(page.getByText("The care plan has been cancelled")).toBeVisible();
  await expect(page.locator(".nhsuk-tag", { hasText: "Cancelled" })).toBeVisible();
  await page.getByRole("link", { name: "View the emergency summary" }).click();
  await expect(page.getByRole("heading", { name: "This plan was cancelled" })).toBeVisible();
});

test("recording a death checks the answers, and the record is marked", async ({ page }) => {
  await openPatient(page, "999 000 0093");
  await page.getByRole("link", { name: "Record death" }).click();
  await page.getByRole("button", { name: "Record death" }).click();
  await expect(page.locator(".nhsuk-error-summary")).toBeVisible();
  await expectNoAxeViolations(page);
  const yesterday = new Date(Date.now() - 86_400_000);
  await page.locator("#dateOfDeath-day").fill(String(yesterday.getDate()));
  await page.locator("#dateOfDeath-month").fill(String(yesterday.getMonth() + 1));
  await page.locator("#dateOfDeath-year").fill(String(yesterday.getFullYear()));
  await page.locator("#placeOfDeath-home").check();
  await page.locator("#diedAtPreferredPlace-yes").check();
  await page.getByRole("button", { name: "Record death" }).click();
  await expect(page.getByText("The death has been recorded")).toBeVisible();
});
