import { expect, test } from "@playwright/test";
import { expectNhsFocus, expectNoAxeViolations, expectNoHorizontalScroll, tabTo } from "./helpers";

// A seeded published plan that no spec changes (testNhsNumber(2)).
const NHS_NUMBER = "9990000026";

test("a paramedic finds a patient by NHS number and reads the CPR decision with the keyboard only", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  expect(await expectNhsFocus(page)).toContain("Skip to main content");

  await tabTo(page, page.getByRole("textbox", { name: "NHS number" }));
  await page.keyboard.type(NHS_NUMBER);
  await page.keyboard.press("Enter");
  await expect(page.getByText("1 patient found")).toBeVisible();

  await tabTo(page, page.locator(".ucp-results a").first());
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/summary$/);
  await expect(page.getByTestId("cpr-decision")).toBeVisible();

  // The decision is on screen without scrolling, and the next Tab lands, visibly, inside the page.
  await expect(page.getByTestId("cpr-decision")).toBeInViewport();
  await expect(page.getByTestId("cpr-decision")).toContainText(/CPR/);
  await page.keyboard.press("Tab");
  await expectNhsFocus(page);

  // On a fresh load the skip link comes first and takes the crew past the header to the patient.
  await page.reload();
  await page.keyboard.press("Tab");
  expect(await expectNhsFocus(page)).toContain("Skip to main content");
  await page.keyboard.press("Enter");
  await expect(page.locator("#maincontent")).toBeFocused();
  await expect(page.getByTestId("cpr-decision")).toBeInViewport();
});

test("the emergency summary reflows at 320 CSS px (400% zoom): no horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`/patients/search?by=nhs-number&nhsNumber=${NHS_NUMBER}`);
  await page.locator(".ucp-results a").first().click();
  await expect(page.getByTestId("cpr-decision")).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});
