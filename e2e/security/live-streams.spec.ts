import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signIn } from "../helpers";

/**
 * Live-update streams from outside: no session, no access, and more streams than one person may
 * hold. The NHS 111 clinician is used because no other spec keeps its streams open for long.
 */
const NHS_NUMBER = "9990000026"; // a seeded published plan that no spec changes

test("a stream without a session is refused with 401; a malformed or unknown patient answers 400 or 404, never a 500", async ({ request, page }) => {
  const anonymous = await request.get(`/api/patients/${randomUUID()}/events`);
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).error).toBe("Sign in to see live updates");

  await signIn(page, "111-clinician@example.org");
  await expect(page.getByRole("heading", { level: 1, name: "Find a patient" })).toBeVisible({ timeout: 30_000 });
  expect((await page.request.get(`/api/patients/${randomUUID()}/events`)).status()).toBe(404);
  for (const id of ["not-a-uuid", "%E2%80%AE", "1%20OR%201=1"]) {
    expect((await page.request.get(`/api/patients/${id}/events`)).status(), id).toBe(400);
  }
});

test("past the per-person cap a stream answers 429 with a message, the open summary warns, and recovers once streams close", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await signIn(page, "111-clinician@example.org");
  await expect(page.getByRole("heading", { level: 1, name: "Find a patient" })).toBeVisible({ timeout: 30_000 });
  await page.goto(`/patients/search?by=nhs-number&nhsNumber=${NHS_NUMBER}`);
  await page.locator(".ucp-results a").first().click();
  await expect(page.getByTestId("cpr-decision")).toBeVisible();
  const patientId = page.url().match(/patients\/([0-9a-f-]{36})\/summary/)![1];
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const url = `${baseURL}/api/patients/${patientId}/events`;

  // Hold streams open from outside the browser (a browser allows only 6 connections per host),
  // after leaving the summary, whose own stream is released once the server sees it close.
  await page.goto("/patients/search");
  const held: AbortController[] = [];
  const open = async () => {
    const aborter = new AbortController();
    const response = await fetch(url, { headers: { cookie }, signal: aborter.signal });
    if (response.status === 200) held.push(aborter);
    return response;
  };
  // Until refused (another spec of this role may hold a stream of its own for a moment).
  await expect.poll(async () => ((await open()).status === 429 ? "refused" : held.length), { timeout: 20_000 }).toBe("refused");
  expect(held.length).toBeLessThanOrEqual(10);
  expect(held.length).toBeGreaterThanOrEqual(8);
  const refused = await open();
  expect(refused.status).toBe(429);
  expect(refused.headers.get("retry-after")).toBe("30");
  expect((await refused.json()).error).toMatch(/You have 10 live views open, the most allowed\. Close some tabs/);

  // The page's own stream is refused too: it says so, with the reason.
  await page.goBack();
  await expect(page).toHaveURL(/\/summary/);
  const warning = page.getByTestId("live-warning");
  await expect(warning).toContainText("Live updates have stopped");
  await expect(warning).toContainText("Close some tabs or windows showing care plans");
  await expect(warning).toContainText("Reload before acting on this plan.");

  // Streams closed: the page retries by itself and the warning clears.
  for (const aborter of held) aborter.abort();
  await expect(warning).toHaveCount(0, { timeout: 20_000 });
});
