import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { verifiedPatient } from "@/test/oidc-provider/people";
import { DEMO_PASSWORD, demoAccounts } from "../accounts";

// Password sign-in, throttling, sessions and the sign-in redirect, attacked over HTTP through
// next-auth's own endpoints (as scripts/smoke-sign-in.ts signs in).
test.setTimeout(90_000);

/** The fixed string the timing hash was once made from: it signed in as any CIS2 or NHS login account. */
const OLD_DUMMY_PASSWORD = "not-a-real-password-used-for-timing-only";
const CIS2_GP_EMAIL = "ngozi.eze@nhs.test";
const NHS_LOGIN_P9_EMAIL = "p9@nhs-login.test";
const ACCOUNT_LIMIT = 5;

async function csrf(request: APIRequestContext): Promise<string> {
  return ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
}

/** Posts the credentials form; returns next-auth's error code (null when signed in) and where it sends the browser. */
async function passwordSignIn(
  request: APIRequestContext,
  email: string,
  password: string,
  callbackUrl?: string,
  token?: string,
): Promise<{ error: string | null; url: URL }> {
  const csrfToken = token ?? (await csrf(request));
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true", ...(callbackUrl ? { callbackUrl } : {}) },
    maxRedirects: 0,
  });
  const url = new URL(((await response.json()) as { url: string }).url);
  return { error: url.searchParams.get("error"), url };
}

async function session(request: APIRequestContext): Promise<{ user?: { email?: string; role?: string; provider?: string } }> {
  return (await request.get("/api/auth/session")).json();
}

/** Makes the identity-provider accounts exist, as their first sign-in through the test provider does. */
async function throughProvider(page: Page, button: string, person: string) {
  await page.goto("/signin");
  await page.getByRole("button", { name: button }).click();
  await page.getByRole("link", { name: person, exact: true }).click();
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
}

// These two share the CIS2 account's failure count, so they run in order.
test.describe.serial("identity-provider accounts and guessing", () => {
  test("a CIS2 or NHS login account can never be signed in with a password, not even the old dummy string", async ({ browser, request }) => {
    // Each in a browser of its own: clearing cookies races the session keep-alive, whose answer puts one back.
    const staff = await browser.newPage();
    await throughProvider(staff, "Sign in with Care Identity Service", "Dr Ngozi Eze, Clinical Practitioner at Camberwell Green Surgery");
    await staff.close();
    const patient = await browser.newPage();
    await throughProvider(patient, "Continue to NHS login", `${verifiedPatient.givenName} ${verifiedPatient.familyName}, identity checked (P9)`);
    await patient.close();

    for (const email of [CIS2_GP_EMAIL, NHS_LOGIN_P9_EMAIL]) {
      expect(await passwordSignIn(request, email, OLD_DUMMY_PASSWORD)).toMatchObject({ error: "CredentialsSignin" });
      expect(await session(request)).toEqual({});
    }
  });

  test("parallel guesses: at most the limit are checked, and an unknown email is throttled exactly like a known one", async ({ playwright, baseURL }) => {
    const outcomes = async (email: string) => {
      const request = await playwright.request.newContext({ baseURL });
      // One CSRF token for all: fetched in parallel, each would replace the cookie of the others.
      const token = await csrf(request);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => passwordSignIn(request, email, `guess-${i}-${randomBytes(4).toString("hex")}`, undefined, token)),
      );
      await request.dispose();
      const errors = results.map((r) => r.error);
      return { invalid: errors.filter((e) => e === "CredentialsSignin").length, throttled: errors.filter((e) => e === "Throttled").length };
    };
    // The CIS2 account has one failure from the test above; give the unknown email one too.
    const unknownEmail = `nobody-${randomBytes(5).toString("hex")}@example.org`;
    expect((await passwordSignIn(await playwright.request.newContext({ baseURL }), unknownEmail, "first")).error).toBe("CredentialsSignin");
    const known = await outcomes(CIS2_GP_EMAIL);
    expect(known).toEqual({ invalid: ACCOUNT_LIMIT - 1, throttled: 20 - ACCOUNT_LIMIT + 1 });
    expect(await outcomes(unknownEmail)).toEqual(known);
  });
});

test("a copied session cookie stops working when its owner signs out", async ({ playwright, baseURL }) => {
  const owner = await playwright.request.newContext({ baseURL });
  expect((await passwordSignIn(owner, demoAccounts.ooh.email, DEMO_PASSWORD)).error).toBeNull();
  const copy = await playwright.request.newContext({ baseURL, storageState: await owner.storageState() });
  expect((await copy.get("/patients/search", { maxRedirects: 0 })).status()).toBe(200);

  await owner.post("/api/auth/signout", { form: { csrfToken: await csrf(owner), json: "true" }, maxRedirects: 0 });
  expect(await session(owner)).toEqual({});

  const refused = await copy.get("/patients/search", { maxRedirects: 0 });
  expect(refused.status()).toBe(307);
  expect(new URL(refused.headers().location, baseURL).pathname).toBe("/signin");
  await owner.dispose();
  await copy.dispose();
});

const hostileCallbacks = [
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "//evil.example",
  "///evil.example",
  "https://evil.example/",
  "http:evil.example",
  "/%09/evil.example",
  "/%2F/evil.example",
  " //evil.example",
];

function expectSameSite(location: string, baseURL: string) {
  const target = new URL(location, baseURL);
  expect(target.origin).toBe(new URL(baseURL).origin);
  // What the browser is given must already be clean: it strips tabs and newlines and reads "\" as "/".
  expect(location).not.toMatch(/[\t\n\r\\]/);
  expect(target.pathname).toBe("/");
}

test("the sign-in page never sends a signed-in person to another site", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  expect((await passwordSignIn(request, demoAccounts.ooh.email, DEMO_PASSWORD)).error).toBeNull();
  for (const callbackUrl of hostileCallbacks) {
    const response = await request.get(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`, { maxRedirects: 0 });
    expect(response.status(), JSON.stringify(callbackUrl)).toBe(307);
    expectSameSite(response.headers().location, baseURL!);
  }
  // A path on this site is kept.
  const kept = await request.get(`/signin?callbackUrl=${encodeURIComponent("/patients/search")}`, { maxRedirects: 0 });
  expect(new URL(kept.headers().location, baseURL).pathname).toBe("/patients/search");
  await request.dispose();
});

test("next-auth's own redirect after sign-in stays on this site", async ({ playwright, baseURL }) => {
  for (const callbackUrl of hostileCallbacks) {
    const request = await playwright.request.newContext({ baseURL });
    const { error, url } = await passwordSignIn(request, demoAccounts.ooh.email, DEMO_PASSWORD, callbackUrl);
    expect(error).toBeNull();
    expectSameSite(url.href, baseURL!);
    await request.dispose();
  }
});
