import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { demoAccounts } from "../accounts";
import { signIn } from "../helpers";
import { requestAs } from "./request-as";

// Security headers on every kind of response, and a nonce CSP the pages really run under.

const MARGARET = "9990000018";
// A patient of the demo GP's practice with no plan, whom no other spec uses (testNhsNumber(46)).
const FORM_PATIENT = "9990000506";

const everyResponse: Record<string, RegExp> = {
  "strict-transport-security": /^max-age=31536000; includeSubDomains$/,
  "cross-origin-opener-policy": /^same-origin$/,
  "cross-origin-resource-policy": /^same-origin$/,
  "x-content-type-options": /^nosniff$/,
  "referrer-policy": /^(no-referrer|strict-origin-when-cross-origin)$/,
  "x-robots-tag": /^noindex/,
  "content-security-policy": /frame-ancestors 'none'/,
};

type Headers = Record<string, string>;

function expectSecurityHeaders(headers: Headers, what: string): void {
  for (const [name, pattern] of Object.entries(everyResponse)) {
    expect(headers[name], `${name} on ${what}`).toMatch(pattern);
  }
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

/** The page's CSP: strict, with this response's nonce and no inline scripts allowed. */
function expectPageCsp(headers: Headers): string {
  const csp = directives(headers["content-security-policy"]);
  const script = csp.get("script-src") ?? [];
  expect(script).toContain("'self'");
  expect(script).toContain("'strict-dynamic'");
  expect(script).not.toContain("'unsafe-inline'");
  expect(script).not.toContain("'unsafe-eval'");
  const nonce = script.find((s) => /^'nonce-[A-Za-z0-9+/=_-]{22,}'$/.test(s));
  expect(nonce, "a nonce in script-src").toBeTruthy();
  expect(csp.get("style-src") ?? []).not.toContain("'unsafe-inline'");
  expect(csp.get("default-src")).toEqual(["'self'"]);
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(csp.get("base-uri")).toEqual(["'none'"]);
  expect(csp.get("form-action")).toEqual(["'self'"]);
  expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  expect(csp.get("connect-src")).toEqual(["'self'"]);
  expect(csp.get("img-src")).toEqual(["'self'", "data:"]);
  return nonce!.slice("'nonce-".length, -1);
}

async function headersOf(response: APIResponse): Promise<Headers> {
  return response.headers();
}

test("pages carry a fresh nonce CSP per request, used by their scripts, and every security header", async ({ request }) => {
  const nonces = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const response = await request.get("/signin");
    expect(response.status()).toBe(200);
    const headers = await headersOf(response);
    expectSecurityHeaders(headers, "the sign-in page");
    const nonce = expectPageCsp(headers);
    nonces.add(nonce);
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    // Every script Next writes into the page carries this response's nonce.
    expect(scripts.filter((s) => !s.includes(`nonce="${nonce}"`))).toEqual([]);
  }
  expect(nonces.size).toBe(3);
});

test("signed-in pages, 404s, API and FHIR errors, event streams, assets and auth endpoints all carry the headers", async ({ baseURL, request }) => {
  const gp = await requestAs(baseURL!, demoAccounts.gp.email);
  const search = await gp.get(`/patients/search?by=nhs-number&nhsNumber=${MARGARET}`);
  const patientId = /href="\/patients\/([0-9a-f-]{36})"/.exec(await search.text())?.[1];
  expect(patientId).toBeTruthy();
  const html = await (await gp.get(`/patients/${patientId}/summary`)).text();
  const staticScript = /<script[^>]+src="(\/_next\/static\/[^"]+)"/.exec(html)?.[1];
  expect(staticScript, "a Next.js static script on the page").toBeTruthy();

  const pages: Array<[string, APIResponse, number]> = [
    ["search (GP)", search, 200],
    ["summary (GP)", await gp.get(`/patients/${patientId}/summary`), 200],
    ["unknown page", await request.get("/no-such-page"), 404],
    ["unknown patient (GP)", await gp.get(`/patients/${crypto.randomUUID()}`), 404],
    ["malformed patient id (GP)", await gp.get("/patients/not-a-uuid/summary"), 404],
  ];
  for (const [what, response, status] of pages) {
    expect(response.status(), what).toBe(status);
    expectSecurityHeaders(await headersOf(response), what);
    expectPageCsp(await headersOf(response));
  }
  const others: Array<[string, APIResponse, number]> = [
    ["event stream refused (signed out)", await request.get(`/api/patients/${patientId}/events`), 401],
    ["event stream unknown patient", await gp.get(`/api/patients/${crypto.randomUUID()}/events`), 404],
    ["FHIR without a token", await request.get(`/api/fhir/R4/CarePlan/${crypto.randomUUID()}`), 401],
    ["FHIR with a bad token", await request.get(`/api/fhir/R4/Patient/${crypto.randomUUID()}`, { headers: { Authorization: "Bearer not-a-token" } }), 401],
    ["FHIR with a malformed search (checked before the token)", await request.get("/api/fhir/R4/Patient"), 400],
    ["FHIR capability statement", await request.get("/api/fhir/R4/metadata"), 200],
    ["NHS frontend CSS", await request.get("/assets/nhsuk-frontend.css"), 200],
    ["Next.js static script", await request.get(staticScript!), 200],
    ["unknown static file", await request.get("/_next/static/no-such-file.js"), 404],
    ["undecodable address", await request.get("/patients/%zz/summary"), 400],
    ["next-auth CSRF endpoint", await request.get("/api/auth/csrf"), 200],
    ["audit export refused", await gp.get("/admin/audit/export"), 404],
  ];
  for (const [what, response, status] of others) {
    expect(response.status(), what).toBe(status);
    expectSecurityHeaders(await headersOf(response), what);
  }
  // A live stream: its headers arrive before the body, which never ends.
  const cookie = (await gp.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const abort = new AbortController();
  const stream = await fetch(`${baseURL}/api/patients/${patientId}/events`, { headers: { cookie }, signal: abort.signal });
  expect(stream.headers.get("content-type")).toContain("text/event-stream");
  expectSecurityHeaders(Object.fromEntries(stream.headers), "an open event stream");
  abort.abort();
  await gp.dispose();
});

