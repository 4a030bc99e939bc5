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

/** What each role's header links: what the policy lets it do (lib/domain/navigation.ts). */
const menus: Record<DemoRole, string[]> = {
  gp: ["Find a patient", "Add a patient"],
  nurse: ["Find a patient", "Add a patient"],
  paramedic: ["Find a patient"],
  "111-handler": ["Find a patient"],
  "111-clinician": ["Find a patient"],
  ooh: ["Find a patient"],
  patient: ["My plan", "Ask for a change", "Who has looked"],
  admin: ["Organisations", "Users", "API clients", "Audit trail"],
  proxy: ["People you act for"],
  "practice-admin": ["Users"],
  ed: ["Find a patient"],
  "care-home": ["Residents", "Find a patient"],
  "care-home-nurse": ["Residents", "Find a patient"],
  specialist: ["Find a patient", "Add a patient"],
  "social-worker": ["Find a patient"],
};

test("the home page is titled by its heading, and the header links what the role may do", async ({ page }, info) => {
  const role = info.project.name as DemoRole;
  await page.goto("/");
  await expect(page).toHaveTitle(`${demoAccounts[role].home} – Universal Care Plan – NHS`);
  await expect(page.getByRole("navigation", { name: "Menu" }).getByRole("link")).toHaveText(menus[role]);
});
