import { expect, test } from "@playwright/test";
import { openPatient } from "../plan-helpers";
import { FHIR, getFrom, planOf, registerClient, signInAs } from "./fhir-helpers";

// Seeded patients: 999 000 0018 has two published versions (read only here); 999 000 0042 has an
// active plan no other spec changes, cancelled here.
const TWO_VERSIONS = "9990000018";
const TO_CANCEL = "9990000042";

test("vread past the policy: a paramedic client reads the current version, never a superseded one", async ({ page, request }) => {
  const { token } = await registerClient(page, "Paramedic", "Y00501");
  const { planId } = await planOf(request, token, TWO_VERSIONS);
  const auth = { authorization: `Bearer ${token}` };
  expect((await request.get(`${FHIR}/CarePlan/${planId}/_history`, { headers: auth })).status()).toBe(403);
  const old = await request.get(`${FHIR}/CarePlan/${planId}/_history/1`, { headers: auth });
  expect(old.status()).toBe(403);
  expect((await old.json()).resourceType).toBe("OperationOutcome");
  expect((await request.get(`${FHIR}/CarePlan/${planId}/_history/2`, { headers: auth })).status()).toBe(200);
});

test("300 requests with made-up tokens: 429 with Retry-After, and far fewer than 300 audit rows", async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  // An address of this test's own (see getFrom): 127.0.0.<random>.
  const address = `127.0.0.${10 + Math.floor(Math.random() * 240)}`;
  const answers = [];
  const started = Date.now();
  for (let i = 0; i < 300; i += 10) {
    const batch = Array.from({ length: 10 }, () => `ucp_${crypto.randomUUID().replaceAll("-", "")}${"x".repeat(11)}`);
    answers.push(
      ...(await Promise.all(
        batch.map((token) => getFrom(address, baseURL!, `${FHIR}/Patient?identifier=${TWO_VERSIONS}`, { authorization: `Bearer ${token}` })),
      )),
    );
  }
  // 20 failures per address per minute get 401; on a slow machine the run may reach a second minute.
  const windows = Math.floor((Date.now() - started) / 60_000) + 1;
  const limited = answers.filter((a) => a.status === 429);
  expect(answers.filter((a) => a.status === 401).length).toBeLessThanOrEqual(20 * windows);
  expect(limited.length).toBeGreaterThanOrEqual(300 - 20 * windows);
  expect(answers.every((a) => a.status === 401 || a.status === 429)).toBe(true);
  for (const a of limited) {
    expect(Number(a.headers["retry-after"])).toBeGreaterThan(0);
    expect(JSON.parse(a.body).resourceType).toBe("OperationOutcome");
  }

  await signInAs(page, "admin");
  const csv = await (await page.request.get("/admin/audit/export")).text();
  const rows = csv
    .split("\n")
    // The address is a field of its own (the subject columns follow it).
    .filter((line) => line.includes("api.authenticate") && new RegExp(`(^|[,:])${address.replaceAll(".", "\\.")}(,|$)`).test(line.trim()));
  expect(rows.length).toBeGreaterThanOrEqual(1);
  // The first failure of each window, and the summary of a window that has closed.
  expect(rows.length).toBeLessThanOrEqual(2 * windows);
});

test("a rotated token is refused; the new one works", async ({ page, request }) => {
  const { name, token } = await registerClient(page, "NHS 111 clinician", "Y00501");
  const auth = (t: string) => ({ authorization: `Bearer ${t}` });
  expect((await request.get(`${FHIR}/Patient?identifier=${TWO_VERSIONS}`, { headers: auth(token) })).status()).toBe(200);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("Active, expires");
  await row.getByRole("button", { name: `Rotate token of ${name}` }).click();
  await row.getByLabel(`Old token of ${name} stops working`).selectOption({ label: "At once" });
  await row.getByRole("button", { name: `Yes, rotate ${name}` }).click();
  const card = page.locator(".nhsuk-card", { hasText: `New token for ${name}` });
  const fresh = (await card.getByTestId("new-token").textContent())!.trim();
  expect(fresh).not.toBe(token);
  const refused = await request.get(`${FHIR}/Patient?identifier=${TWO_VERSIONS}`, { headers: auth(token) });
  expect(refused.status()).toBe(401);
  expect(JSON.stringify(await refused.json())).toContain("rotated");
  expect((await request.get(`${FHIR}/Patient?identifier=${TWO_VERSIONS}`, { headers: auth(fresh) })).status()).toBe(200);
});

test("the ETag changes when the plan is cancelled: the old one no longer answers 304", async ({ page, request, browser }) => {
  const { token } = await registerClient(page, "Paramedic", "Y00501");
  const { planId } = await planOf(request, token, TO_CANCEL);
  const auth = { authorization: `Bearer ${token}` };
  const before = await request.get(`${FHIR}/CarePlan/${planId}`, { headers: auth });
  const etag = before.headers()["etag"];
  expect((await request.get(`${FHIR}/CarePlan/${planId}`, { headers: { ...auth, "if-none-match": etag } })).status()).toBe(304);

  const gp = await browser.newContext();
  const gpPage = await gp.newPage();
  await signInAs(gpPage, "gp");
  await openPatient(gpPage, TO_CANCEL);
  await gpPage.getByRole("link", { name: "Cancel plan" }).click();
  await gpPage.getByLabel("Why is the plan being cancelled?").fill("Security test: the plan is withdrawn");
  await gpPage.getByRole("button", { name: "Cancel care plan" }).click();
  await expect(gpPage.getByText("The care plan has been cancelled")).toBeVisible();
  await gp.close();

  const after = await request.get(`${FHIR}/CarePlan/${planId}`, { headers: { ...auth, "if-none-match": etag } });
  expect(after.status()).toBe(200);
  expect(after.headers()["etag"]).not.toBe(etag);
  expect(await after.json()).toMatchObject({ status: "revoked", meta: { versionId: (await before.json()).meta.versionId } });
});
