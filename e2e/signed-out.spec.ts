import { expect, test } from "@playwright/test";
import { demoAccounts } from "./accounts";
import { expectNoAxeViolations, fillSignInForm, signIn } from "./helpers";

test("the sign-in page has labelled fields and no accessibility violations", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.getByLabel("Email address")).toBeVisible();
  await expect(page.getByLabel("Password", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the password can be shown and hidden again", async ({ page }) => {
  await page.goto("/signin");
  // nhsuk-frontend's scripts start only under this class, which its nonced snippet sets (the button is theirs).
  await expect(page.locator("body")).toHaveClass(/nhsuk-frontend-supported/);
  const password = page.getByLabel("Password", { exact: true });
  await password.fill("a secret");
  await expect(password).toHaveAttribute("type", "password");
  await page.getByRole("button", { name: "Show password" }).click();
  await expect(password).toHaveAttribute("type", "text");
  await expect(password).toHaveValue("a secret");
  await page.getByRole("button", { name: "Hide password" }).click();
  await expect(password).toHaveAttribute("type", "password");
  await expectNoAxeViolations(page);
});

test("pages need sign-in and come back after it", async ({ page }) => {
  await page.goto("/patients/search");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fpatients%2Fsearch/);
  await fillSignInForm(page, demoAccounts.gp.email);
  await expect(page).toHaveURL(/\/patients\/search$/);
});

test("a wrong password shows an error and the email address stays", async ({ page }) => {
  await signIn(page, demoAccounts.nurse.email, "not-the-password");
  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary).toContainText("Enter a correct email address and password");
  await expect(page.getByLabel("Email address")).toHaveValue(demoAccounts.nurse.email);
  await expect(page).toHaveURL(/\/signin/);
  await expectNoAxeViolations(page);
});

test("empty fields get a message each", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText("Enter your email address");
  await expect(page.locator(".nhsuk-error-summary")).toContainText("Enter your password");
});

for (const [role, account] of Object.entries(demoAccounts)) {
  test(`${role} signs in with the demo password and lands on their home`, async ({ page }) => {
    await signIn(page, account.email);
    await expect(page.getByRole("heading", { level: 1, name: account.home })).toBeVisible();
  });
}

test("signing out ends the session", async ({ page }) => {
  await signIn(page, demoAccounts.paramedic.email);
  await expect(page.getByRole("heading", { level: 1, name: "Find a patient" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "You have signed out" })).toBeVisible();
  await page.goto("/patients/search");
  await expect(page).toHaveURL(/\/signin/);
  const session = await page.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
});
