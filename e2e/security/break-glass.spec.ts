import { expect, test, type Page } from "@playwright/test";
import { demoAccounts } from "../accounts";
import { signIn } from "../helpers";

// The demo nurse is outside the care team of testNhsNumber(8) (a plan by the GP's practice),
// and no spec gives a reason for that patient: every plan page must ask, over plain HTTP too.
const OUTSIDE = "9990000085";

async function nurseAndPatient(page: Page): Promise<string> {
  await signIn(page, demoAccounts.nurse.email);
  await expect(page.getByRole("heading", { level: 1, name: demoAccounts.nurse.home })).toBeVisible({ timeout: 30_000 }); // a cold server: argon2, first renders
  await page.goto(`/patients/search?by=nhs-number&nhsNumber=${OUTSIDE}`);
  return (await page.locator(".ucp-results a").first().getAttribute("href"))!.split("/").pop()!;
}

// Each test signs in and renders many pages for the first time, on a machine shared by many runs.
test.describe.configure({ timeout: 120_000 });

const planPages = [
  "summary",
  "print",
  "plan",
  "plan/check",
  "plan/aboutMe",
  "plan/versions",
  "plan/versions/compare?from=1&to=1",
  "plan/conflict",
  "plan/cancel",
  "death",
];

test("every plan page of a patient outside the care team answers with the break-glass question, never the plan", async ({ page }) => {
  const id = await nurseAndPatient(page);
  const leaks: string[] = [];
  for (const p of [...planPages, "summary?reason=Referral&reasonText=Referral"]) {
    const response = await page.request.get(`/patients/${id}/${p}`);
    const body = await response.text();
    const asked = new URL(response.url()).pathname === `/patients/${id}/reason` && body.includes("Why do you need to see this plan?");
    if (response.status() !== 200 || !asked || body.includes('data-testid="cpr-decision"')) leaks.push(`${p}: ${response.status()} ${response.url()}`);
  }
  expect(leaks).toEqual([]);
});

test("the break-glass form only ever returns to the same patient's pages", async ({ page }) => {
  const id = await nurseAndPatient(page);
  for (const returnTo of [
    "//evil.example",
    "https://evil.example/",
    "/\t/evil.example",
    `/patients/${id}/../../admin`,
    "/patients/00000000-0000-4000-8000-000000000000/plan",
  ]) {
    await page.goto(`/patients/${id}/reason?returnTo=${encodeURIComponent(returnTo)}`);
    await expect(page.locator('input[name="returnTo"]')).toHaveValue(`/patients/${id}`);
  }
  expect((await page.request.get("/patients/not-a-patient/reason")).status()).toBe(404);
});
