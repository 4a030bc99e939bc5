import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";
import { fillCpr, fillDate, fillSectionsAfterCpr, fillSectionsBeforeCpr, openPatient } from "./plan-helpers";

// A demo patient with no plan whom no other spec uses (testNhsNumber(12); 1 to 11 have demo plans).
const NHS_NUMBER = "999 000 0123";

test.setTimeout(90_000);

test("a GP writes every section, publishes, revises and compares versions", async ({ page }) => {
  await openPatient(page, NHS_NUMBER);
  await page.getByRole("button", { name: "Create care plan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create care plan");
  await expectNoAxeViolations(page);

  await fillSectionsBeforeCpr(page, "Being at home with my cat");

  // An impossible date is refused at once, and nothing typed is lost.
  await fillCpr(page);
  await fillDate(page, "decisionDate", { day: "31", month: "2", year: "2025" });
  await page.getByRole("button", { name: "Save and return to task list" }).click();
  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary).toContainText("Date of the CPR decision must be a real date");
  await expect(page.locator("#decisionDate-error")).toContainText("must be a real date");
  await expect(page.locator("#reasons")).toHaveValue("Severe heart failure; CPR would not work");
  await expect(page.locator("#decisionDate-day")).toHaveValue("31");
  await expectNoAxeViolations(page);
  await fillDate(page, "decisionDate", { day: "1", month: "2", year: "2025" });
  await page.getByRole("button", { name: "Save and return to task list" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create care plan");

  // Saved on the server: a reload shows the same statuses.
  await page.reload();
  const status = (name: string) => page.locator(".nhsuk-task-list__item").filter({ hasText: name }).locator(".nhsuk-tag");
  await expect(status("About me")).toHaveText("Completed");
  await expect(status("CPR decision")).toHaveText("Completed");
  await expect(status("Preferences")).toHaveText("Not started");

  // Unfinished, the check page lists what is missing as guidance in a warning card, not an error
  // summary, so its title has no "Error: " in front.
  await page.getByRole("link", { name: "Check your answers" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  await expect(page.locator(".nhsuk-card--warning").filter({ hasText: "The plan is not ready to publish" })).toBeVisible();
  await expect(page.locator(".nhsuk-error-summary")).toHaveCount(0);
  await expect(page).toHaveTitle("Check your answers – Universal Care Plan – NHS");
  await page.getByRole("link", { name: "Back to the task list" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create care plan");

  await page.getByRole("link", { name: "Capacity and legal" }).click();
  // A follow-up question is revealed right after the option that reveals it, which says so.
  const adrtYes = page.locator("#hasAdrt");
  const adrtFollowUp = page.locator("#hasAdrt-conditional");
  await expect(adrtYes).toHaveAttribute("aria-controls", "hasAdrt-conditional");
  await expect(adrtFollowUp).toBeHidden();
  await expect(page.locator("#adrtDetails")).toHaveCount(0);
  await adrtYes.check();
  await expect(adrtFollowUp).toBeVisible();
  await expect(adrtFollowUp.locator("#adrtDetails")).toBeVisible();
  // It follows the option that reveals it, before the next option.
  await expect(page.locator(".nhsuk-radios__item:has(#hasAdrt) + #hasAdrt-conditional")).toHaveCount(1);
  await expectNoAxeViolations(page);
  await fillSectionsAfterCpr(page);
  // The CPR follow-up page's answers are on the check page, each with a link to that page.
  await expect(page.getByText("Severe heart failure; CPR would not work")).toBeVisible();
  await expect(page.getByText("Dr Amara Nwosu")).toBeVisible();
  await expect(page.locator('a[href$="/plan/cpr?step=details#reasons"]')).toHaveCount(1);
  await expect(page.getByText("Being at home with my cat")).toBeVisible();
  await expect(page.getByText("no anticipatory medicines are recorded")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Publish care plan" }).click();
  await expect(page.getByText("Version 1 of the care plan has been published")).toBeVisible();
  await expect(page.getByText(/Version 1, published .* by /)).toBeVisible();

  // Revise: a change summary is required the second time.
  await page.getByRole("button", { name: "Update care plan" }).click();
  await page.getByRole("link", { name: "About me" }).click();
  await expect(page.locator("#whatMattersMost")).toHaveValue("Being at home with my cat");
  await page.locator("#whatMattersMost").fill("Being at home with my cat and my grandchildren");
  await page.getByRole("button", { name: "Save and return to task list" }).click();
  await page.getByRole("link", { name: "Check your answers" }).click();
  await page.getByRole("button", { name: "Publish care plan" }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText("Enter a summary of what changed");
  await page.getByLabel("Summary of changes").fill("Added grandchildren to what matters most");
  await page.getByRole("button", { name: "Publish care plan" }).click();
  await expect(page.getByText("Version 2 of the care plan has been published")).toBeVisible();

  await page.getByRole("link", { name: "Version history" }).click();
  await expect(page.getByRole("cell", { name: /Added grandchildren/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Compare with version 1" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Changes from version 1 to version 2");
  const change = page.getByRole("listitem").filter({ hasText: "What matters most to the person:" });
  await expect(change).toContainText("Being at home with my cat");
  await expect(change).toContainText("Being at home with my cat and my grandchildren");
  await expectNoAxeViolations(page);
});
