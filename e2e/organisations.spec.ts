import { expect, request, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

// Service administrators' organisation pages: add (with the ODS code's messages), edit, import a
// CSV with its preview, and suspend: the organisation's signed-in staff see why on their next
// request and its FHIR client gets 401; reinstated, both work again. Each test uses organisations
// of its own (ODS codes no demo organisation has), so no other spec is affected.
test.setTimeout(180_000);

const FHIR = "/api/fhir/R4";
const summary = (page: Page) => page.locator(".nhsuk-error-summary");

async function addOrganisation(page: Page, fields: { odsCode: string; name: string; kind: string; signed?: boolean }) {
  await page.goto("/admin/organisations/new");
  await page.getByLabel("ODS code", { exact: true }).fill(fields.odsCode);
  await page.getByLabel("Name", { exact: true }).fill(fields.name);
  await page.getByLabel("Kind of organisation").selectOption({ label: fields.kind });
  if (fields.signed) {
    const agreement = page.getByRole("group", { name: "Date the data sharing agreement was signed" });
    await agreement.getByLabel("Day").fill("5");
    await agreement.getByLabel("Month").fill("1");
    await agreement.getByLabel("Year").fill("2026");
  }
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Organisation added" })).toBeVisible();
}

test("an administrator adds an organisation: a bad or taken ODS code gets its own message and keeps what was typed; then edits it", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Organisations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Organisations" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Camberwell Green Surgery" })).toContainText("NHS South East London Integrated Care Board (QKK)");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Add an organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add an organisation" })).toBeVisible();
  await page.getByLabel("ODS code", { exact: true }).fill("RJZ");
  await page.getByLabel("Name", { exact: true }).fill("Peckham Rye Surgery");
  await page.getByLabel("Kind of organisation").selectOption({ label: "GP practice" });
  await page.getByLabel("Postcode (optional)").fill("se15 4ld");
  await page.getByLabel("Parent ICB's ODS code (optional)").fill("qkk");
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(summary(page)).toContainText("A GP practice's ODS code is a letter and 5 numbers, like A81001");
  await expect(page.locator("#odsCode-error")).toContainText("A GP practice's ODS code is a letter and 5 numbers");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Peckham Rye Surgery");
  await expect(page.getByLabel("Postcode (optional)")).toHaveValue("se15 4ld");
  await expect(page).toHaveTitle(/^Error: Add an organisation/);
  await expectNoAxeViolations(page);

  await page.getByLabel("ODS code", { exact: true }).fill("y00101");
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(summary(page)).toContainText("Camberwell Green Surgery already has the ODS code Y00101: each organisation has its own code");
  await expect(page.getByLabel("Parent ICB's ODS code (optional)")).toHaveValue("qkk");

  await page.getByLabel("ODS code", { exact: true }).fill("x10001");
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Organisation added" })).toBeVisible();
  await expect(page.getByText("Its staff can sign in once you record the date its sharing agreement was signed")).toBeVisible();
  await expect(page.getByTestId("organisation-name")).toHaveText("Peckham Rye Surgery (X10001)");
  await expect(page.getByText("No sharing agreement", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Postcode (optional)")).toHaveValue("SE15 4LD");
  await expectNoAxeViolations(page);

  await page.getByLabel("Name", { exact: true }).fill("Peckham Rye Medical Centre");
  const agreement = page.getByRole("group", { name: "Date the data sharing agreement was signed" });
  await agreement.getByLabel("Day").fill("31");
  await agreement.getByLabel("Month").fill("2");
  await agreement.getByLabel("Year").fill("2026");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(summary(page)).toContainText("Date the sharing agreement was signed must be a real date");
  await agreement.getByLabel("Day").fill("28");
  await page.getByLabel("Data Security and Protection Toolkit (DSPT) status (optional)").selectOption({ label: "Standards met" });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Changes saved" })).toBeVisible();
  await expect(page.getByTestId("organisation-name")).toHaveText("Peckham Rye Medical Centre (X10001)");
  await expect(page.getByText("Active", { exact: true })).toBeVisible();

  // Every act on it is in the audit trail, found by its id.
  await page.getByRole("link", { name: "Every administrative act on this organisation" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Added an organisation" })).toContainText("About Peckham Rye Medical Centre (X10001)");
  await expect(page.getByRole("row").filter({ hasText: "Changed an organisation's details" })).toBeVisible();
  await expectNoAxeViolations(page);
});

const csvFile = (rows: string[]) => ({
  name: "hospices.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(["Organisation Code,Name,Postcode,Status Code", ...rows].join("\r\n") + "\r\n"),
});

test("importing a CSV file: the preview names a bad row by line and column and nothing is imported; fixed, it imports; again, nothing changes", async ({
  page,
}) => {
  await page.goto("/admin/organisations");
  await page.getByRole("link", { name: "Import from a CSV file" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import organisations from a CSV file" })).toBeVisible();
  await expectNoAxeViolations(page);

  const good = ["X3001,Riverside Hospice,SE1 7EH,A", "X3002,Lakeside Hospice,SE16 2XU,A"];
  await page.getByLabel("CSV file of organisations").setInputFiles(csvFile([...good, "X3003,Hillside Hospice,NOT A POSTCODE,A"]));
  await page.getByLabel("Kind of organisation in the file").selectOption({ label: "Hospice" });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(summary(page)).toContainText("Line 4, column Postcode: enter a real postcode, like SE5 8JA");
  await expect(page.getByTestId("preview-counts")).toHaveText("2 to add, 0 to change, 0 unchanged, 1 with problems.");
  await expect(page.getByText("Nothing will be imported while any row has a problem")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const fixed = csvFile([...good, "X3003,Hillside Hospice,SE5 8JA,A"]);
  await page.getByLabel("CSV file of organisations").setInputFiles(fixed);
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByTestId("preview-counts")).toHaveText("3 to add, 0 to change, 0 unchanged.");
  await expect(page.getByRole("table", { name: "To add (3)" })).toContainText("Hillside Hospice");
  await expect(summary(page)).toHaveCount(0);
  await page.getByRole("button", { name: "Import 3 organisations" }).click();
  await expect(page.getByTestId("import-result")).toHaveText("3 added, 0 changed, 0 unchanged.");

  await page.getByLabel("CSV file of organisations").setInputFiles(fixed);
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByTestId("preview-counts")).toHaveText("0 to add, 0 to change, 3 unchanged.");
  await page.getByRole("button", { name: "Import 0 organisations" }).click();
  await expect(page.getByTestId("import-result")).toHaveText("0 added, 0 changed, 3 unchanged.");

  await page.goto("/admin/organisations?q=x300");
  await expect(page.getByRole("row").filter({ hasText: "Riverside Hospice" })).toContainText("No sharing agreement");
});

const STAFF = "Dr Robin Hale, Clinical Practitioner at E2E Suspension Surgery";

/** The test practice's clinician signs in through the test CIS2 provider, in a browser of their own. */
async function staffSignsIn(browser: Browser) {
  // Not the project's administrator session: nobody signed in.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in with Care Identity Service" }).click();
  await page.getByRole("link", { name: STAFF, exact: true }).click();
  return { context, page };
}

test("suspending an organisation: its signed-in staff see why on their next request and its API client gets 401; reinstated, both work", async ({
  page,
  browser,
  baseURL,
}) => {
  await addOrganisation(page, { odsCode: "X20001", name: "E2E Suspension Surgery", kind: "GP practice", signed: true });
  const organisationPage = page.url();

  const staff = await staffSignsIn(browser);
  await expect(staff.page.getByRole("heading", { level: 1, name: "Find a patient" })).toBeVisible();

  await page.goto("/admin/api-clients");
  const clientName = `E2E Suspension GP system ${Date.now()}`;
  await page.getByLabel("Name").fill(clientName);
  await page.getByLabel("Role").selectOption({ label: "GP" });
  await page.getByLabel("Organisation ODS code").fill("X20001");
  await page.getByRole("button", { name: "Register client" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const search = `${FHIR}/Patient?identifier=${encodeURIComponent("https://fhir.nhs.uk/Id/nhs-number|9990000018")}`;
  expect((await api.get(search)).status()).toBe(200);

  await page.goto(organisationPage);
  await page.getByRole("button", { name: "Suspend E2E Suspension Surgery" }).click();
  await expect(summary(page)).toContainText("Enter why the organisation is being suspended");
  await page.getByLabel("Why is it being suspended?").fill("E2E test: DSPT standards not met");
  await page.getByRole("button", { name: "Suspend E2E Suspension Surgery" }).click();
  await expect(page.getByText("Suspended", { exact: true })).toBeVisible();

  // The staff member's next request: the explanation, not the page they asked for.
  await staff.page.goto("/patients/search");
  await expect(staff.page.getByRole("heading", { level: 1, name: "Your organisation's access to Universal Care Plan is suspended" })).toBeVisible();
  await expect(staff.page.getByText("E2E Suspension Surgery (X20001) has been suspended from Universal Care Plan")).toBeVisible();
  await expect(staff.page.getByText("servicedesk@example.org")).toBeVisible();
  await expect(staff.page).toHaveTitle(/^Your organisation's access to Universal Care Plan is suspended/);
  await expectNoAxeViolations(staff.page);

  const refused = await api.get(search);
  expect(refused.status()).toBe(401);
  const outcome = await refused.json();
  expect(outcome.resourceType).toBe("OperationOutcome");
  expect(JSON.stringify(outcome)).toContain("suspended");

  // The sign-in page says the same while the old cookie is held; a fresh CIS2 sign-in lands there too.
  const suspendedHeading = { level: 1, name: "Your organisation's access to Universal Care Plan is suspended" } as const;
  await staff.page.goto("/signin");
  await expect(staff.page.getByRole("heading", suspendedHeading)).toBeVisible();
  await staff.context.close();
  const fresh = await staffSignsIn(browser);
  await expect(fresh.page.getByRole("heading", suspendedHeading)).toBeVisible();
  await fresh.context.close();

  await page.goto(organisationPage);
  await page.getByRole("button", { name: "Reinstate E2E Suspension Surgery" }).click();
  await expect(page.getByText("Active", { exact: true })).toBeVisible();
  expect((await api.get(search)).status()).toBe(200);
  const again = await staffSignsIn(browser);
  await expect(again.page.getByRole("heading", { level: 1, name: "Find a patient" })).toBeVisible();
  await again.context.close();
  await api.dispose();
});

test("only administrators reach the organisation pages", async ({ browser }) => {
  const context = await browser.newContext({ storageState: "e2e/.auth/gp.json" });
  const gp = await context.newPage();
  for (const path of ["/admin/organisations", "/admin/organisations/new", "/admin/organisations/import"])
    expect((await gp.goto(path))?.status(), path).toBe(404);
  await context.close();
});
