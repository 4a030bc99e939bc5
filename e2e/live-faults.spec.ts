import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { AppInstance, sharedAppEnv, ThrowawayPostgres } from "./fault-cluster";
import { signIn } from "./helpers";
import { cancelThePlan, openPatient, publishCprNotRecommended } from "./plan-helpers";

/**
 * Fault injection (PostgreSQL pass only; see playwright.config.ts): a throw-away cluster that
 * this spec cuts and restarts, and two app instances of its own on it. A paramedic's open
 * summary on instance A must warn while it cannot hear changes, recover by itself, and then
 * show what a GP does on instance B.
 */
const base = Number(process.env.E2E_PORT || 3100);
let cluster: ThrowawayPostgres;
let dataDir: string;
let a: AppInstance;
let b: AppInstance;

// Seeded with a published plan recommending CPR (testNhsNumber(8)); this cluster is ours alone.
const NHS_NUMBER = "999 000 0085";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(480_000);
  cluster = new ThrowawayPostgres(54330 + (base % 100));
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ucp-faults-app-"));
  const env = sharedAppEnv(cluster.url, dataDir);
  a = new AppInstance(base + 10, env);
  b = new AppInstance(base + 11, env);
  await cluster.init();
  await a.start(); // migrates and seeds
  await b.start();
});

test.afterAll(async () => {
  test.setTimeout(60_000);
  await a?.stop();
  await b?.stop();
  cluster?.destroy();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

test("an open summary warns while the database is away, recovers by itself, then shows a new CPR decision and a cancel from the other instance", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const paramedicContext = await browser.newContext({ baseURL: a.url });
  const page = await paramedicContext.newPage();
  await signIn(page, "paramedic@example.org");
  await expect(page.getByRole("heading", { name: "Find a patient" })).toBeVisible({ timeout: 30_000 });
  await page.goto(`/patients/search?by=nhs-number&nhsNumber=${NHS_NUMBER.replaceAll(" ", "")}`);
  const opened = page.waitForResponse((r) => r.url().includes("/events") && r.status() === 200);
  await page.locator(".ucp-results a").first().click();
  await expect(page.getByTestId("cpr-decision")).toContainText("CPR attempts recommended");
  await opened; // the summary's stream is open before anything fails
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  const warning = page.getByTestId("live-warning");
  await expect(warning).toHaveCount(0);

  // The app's connections are cut (a failover, a proxy restart): the stream comes back by itself.
  expect(await cluster.cutConnections()).toBeGreaterThan(0);
  await expect(warning).toHaveCount(0, { timeout: 10_000 });

  // PostgreSQL goes away: the page says at once that it is no longer live.
  cluster.stop();
  const stoppedAt = Date.now();
  await expect(warning).toContainText("Live updates have stopped", { timeout: 5_000 });
  await expect(warning).toContainText(/Last checked at \d\d:\d\d\. Reload before acting on this plan\./);
  await expect(warning).toHaveAttribute("role", "alert");
  // Down for 5 s, as in the finding; the warning stays all that time.
  await expect.poll(() => Date.now() - stoppedAt, { timeout: 15_000, intervals: [250] }).toBeGreaterThanOrEqual(5_000);
  await expect(warning).toBeVisible();
  cluster.start();
  // Back: the stream re-reads the state and the warning clears without a reload.
  await expect(warning).toHaveCount(0, { timeout: 15_000 });

  // A GP publishes a new CPR decision on instance B: the open summary on A shows it within 5 s.
  const gpContext = await browser.newContext({ baseURL: b.url });
  const gp = await gpContext.newPage();
  await signIn(gp, "gp@example.org");
  await expect(gp.getByRole("heading", { name: "Find a patient" })).toBeVisible({ timeout: 30_000 });
  await openPatient(gp, NHS_NUMBER);
  await publishCprNotRecommended(gp, "CPR decision reviewed after the outage");
  await expect(page.getByTestId("cpr-decision")).toContainText("CPR attempts not recommended", { timeout: 5_000 });

  // And a cancel reaches the open view within 2 s.
  await cancelThePlan(gp);
  await expect(page.getByRole("heading", { name: "This plan was cancelled" })).toBeVisible({ timeout: 2_000 });
  await expect(warning).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await gpContext.close();
  await paramedicContext.close();
});

test("an open summary's stream ends when the session does, and the page says to sign in again", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: a.url });
  const page = await context.newPage();
  await signIn(page, "ooh@example.org");
  await expect(page.getByRole("heading", { name: "Find a patient" })).toBeVisible({ timeout: 30_000 });
  await page.goto("/patients/search?by=nhs-number&nhsNumber=9990000018");
  const streams: number[] = [];
  page.on("response", (r) => r.url().includes("/events") && streams.push(r.status()));
  const opened = page.waitForResponse((r) => r.url().includes("/events") && r.status() === 200);
  await page.locator(".ucp-results a").first().click();
  await expect(page.getByTestId("cpr-decision")).toBeVisible();
  await opened;
  const warning = page.getByTestId("live-warning");
  await expect(warning).toHaveCount(0);

  // The account is deactivated (as an administrator would): the stream re-checks the session every 30 s.
  await cluster.query(`UPDATE "User" SET active = false WHERE email = 'ooh@example.org'`);
  await expect(warning).toContainText("You have been signed out", { timeout: 45_000 });
  await expect(warning).toContainText("Sign in again to see live updates");
  expect(streams).toEqual([200]); // told by the open stream, not by a refused new one
  await context.close();
});
