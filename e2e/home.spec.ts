import { expect, test } from "@playwright/test";
import { demoAccounts, type DemoRole } from "./accounts";
import { expectNoAxeViolations } from "./helpers";

test("lands on the home page of its role, with who is signed in in the header", async ({ page }, info) => {
  const account = demoAccounts[info.project.name as DemoRole];
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: account.home })).toBeVisible();
  await expect(page.getByTestId("signed-in-user")).toContainText(account.roleLabel);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("home page works on a phone-sized screen", async ({ page }, info) => {
  const account = demoAccounts[info.project.name as DemoRole];
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: account.home })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});