/** Records CSP violations (from the first script of every document) and uncaught page errors. */
async function watchForViolations(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.exposeFunction("reportCspViolation", (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { reportCspViolation(t: string): void }).reportCspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI} at ${document.location.pathname}`,
      );
    });
  });
  // The browser reports a blocked script, style or connection on the console too. (Other console
  // errors are not about the CSP: offline, the NHS font server cannot be reached.)
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

/** The page is hydrated: React has attached to it, so its scripts ran under the CSP. */
async function expectHydrated(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => Object.keys(document.querySelector("main") ?? {}).some((k) => k.startsWith("__react")))).toBe(true);
}

test("a GP's pages run under the CSP with no violations: sign-in, search, summary, a plan section form", async ({ page }) => {
  test.setTimeout(90_000); // five pages and a save, on a machine that may be busy with the fuzz run
  const problems = await watchForViolations(page);
  await page.goto("/signin");
  await expectHydrated(page);
  await signIn(page, demoAccounts.gp.email);
  await expect(page.getByRole("heading", { level: 1, name: demoAccounts.gp.home })).toBeVisible();
  await page.getByRole("textbox", { name: "NHS number" }).fill(MARGARET);
  await page.getByRole("button", { name: "Search by NHS number" }).click();
  await page.getByRole("link", { name: /OKAFOR, Margaret/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /OKAFOR, Margaret/ })).toBeVisible();
  await page.goto(`${new URL(page.url()).pathname}/summary`);
  await expect(page.getByRole("heading", { name: /CPR/ }).first()).toBeVisible();
  await expectHydrated(page);

  // A plan section form (react-hook-form): typing, client-side checks and a save all work.
  await page.goto(`/patients/search?by=nhs-number&nhsNumber=${FORM_PATIENT}`);
  await page.getByRole("link", { name: /O'CONNOR, Kwame/ }).click();
  await page.getByRole("button", { name: /care plan/ }).click();
  await page.getByRole("link", { name: "About me" }).click();
  await page.getByLabel("Preferred name").fill("Kwame");
  await page.getByRole("button", { name: "Save and return to task list" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /care plan/ })).toBeVisible();
  expect(problems).toEqual([]);
});

test("a paramedic's search and emergency summary run under the CSP with no violations", async ({ page }) => {
  const problems = await watchForViolations(page);
  await signIn(page, demoAccounts.paramedic.email);
  await expect(page.getByRole("heading", { level: 1, name: demoAccounts.paramedic.home })).toBeVisible();
  await page.getByRole("textbox", { name: "NHS number" }).fill(MARGARET);
  await page.getByRole("button", { name: "Search by NHS number" }).click();
  await page.getByRole("link", { name: /OKAFOR, Margaret/ }).click();
  await expect(page.getByRole("heading", { name: /CPR/ }).first()).toBeVisible();
  await expectHydrated(page);
  expect(problems).toEqual([]);
});

test("a patient's own pages run under the CSP with no violations", async ({ page }) => {
  const problems = await watchForViolations(page);
  await signIn(page, demoAccounts.patient.email);
  await expect(page.getByRole("heading", { level: 1, name: demoAccounts.patient.home })).toBeVisible();
  await expectHydrated(page);
  for (const path of ["/my-plan/access", "/my-plan/change"]) {
    await page.goto(path);
    await expectHydrated(page);
  }
  await page.getByRole("button", { name: /Send/ }).click();
  await expect(page.locator(".nhsuk-error-summary")).toBeVisible();
  expect(problems).toEqual([]);
});

test("the NHS stylesheet is linked at an address with its hash, which browsers may keep a year; any other address an hour", async ({ request }) => {
  const html = await (await request.get("/signin")).text();
  const href = /<link rel="stylesheet" href="(\/assets\/nhsuk-frontend\.css\?v=[0-9a-f]{12})"/.exec(html)?.[1];
  expect(href, "the page links the versioned stylesheet").toBeTruthy();
  const versioned = await request.get(href!);
  expect(versioned.status()).toBe(200);
  expect(versioned.headers()["content-type"]).toMatch(/^text\/css/);
  expect(versioned.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  for (const other of ["/assets/nhsuk-frontend.css", "/assets/nhsuk-frontend.css?v=000000000000"]) {
    expect((await request.get(other)).headers()["cache-control"], other).toBe("public, max-age=3600");
  }
});
