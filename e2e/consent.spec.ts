import { expect, test, type Browser, type Page } from "@playwright/test";
import { formatDate } from "@/lib/domain/london-time";
import { consentingPatient } from "@/test/oidc-provider/people";
import { expectNoAxeViolations } from "./helpers";
import { FHIR, planOf, registerClient, signInAs } from "./security/fhir-helpers";

// Item 6 of issue P4. Patient 10 (Fatima Ahmed) has a published plan only this spec changes: it
// withdraws her consent to share and gives it again, so it ends as it began. Patient 17 (Dorothy
// Ahmed) is seeded withdrawn and only read here.
test.setTimeout(120_000);

const SHARED = consentingPatient.nhsNumber;
const SEEDED_WITHDRAWN = "9990000182";
const MESSAGE = "This person has asked for their care plan not to be shared";

async function signedIn(browser: Browser, role: "paramedic" | "gp"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, role);
  return page;
}

/** The paramedic's summary of this patient, open with its live-update stream running. */
async function openSummary(page: Page, nhsNumber: string): Promise<void> {
  await page.goto(`/patients/search?by=nhs-number&nhsNumber=${nhsNumber}`);
  const streaming = page.waitForResponse((r) => r.url().includes("/events") && r.status() === 200);
  await page.locator(".ucp-results a").first().click();
  await expect(page).toHaveURL(/\/summary$/);
  await streaming;
}

test("consent withdrawn by the person: the paramedic's open summary changes without reload, FHIR withholds the plan; re-consent restores both", async ({
  page,
  browser,
  request,
}) => {
  // An ambulance ePCR's client, registered by the administrator on the admin page.
  const { token } = await registerClient(page, "Paramedic", "Y00501");
  const auth = { authorization: `Bearer ${token}` };
  const { patientId, planId } = await planOf(request, token, SHARED);
  expect((await request.get(`${FHIR}/CarePlan/${planId}`, { headers: auth })).status()).toBe(200);

  const crew = await signedIn(browser, "paramedic");
  await openSummary(crew, SHARED);
  await expect(crew.getByTestId("cpr-decision")).toContainText("CPR attempts recommended");
  await crew.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  // The person, signed in with NHS login, stops sharing from their own view.
  const person = await (await browser.newContext()).newPage();
  await person.goto("/signin");
  await person.getByRole("button", { name: "Continue to NHS login" }).click();
  await person.getByRole("link", { name: `${consentingPatient.givenName} ${consentingPatient.familyName}, identity checked (P9)`, exact: true }).click();
  await expect(person.getByRole("heading", { level: 1, name: "My care plan" })).toBeVisible();
  await person.getByRole("link", { name: "Stop sharing my care plan" }).click();
  await expect(person.getByRole("heading", { level: 1, name: "Sharing your care plan" })).toBeVisible();
  await expect(person.locator(".nhsuk-card--warning")).toContainText("will not see your care plan, even in an emergency");
  await expectNoAxeViolations(person);
  await person.getByLabel("Why do you want to stop sharing your plan? (optional)").fill("I would rather keep it private for now");
  await person.getByRole("button", { name: "Stop sharing my care plan" }).click();
  await expect(person.getByTestId("not-shared-notice")).toContainText("You asked on");
  await expect(person.getByRole("link", { name: "Share my care plan again" })).toBeVisible();

  // The acceptance: the paramedic's open summary changes to the withdrawn state, with the date, without reload.
  const withdrawn = crew.getByTestId("sharing-withdrawn");
  await expect(withdrawn).toContainText(MESSAGE, { timeout: 5_000 });
  await expect(withdrawn).toContainText(`Since ${formatDate(new Date())}`);
  await expect(crew.getByTestId("cpr-decision")).toHaveCount(0);
  await expect(crew.getByTestId("no-plan")).toHaveCount(0);
  expect(await crew.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await expectNoAxeViolations(crew);

  // FHIR: no plan content to the ambulance client, and never an answer that looks like "no plan".
  for (const path of [`/CarePlan/${planId}`, `/CarePlan?patient=Patient/${patientId}`, `/Patient/${patientId}/$everything`]) {
    const answer = await request.get(`${FHIR}${path}`, { headers: auth });
    expect(answer.status(), path).toBe(403);
    const outcome = await answer.json();
    expect(outcome.resourceType).toBe("OperationOutcome");
    expect(outcome.issue[0]).toMatchObject({ code: "suppressed", diagnostics: expect.stringContaining(MESSAGE) });
  }
  const consents = await (await request.get(`${FHIR}/Consent?patient=Patient/${patientId}`, { headers: auth })).json();
  expect(consents.entry.map((e: { resource: { status: string } }) => e.resource.status)).not.toContain("active");

  // The GP, told in clinic that she is happy to share again, records it on her record.
  const gp = await signedIn(browser, "gp");
  await gp.goto(`/patients/${patientId}`);
  await expect(gp.getByTestId("not-shared-notice")).toContainText("Not shared");
  await gp.getByRole("link", { name: "Record that the person agrees to share their plan again" }).click();
  await expect(gp.getByRole("heading", { level: 1, name: "Sharing the care plan" })).toBeVisible();
  await gp.getByRole("button", { name: "Share their care plan again" }).click();
  await expect(gp.locator(".nhsuk-error-summary")).toContainText("Select how the person agreed to share their plan");
  await expectNoAxeViolations(gp);
  await gp.getByLabel("Explicit consent").check();
  await gp.getByLabel("Notes (optional)").fill("Told me in clinic she is happy to share again");
  await gp.getByRole("button", { name: "Share their care plan again" }).click();
  await expect(gp.getByText("The person's decision about sharing their care plan has been recorded")).toBeVisible();

  // Restored on the open summary, still without reload, and over FHIR.
  await expect(crew.getByTestId("cpr-decision")).toContainText("CPR attempts recommended", { timeout: 5_000 });
  await expect(crew.getByTestId("sharing-withdrawn")).toHaveCount(0);
  expect(await crew.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  expect((await request.get(`${FHIR}/CarePlan/${planId}`, { headers: auth })).status()).toBe(200);
  const after = await (await request.get(`${FHIR}/Consent?patient=Patient/${patientId}`, { headers: auth })).json();
  expect(after.entry.map((e: { resource: { status: string } }) => e.resource.status)).toContain("active");
});

test("a seeded withdrawal: the paramedic sees that the plan is not shared on the summary and the print, never 'no plan'; the GP still sees it", async ({
  browser,
}) => {
  const crew = await signedIn(browser, "paramedic");
  await openSummary(crew, SEEDED_WITHDRAWN);
  await expect(crew.getByTestId("sharing-withdrawn")).toContainText(MESSAGE);
  await expect(crew.getByTestId("no-plan")).toHaveCount(0);
  await expect(crew.getByTestId("cpr-decision")).toHaveCount(0);
  await crew.goto(crew.url().replace(/\/summary$/, "/print"));
  await expect(crew.getByTestId("sharing-withdrawn")).toContainText(MESSAGE);
  await expect(crew.getByText("No care plan to print")).toHaveCount(0);

  const gp = await signedIn(browser, "gp");
  await gp.goto(crew.url().replace(/\/print$/, "/summary"));
  await expect(gp.getByTestId("not-shared-notice")).toContainText("Only they and their care team can see it");
  await expect(gp.getByTestId("cpr-decision")).toContainText("CPR attempts not recommended");
});
