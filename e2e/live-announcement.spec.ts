import { expect, test } from "@playwright/test";
import { fillCpr, fillSectionsAfterCpr, fillSectionsBeforeCpr, openPatient, publishCprNotRecommended } from "./plan-helpers";

// A demo patient of the GP's practice with no plan, whom no other spec uses (testNhsNumber(15)).
const NHS_NUMBER = "9990000166";

test.setTimeout(120_000);

test("'Updated just now' is announced from a live region that was on the page before the update", async ({ page, browser }) => {
  const gpContext = await browser.newContext({ storageState: "e2e/.auth/gp.json" });
  const gp = await gpContext.newPage();
  await openPatient(gp, NHS_NUMBER);
  await gp.getByRole("button", { name: "Create care plan" }).click();
  await fillSectionsBeforeCpr(gp, "Music in the morning");
  await fillCpr(gp);
  await gp.getByRole("button", { name: "Save and return to task list" }).click();
  await gp.getByRole("link", { name: "Capacity and legal" }).click();
  await fillSectionsAfterCpr(gp);
  await gp.getByRole("button", { name: "Publish care plan" }).click();
  await expect(gp.getByText("Version 1 of the care plan has been published")).toBeVisible();

  await page.goto(`/patients/search?by=nhs-number&nhsNumber=${NHS_NUMBER}`);
  const opened = page.waitForResponse((r) => r.url().includes("/events") && r.status() === 200);
  await page.locator(".ucp-results a").first().click();
  await expect(page.getByTestId("cpr-decision")).toContainText("CPR attempts not recommended");
  await opened;
  const region = page.getByTestId("live-announcement");
  await expect(region).toHaveAttribute("aria-live", "polite");
  await expect(region).toHaveAttribute("role", "status");
  await expect(region).toHaveText("");
  await region.evaluate((el) => el.setAttribute("data-before-update", "yes"));

  await openPatient(gp, NHS_NUMBER);
  await publishCprNotRecommended(gp);
  await expect(page.getByTestId("updated-banner")).toContainText("Updated just now: version 2", { timeout: 5_000 });
  // The same element, there since the page opened, now carries the message.
  await expect(region).toHaveAttribute("data-before-update", "yes");
  await expect(region).toContainText("Updated just now: version 2. Changed: ");
  await gpContext.close();
});
