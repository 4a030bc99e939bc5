import { expect, test, type Page } from "@playwright/test";
import { demoAccounts } from "../accounts";
import { fillSignInForm, signIn } from "../helpers";
import { openPatient } from "../plan-helpers";

// Unsaved answers kept in sessionStorage must not outlive sign-out, so the next person in the
// tab is never offered them. A demo patient with no plan whom no other spec uses (testNhsNumber(53)).
const NHS_NUMBER = "999 000 0573";
const PUT_BACK = "We put back answers you typed earlier that were not saved";
test.setTimeout(90_000);

const unsavedKeys = (page: Page) => page.evaluate(() => Object.keys(window.sessionStorage).filter((k) => k.startsWith("ucp-unsaved:")));

test("unsaved answers come back after a lapsed session, but never after signing out", async ({ page }) => {
  // Leaving a form with unsaved answers asks first; these tests mean to leave.
  page.on("dialog", (dialog) => void dialog.accept());
  await signIn(page, demoAccounts.gp.email);
  // argon2 on a busy machine (other tests guess passwords in parallel): allow for it.
  await expect(page.getByRole("heading", { level: 1, name: demoAccounts.gp.home })).toBeVisible({ timeout: 30_000 });
  await openPatient(page, NHS_NUMBER);
  await page.getByRole("button", { name: "Create care plan" }).click();
  await page.getByRole("link", { name: "About me" }).click();
  await expect(page).toHaveURL(/\/plan\/aboutMe$/);
  const aboutMe = page.url();
  await page.locator("#whatMattersMost").fill("Typed but never saved");
  await expect.poll(() => unsavedKeys(page)).toHaveLength(1);

  // The session lapses (cookie gone): the same person signing back in gets the answers back.
  // Typing wakes the session keep-alive; its answer would put the cookie back if still in flight.
  await page.waitForLoadState("networkidle");
  await page.context().clearCookies();
  await page.goto(aboutMe);
  await fillSignInForm(page, demoAccounts.gp.email);
  await expect(page.getByText(PUT_BACK)).toBeVisible({ timeout: 30_000 });
  await expect(page.locator("#whatMattersMost")).toHaveValue("Typed but never saved");

  // Signing out clears them from the tab.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "You have signed out" })).toBeVisible();
  expect(await unsavedKeys(page)).toEqual([]);

  // Whoever signs in next in this tab is offered nothing.
  await page.goto(aboutMe);
  await fillSignInForm(page, demoAccounts.gp.email);
  await expect(page.getByRole("heading", { level: 1, name: "About me" })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator("#whatMattersMost")).toHaveValue("");
  await expect(page.getByText(PUT_BACK)).toHaveCount(0);
});
