import { expect, test, type Page } from "@playwright/test";
import { formatNhsNumber } from "@/lib/domain/nhs-number";
import { unverifiedPatient, verifiedPatient } from "@/test/oidc-provider/people";
import { DEMO_PASSWORD, demoAccounts } from "./accounts";
import { expectNoAxeViolations, signIn } from "./helpers";

// Sign-in through the local OpenID Connect provider (test/oidc-provider), which plays CIS2 and
// NHS login with real signed tokens. Its sign-in page lists test people; a link picks one.
test.setTimeout(60_000);

async function throughProvider(page: Page, button: "Sign in with Care Identity Service" | "Continue to NHS login", person: string) {
  await page.goto("/signin");
  await page.getByRole("button", { name: button }).click();
  await page.getByRole("link", { name: person, exact: true }).click();
}

const cis2 = (person: string, page: Page) => throughProvider(page, "Sign in with Care Identity Service", person);
const nhsLogin = (person: string, page: Page) => throughProvider(page, "Continue to NHS login", person);

async function expectSignedOut(page: Page) {
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
  await page.goto("/patients/search");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
}

const GP_ROLE = "Dr Ngozi Eze, Clinical Practitioner at Camberwell Green Surgery";
const OOH_ROLE = "Dr Ngozi Eze, Clinical Practitioner at South East London Out of Hours";

test("the sign-in page offers CIS2 and NHS login beside the password form, accessibly", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.getByRole("heading", { name: "Health and care staff" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign in with Care Identity Service" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Continue to NHS login" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Continue to NHS login" })).toHaveClass(/nhsuk-button--login/);
  await expect(page.getByLabel("Email address")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("staff sign in through CIS2 and land with the mapped role; the role selected next time replaces it", async ({ page }) => {
  await cis2(GP_ROLE, page);
  await expect(page.getByRole("heading", { level: 1, name: "Find a patient" })).toBeVisible();
  await expect(page.getByTestId("signed-in-user")).toHaveText("Ngozi Eze, GP, Camberwell Green Surgery");
  await page.goto("/patients/search?by=nhs-number&nhsNumber=9990000018");
  await expect(page.locator(".ucp-results a").first()).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "You have signed out" })).toBeVisible();
  await cis2(OOH_ROLE, page);
  await expect(page.getByTestId("signed-in-user")).toHaveText("Ngozi Eze, Out-of-hours GP, South East London Out of Hours");
});

test("a paramedic's CIS2 role maps to Paramedic at their ambulance service", async ({ page }) => {
  await cis2("Sam Whitfield, Health Professional at Capital Ambulance Service", page);
  await expect(page.getByTestId("signed-in-user")).toHaveText("Sam Whitfield, Paramedic, Capital Ambulance Service");
});

test("a CIS2 email that belongs to a local account does not open that account", async ({ page }) => {
  await cis2("Pat Morgan, Nurse at South London Community Nursing (email gp@example.org)", page);
  await expect(page.getByTestId("signed-in-user")).toHaveText("Pat Morgan, Nurse, South London Community Nursing");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "You have signed out" })).toBeVisible();
  // The demo GP is still the demo GP.
  await signIn(page, demoAccounts.gp.email, DEMO_PASSWORD);
  await expect(page.getByTestId("signed-in-user")).toHaveText("Dr Amara Mensah, GP, Camberwell Green Surgery");
});

test("a CIS2 role with no mapping gets a page saying so, and no access", async ({ page }) => {
  await cis2("Kerry Dunn, Receptionist at Camberwell Green Surgery", page);
  await expect(page).toHaveURL(/\/signin\/no-role\?r=/);
  await expect(page.getByRole("heading", { level: 1, name: "Your selected role does not give access to Universal Care Plan" })).toBeVisible();
  await expect(
    page.getByText("You signed in with Care Identity Service as Receptionist Access Role (R8009) at CAMBERWELL GREEN SURGERY (Y00101)."),
  ).toBeVisible();
  await expect(page.getByText(/contact your local Registration Authority/)).toBeVisible();
  await expectNoAxeViolations(page);
  await expectSignedOut(page);
});

test("a CIS2 role at an organisation that does not use the service gets the no-role page", async ({ page }) => {
  await cis2("Dr Alan Price, Clinical Practitioner at Somewhere Else NHS Trust", page);
  await expect(page.getByText("That organisation does not use Universal Care Plan, so this role gives no access to care plans.")).toBeVisible();
  await expectSignedOut(page);
});

