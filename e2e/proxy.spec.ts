import { expect, test, type Browser, type Page } from "@playwright/test";
import { verifiedPatient } from "@/test/oidc-provider/people";
import { expectNoAxeViolations } from "./helpers";

// Proxy access (P4 item 5). This project is Chidi Okafor (proxy@example.org), who holds his mother
// Margaret's lasting power of attorney (the demo data). His link is never ended here (other specs
// of this project rely on it): the acceptance journey uses an NHS login account Margaret nominates.
test.setTimeout(120_000);

test("a proxy's home lists whom they act for; the plan reads as the person's own, they ask for a change and see who has looked", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "People you act for" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByTestId("acting-for").getByRole("link", { name: "OKAFOR, Margaret" }).click();
  await expect(page).toHaveURL(/\/my-plan\?for=/);
  await expect(page.getByRole("heading", { level: 1, name: "Care plan" })).toBeVisible();
  await expect(page.getByText("Margaret Okafor", { exact: true })).toBeVisible();
  await expect(page.getByText(/If (her|your|their) heart stops, the team will/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Ask for a change to their plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ask for a change to their plan" })).toBeVisible();
  const request = `Mum would like her daughter added as a contact (${Date.now()})`;
  await page.getByLabel("What would you like to change?").fill(request);
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByText("Your request has been sent")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("own-requests")).toContainText(request);
  await expect(page.getByTestId("own-requests")).toContainText("Waiting for a reply");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Back to the care plan" }).click();
  await page.getByRole("link", { name: "Who has looked at their plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Who has looked at their plan" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Chidi Okafor, acting for them" }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a proxy never searches, edits or manages who acts for the person", async ({ page }) => {
  for (const path of ["/patients/search", "/patients/new", "/my-plan/people", "/my-plan/change", "/my-plan/access"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
});

async function nhsLoginAs(browser: Browser, person: string): Promise<Page> {
  // Signed out first: a new context would otherwise start with this project's saved session.
  const page = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await page.goto("/signin");
  await page.getByRole("button", { name: "Continue to NHS login" }).click();
  await page.getByRole("link", { name: person, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My care plan" })).toBeVisible();
  return page;
}

test("acceptance: a proxy reads the plan and asks for a change; the patient ends the link; the proxy loses access at once", async ({ browser }) => {
  // The proxy signs in as themselves with NHS login (P9), with a record of their own here.
  const carerName = `${verifiedPatient.givenName} ${verifiedPatient.familyName}`;
  const carer = await nhsLoginAs(browser, `${carerName}, identity checked (P9)`);

  // Margaret nominates them from her own view.
  const margaret = await (await browser.newContext({ storageState: "e2e/.auth/patient.json" })).newPage();
  await margaret.goto("/");
  await margaret.getByRole("link", { name: "People who can act for you" }).click();
  await expect(margaret.getByRole("heading", { level: 1, name: "People who can act for you" })).toBeVisible();
  await margaret.getByRole("button", { name: "Add carer" }).click();
  await expect(margaret.locator(".nhsuk-error-summary")).toContainText("Enter their email address");
  await margaret.getByLabel("Their email address").fill("p9@nhs-login.test");
  await margaret.getByLabel("How are they related to you?").fill("Neighbour");
  await margaret.getByRole("button", { name: "Add carer" }).click();
  const card = margaret.getByRole("region", { name: carerName });
  await expect(card).toContainText("A carer the person has chosen");
  await expect(card).toContainText("You chose them");
  await expectNoAxeViolations(margaret);

  // At once, the carer acts for her: the plan, and a change request.
  await carer.goto("/");
  await carer.getByRole("link", { name: "People you act for" }).first().click();
  await carer.getByRole("link", { name: "OKAFOR, Margaret" }).click();
  await expect(carer.getByRole("heading", { level: 1, name: "Care plan" })).toBeVisible();
  const planUrl = carer.url();
  await carer.getByRole("link", { name: "Ask for a change to their plan" }).click();
  await carer.getByLabel("What would you like to change?").fill(`Please add the key safe code for the side door (${Date.now()})`);
  await carer.getByRole("button", { name: "Send request" }).click();
  await expect(carer.getByText("Your request has been sent")).toBeVisible();
  await carer.goto(planUrl);
  await expect(carer.getByRole("heading", { level: 1, name: "Care plan" })).toBeVisible();

  // Margaret sees the carer's read, named, then ends the link.
  await margaret.goto("/my-plan/access");
  await expect(margaret.getByRole("cell", { name: `${carerName}, acting for you` }).first()).toBeVisible();
  await margaret.goto("/my-plan/people");
  await margaret.getByLabel(`Why is ${carerName}'s access ending?`).fill("I asked my son to help instead");
  await margaret.getByRole("button", { name: `End access for ${carerName}` }).click();
  await expect(margaret.getByRole("region", { name: carerName })).toHaveCount(0);
  await expect(margaret.getByText(/I asked my son to help instead/)).toBeAttached();

  // The carer's open page says so without a reload, and the next navigation finds nothing.
  await expect(carer.getByTestId("live-warning")).toContainText("You can no longer see this plan", { timeout: 15_000 });
  const next = await carer.goto(planUrl);
  expect(next?.status()).toBe(404);
  await expect(carer.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await carer.goto("/");
  await expect(carer.getByRole("heading", { level: 1, name: "My care plan" })).toBeVisible();
  await expect(carer.getByRole("link", { name: "People you act for" })).toHaveCount(0);
});
