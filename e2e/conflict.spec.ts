import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";
import { fillCpr, fillSectionsAfterCpr, fillSectionsBeforeCpr, openPatient, saveAndContinue } from "./plan-helpers";

// A demo patient with no plan whom no other spec uses (testNhsNumber(13)).
const NHS_NUMBER = "999 000 0131";

async function publish(page: Page, summary: string) {
  await page.getByLabel("Summary of changes").fill(summary);
  await page.getByRole("button", { name: "Publish care plan" }).click();
}

test.setTimeout(150_000);

test("two GPs edit the same plan; the second sees both changes, combines them, and both edits survive", async ({ page, browser }) => {
  await openPatient(page, NHS_NUMBER);
  const patientUrl = page.url();
  await page.getByRole("button", { name: "Create care plan" }).click();
  await fillSectionsBeforeCpr(page, "Original wishes");
  await fillCpr(page);
  await saveAndContinue(page, "Capacity and legal");
  await fillSectionsAfterCpr(page);
  await page.getByRole("button", { name: "Publish care plan" }).click();
  await expect(page.getByText("Version 1 of the care plan has been published")).toBeVisible();

  // Both open the same revision draft, on different sections.
  await page.getByRole("button", { name: "Update care plan" }).click();
  await page.getByRole("link", { name: "About me" }).click();
  const other = await browser.newContext({ storageState: "e2e/.auth/gp.json" });
  const second = await other.newPage();
  await second.goto(`${patientUrl}/plan/preferences`);
  await expect(second.getByRole("heading", { level: 1 })).toHaveText("Preferences");

  // The first publishes version 2.
  await page.locator("#whatMattersMost").fill("First GP's edit");
  await page.getByRole("button", { name: "Save and return to task list" }).click();
  await page.getByRole("link", { name: "Check your answers" }).click();
  await publish(page, "First GP's change");
  await expect(page.getByText("Version 2 of the care plan has been published")).toBeVisible();

  // The second saves on top of version 1: their answers are kept and both changes are shown.
  await second.locator("#otherWishes").fill("Second GP's edit");
  await second.getByRole("button", { name: "Save and continue" }).click();
  await expect(second.getByRole("heading", { level: 1 })).toHaveText("Someone else published a new version");
  await expectNoAxeViolations(second);
  await expect(second.getByRole("listitem").filter({ hasText: "What matters most to the person:" })).toContainText("First GP's edit");
  await expect(second.getByRole("listitem").filter({ hasText: "Other wishes:" })).toContainText("Second GP's edit");
  await second.getByRole("button", { name: "Keep my changes and update" }).click();
  await expect(second.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  await expect(second.getByText("First GP's edit")).toBeVisible();
  await expect(second.getByText("Second GP's edit")).toBeVisible();
  await publish(second, "Second GP's change");
  await expect(second.getByText("Version 3 of the care plan has been published")).toBeVisible();

  // Publishing from two check-your-answers pages at once: the second lands on the conflict page.
  await page.goto(patientUrl);
  await page.getByRole("button", { name: "Update care plan" }).click();
  await page.getByRole("link", { name: "Check your answers" }).click();
  await second.goto(`${patientUrl}/plan/check`);
  await expect(second.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  await publish(page, "Reviewed, no changes");
  await expect(page.getByText("Version 4 of the care plan has been published")).toBeVisible();
  await publish(second, "Reviewed again");
  await expect(second.getByRole("heading", { level: 1 })).toHaveText("Someone else published a new version");
  await second.getByRole("button", { name: "Keep my changes and update" }).click();
  await publish(second, "Reviewed again");
  await expect(second.getByText("Version 5 of the care plan has been published")).toBeVisible();

  // Both edits survive in the latest version.
  await second.goto(`${patientUrl}/plan/versions/compare?from=1&to=5`);
  await expect(second.getByRole("listitem").filter({ hasText: "What matters most to the person:" })).toContainText("First GP's edit");
  await expect(second.getByRole("listitem").filter({ hasText: "Other wishes:" })).toContainText("Second GP's edit");

  // A co-author saves a section while the first has "check your answers" open: publishing what
  // was checked is refused (their save is not lost), and after a reload both are published.
  await page.goto(patientUrl);
  await page.getByRole("button", { name: "Update care plan" }).click();
  await page.getByRole("link", { name: "Check your answers" }).click();
  await second.goto(`${patientUrl}/plan/preferences`);
  await second.locator("#otherWishes").fill("Co-author's late edit");
  await second.getByRole("button", { name: "Save and return to task list" }).click();
  await expect(second.getByRole("heading", { level: 1 })).toHaveText("Update care plan");
  await publish(page, "Checked before the late edit");
  await expect(page.locator(".nhsuk-error-summary")).toContainText("The draft was changed after you opened this page");
  await page.reload();
  await expect(page.getByText("Co-author's late edit")).toBeVisible();
  await publish(page, "Checked again");
  await expect(page.getByText("Version 6 of the care plan has been published")).toBeVisible();
  await page.goto(`${patientUrl}/plan/versions/compare?from=5&to=6`);
  await expect(page.getByRole("listitem").filter({ hasText: "Other wishes:" })).toContainText("Co-author's late edit");
  await other.close();
});