test("the no-role page shows nothing it did not write itself", async ({ page }) => {
  await page.goto("/signin/no-role?r=Call%200800%20000%20000%20to%20restore%20access");
  await expect(page.getByText("it did not tell us which role you selected")).toBeVisible();
  await expect(page.getByText(/0800/)).toHaveCount(0);
});

test("a patient signs in through NHS login (P9) and sees their own plan", async ({ page }) => {
  await nhsLogin(`${verifiedPatient.givenName} ${verifiedPatient.familyName}, identity checked (P9)`, page);
  await expect(page.getByRole("heading", { level: 1, name: "My care plan" })).toBeVisible();
  await expect(
    page.getByText(`${verifiedPatient.givenName} ${verifiedPatient.familyName}, NHS number ${formatNhsNumber(verifiedPatient.nhsNumber)}`),
  ).toBeVisible();
  await expect(page.getByText(/This is version 2 of your plan/)).toBeVisible();
  await expect(page.getByTestId("signed-in-user")).toHaveText(`${verifiedPatient.givenName} ${verifiedPatient.familyName}, Patient`);
  await page.getByRole("link", { name: "Who has looked at my plan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Page not found")).toHaveCount(0);
});

test("a patient proofed only to P5 is told how to prove who they are, and gets no plan data anywhere", async ({ page }) => {
  await nhsLogin(`${unverifiedPatient.givenName} ${unverifiedPatient.familyName}, identity not checked (P5)`, page);
  await expect(page.getByRole("heading", { level: 1, name: "Prove who you are to see your care plan" })).toBeVisible();
  await expect(page.getByText(formatNhsNumber(unverifiedPatient.nhsNumber))).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "My care plan" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  // The server refuses, not just the page: the patient's own pages are not found.
  for (const path of ["/my-plan/access", "/my-plan/change"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  }
});

test("NHS login at P9 with no record here signs in to nothing but how a carer gets access", async ({ page }) => {
  // They may act for someone (docs/decisions/0075): the person adds them by this email address.
  await nhsLogin("Robin Testperson, identity checked (P9), no record here", page);
  await expect(page.getByRole("heading", { level: 1, name: "We do not hold a care plan for you" })).toBeVisible();
  await expect(page.getByText("no-record@nhs-login.test")).toBeVisible();
  await expectNoAxeViolations(page);
  for (const path of ["/my-plan/access", "/my-plan/change", "/patients/search"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" }), path).toBeVisible();
  }
});

test("NHS login with no NHS number gets a clear page and no session", async ({ page }) => {
  await nhsLogin("Robin Testperson, identity checked (P9), no NHS number", page);
  await expect(page.getByRole("heading", { level: 1, name: "We need your NHS number to find your care plan" })).toBeVisible();
  await expectSignedOut(page);
});

for (const [fault, provider, person] of [
  ["wrong audience", "cis2", GP_ROLE],
  ["expired", "cis2", GP_ROLE],
  ["bad signature", "cis2", GP_ROLE],
  ["wrong audience", "nhs-login", `${verifiedPatient.givenName} ${verifiedPatient.familyName}, identity checked (P9)`],
  ["bad signature", "nhs-login", `${verifiedPatient.givenName} ${verifiedPatient.familyName}, identity checked (P9)`],
] as const) {
  test(`${provider}: an ID token with a ${fault} is refused with the sign-in error message`, async ({ page }) => {
    await (provider === "cis2" ? cis2 : nhsLogin)(`${person}: ${fault} ID token`, page);
    await expect(page).toHaveURL(/\/signin\?.*error=OAuthCallback/);
    await expect(page.locator(".nhsuk-error-summary")).toContainText("Your sign-in could not be checked, so you have not been signed in");
    await expectNoAxeViolations(page);
    await expectSignedOut(page);
  });
}

// Authentication or proofing weaker than asked for (CIS2 acr AAL1; NHS login vot P0, or a P5 vector claiming P9).
for (const [fault, provider, person] of [
  ["weak assurance", "cis2", GP_ROLE],
  ["weak assurance", "nhs-login", `${verifiedPatient.givenName} ${verifiedPatient.familyName}, identity checked (P9)`],
  ["mismatched proofing", "nhs-login", `${unverifiedPatient.givenName} ${unverifiedPatient.familyName}, identity not checked (P5)`],
] as const) {
  test(`${provider}: an ID token with ${fault} is refused with a page that says so`, async ({ page }) => {
    await (provider === "cis2" ? cis2 : nhsLogin)(`${person}: ${fault} ID token`, page);
    await expect(page.getByRole("heading", { level: 1, name: "Your sign-in was not strong enough" })).toBeVisible();
    await expectSignedOut(page);
  });
}
