import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, fillSignInForm } from "./helpers";

// As the organisation administrator of Camberwell Green Surgery (practice-admin@example.org).

test("an organisation administrator adds a nurse, who sets a password with the one-time link and signs in; deactivated, their open session ends", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const email = `new-nurse-${Date.now()}@example.org`;
  const password = "a walk along the canal at dawn";

  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "User accounts" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Add a person" }).click();
  await expect(page.getByText("Organisation: Camberwell Green Surgery")).toBeVisible();
  // A role the practice may not have, and a nurse without her NMC number: specific messages, nothing typed is lost.
  await page.getByLabel("Full name").fill("Ada Obi");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role").selectOption({ label: "Nurse" });
  await page.getByRole("button", { name: "Add person" }).click();
  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary).toContainText("Select the professional body: this role needs an NMC registration");
  await expect(page).toHaveTitle(/^Error: Add a person/);
  await expectNoAxeViolations(page);
  await page.getByLabel("Professional body").selectOption("NMC");
  await page.getByLabel("Registration number").fill("15A123");
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(summary).toContainText("An NMC registration number is 2 digits, a letter, 4 digits and a letter, like 15A1234E");
  await expect(page.getByLabel("Full name")).toHaveValue("Ada Obi");
  await page.getByLabel("Registration number").fill("15A1234E");
  await page.getByRole("button", { name: "Add person" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Ada Obi" })).toBeVisible();
  await expect(page.getByText("Account added")).toBeVisible();
  await page.getByRole("button", { name: "Make a one-time link to set a password" }).click();
  const link = (await page.getByTestId("reset-link").textContent())!.trim();
  expect(link).toMatch(/\/reset-password\/[A-Za-z0-9_-]{43}$/);
  await expectNoAxeViolations(page);
  const userPage = page.url();

  // The nurse, in a browser of her own (not the administrator's signed-in state).
  const nurseContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const nurse = await nurseContext.newPage();
  await nurse.goto(new URL(link).pathname);
  await expect(nurse.getByRole("heading", { level: 1, name: "Set your password" })).toBeVisible();
  await nurse.getByLabel("New password", { exact: true }).fill(email);
  await nurse.getByLabel("Confirm new password").fill(email);
  await nurse.getByRole("button", { name: "Set password" }).click();
  await expect(nurse.locator(".nhsuk-error-summary")).toContainText("Password must not be your email address");
  await expectNoAxeViolations(nurse);
  await nurse.getByLabel("New password", { exact: true }).fill(password);
  await nurse.getByLabel("Confirm new password").fill(password);
  await nurse.getByRole("button", { name: "Set password" }).click();
  await expect(nurse.getByText("Your password is set")).toBeVisible();
  await nurse.getByRole("link", { name: "Sign in" }).click();
  await fillSignInForm(nurse, email, password);
  await expect(nurse.getByRole("heading", { level: 1, name: "Find a patient" })).toBeVisible({ timeout: 30_000 });
  // The link was used: it never works again.
  const again = await nurseContext.newPage();
  await again.goto(new URL(link).pathname);
  await expect(again.getByText("This link has expired or has already been used")).toBeVisible();
  await again.close();

  // She opens a patient's emergency summary, which follows the plan live.
  await nurse.goto("/patients/search?by=nhs-number&nhsNumber=9990000018");
  const record = await nurse.locator(".ucp-results a").first().getAttribute("href");
  const opened = nurse.waitForResponse((r) => r.url().includes("/events") && r.status() === 200);
  await nurse.goto(`${record}/summary`);
  await expect(nurse.getByTestId("cpr-decision")).toBeVisible();
  await opened;
  const warning = nurse.getByTestId("live-warning");
  await expect(warning).toHaveCount(0);

  // The administrator deactivates her.
  await page.goto(userPage);
  await page.getByRole("button", { name: "Deactivate account" }).click();
  await page.getByRole("button", { name: "Yes, deactivate Ada Obi" }).click();
  await expect(page.getByRole("button", { name: "Reactivate account" })).toBeVisible();
  await expect(page.locator(".nhsuk-summary-list")).toContainText("Deactivated");

  // Her open page's stream ends (it re-checks the session every 30 s) and says so; her next page load is signed out.
  await expect(warning).toContainText("You have been signed out", { timeout: 60_000 });
  await nurse.goto("/patients/search");
  await expect(nurse.getByRole("heading", { level: 1, name: "Sign in to Universal Care Plan" })).toBeVisible();
  await nurseContext.close();
});

test("an organisation administrator sees only their own organisation's people, and can import only into it", async ({ page }) => {
  await page.goto("/admin/users?q=example.org");
  const email = (address: string) => page.getByRole("cell", { name: address, exact: true });
  await expect(email("gp@example.org")).toBeVisible();
  await expect(email("practice-admin@example.org")).toBeVisible();
  await expect(email("paramedic@example.org")).toHaveCount(0);
  await expect(email("admin@example.org")).toHaveCount(0);
  await expect(page.getByLabel("Organisation ODS code")).toHaveCount(0);
  await page.goto("/admin/users/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import people" })).toBeVisible();
  await page.getByLabel("CSV file").setInputFiles({
    name: "people.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("email,name,ods_code,role,registration_body,registration_number\nx@example.org,X,Y00501,PARAMEDIC,HCPC,PA12345\n"),
  });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText("Line 2, ods_code: You can import people only into your own organisation");
  await expect(page.getByRole("button", { name: /^Import \d/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  // The audit trail and API clients are the service administrators' (not found here).
  expect((await page.request.get("/admin/audit")).status()).toBe(404);
  expect((await page.request.get("/admin/api-clients")).status()).toBe(404);
});
