import { expect, request, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

const FHIR = "/api/fhir/R4";

test("an administrator registers a FHIR API client, which reads plans until it is revoked", async ({ page, baseURL }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "FHIR API clients" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "FHIR API clients" })).toBeVisible();

  await page.getByRole("button", { name: "Register client" }).click();
  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary).toContainText("Enter a name for the API client");
  await expect(summary).toContainText("Select the role the client acts as");
  await expectNoAxeViolations(page);

  const name = `E2E ePCR ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Role").selectOption({ label: "Paramedic" });
  await page.getByLabel("Organisation ODS code").fill("Y99999");
  await page.getByRole("button", { name: "Register client" }).click();
  await expect(summary).toContainText("No organisation has the ODS code Y99999");
  await expect(page.getByLabel("Name")).toHaveValue(name);

  await page.getByLabel("Organisation ODS code").fill("y00501");
  await page.getByRole("button", { name: "Register client" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  expect(token).toMatch(/^ucp_/);
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Capital Ambulance Service (Y00501)");
  await expectNoAxeViolations(page);

  // An external system: no cookies, only the bearer token.
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const search = await api.get(`${FHIR}/Patient?identifier=${encodeURIComponent("https://fhir.nhs.uk/Id/nhs-number|9990000018")}`);
  expect(search.status()).toBe(200);
  expect(search.headers()["content-type"]).toBe("application/fhir+json; charset=utf-8");
  const patientId = (await search.json()).entry[0].resource.id as string;
  const plans = await (await api.get(`${FHIR}/CarePlan?patient=Patient/${patientId}`)).json();
  const planId = plans.entry[0].resource.id as string;
  const plan = await api.get(`${FHIR}/CarePlan/${planId}`);
  expect(plan.headers()["etag"]).toMatch(/^W\/"2-[\w-]{16}"$/);
  expect((await api.get(`${FHIR}/Patient/${patientId}/$everything`)).status()).toBe(200);

  const row = page.getByRole("row").filter({ hasText: name });
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await row.getByRole("button", { name: `Yes, revoke ${name}` }).click();
  await expect(row).toContainText("Revoked");
  const refused = await api.get(`${FHIR}/CarePlan/${planId}`);
  expect(refused.status()).toBe(401);
  expect((await refused.json()).resourceType).toBe("OperationOutcome");
  await api.dispose();
});

test("only administrators reach the API clients page", async ({ browser }) => {
  const context = await browser.newContext({ storageState: "e2e/.auth/gp.json" });
  const response = await (await context.newPage()).goto("/admin/api-clients");
  expect(response?.status()).toBe(404);
  await context.close();
});
