import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

// Axe over "who has looked at my plan" took about 30 s on the 2-core CI box when it showed up to 500
// rows (every spec reads Margaret's plan); it shows 50 a page now, and the room stays.
test.setTimeout(120_000);

test("a patient reads their plan in plain English, sees a paramedic's view, and asks for a change the GP then sees", async ({ page, browser }) => {
  // A paramedic opens Margaret's summary first (999 000 0018 is patient@example.org).
  const crewContext = await browser.newContext({ storageState: "e2e/.auth/paramedic.json" });
  const crew = await crewContext.newPage();
  await crew.goto("/patients/search?by=nhs-number&nhsNumber=9990000018");
  await crew.locator(".ucp-results a").first().click();
  await expect(crew.getByTestId("cpr-decision")).toBeVisible();
  await crewContext.close();

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "My care plan" })).toBeVisible();
  await expect(page.getByText(/If your heart stops, the team will/)).toBeVisible();
  await expect(page.getByText(/450475007|450476008|not-recommended/)).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Who has looked at my plan" }).click();
  await expect(page.getByRole("cell", { name: /Capital Ambulance Service/ }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: /Emergency call/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/my-plan/change");
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText("Enter what you would like to change");
  const request = `Please add my neighbour Joan as a contact (${Date.now()})`;
  await page.getByLabel("What would you like to change?").fill(request);
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByText("Your request has been sent")).toBeVisible();

  const gpContext = await browser.newContext({ storageState: "e2e/.auth/gp.json" });
  const gp = await gpContext.newPage();
  await gp.goto("/");
  await expect(gp.getByTestId("change-requests")).toContainText(request);
  await gpContext.close();
});

test("a patient cannot open another patient's summary", async ({ page }) => {
  const response = await page.goto("/patients/00000000-0000-4000-8000-000000000000/summary");
  expect(response?.status()).toBe(404);
});
