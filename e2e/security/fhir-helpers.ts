import http from "node:http";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { demoAccounts, type DemoRole } from "../accounts";
import { signIn } from "../helpers";

export const FHIR = "/api/fhir/R4";

/** Signs in and waits for the role's home page (sign-in hashes the password: not instant). */
export async function signInAs(page: Page, role: DemoRole): Promise<void> {
  await signIn(page, demoAccounts[role].email);
  await expect(page.getByRole("heading", { level: 1, name: demoAccounts[role].home })).toBeVisible({ timeout: 30_000 });
}

/** Registers a client on the admin page, as an administrator does, and returns its token (shown once). */
export async function registerClient(page: Page, role: string, odsCode: string): Promise<{ name: string; token: string }> {
  await signInAs(page, "admin");
  await page.goto("/admin/api-clients");
  const name = `Security ${role} ${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Role").selectOption({ label: role });
  await page.getByLabel("Organisation ODS code").fill(odsCode);
  await page.getByRole("button", { name: "Register client" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  expect(token).toMatch(/^ucp_/);
  return { name, token };
}

/** The patient with this NHS number and their plan's id, read with a token. */
export async function planOf(api: APIRequestContext, token: string, nhsNumber: string): Promise<{ patientId: string; planId: string }> {
  const auth = { authorization: `Bearer ${token}` };
  const search = await api.get(`${FHIR}/Patient?identifier=${nhsNumber}`, { headers: auth });
  expect(search.status()).toBe(200);
  const patientId = (await search.json()).entry[0].resource.id as string;
  const plans = await (await api.get(`${FHIR}/CarePlan?patient=Patient/${patientId}`, { headers: auth })).json();
  return { patientId, planId: plans.entry[0].resource.id as string };
}

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * One GET from a chosen loopback address (127.0.0.0/8 is all local), so a test's requests
 * have a client address of their own and no other test's rate limit touches them.
 */
export function getFrom(localAddress: string, baseURL: string, path: string, headers: Record<string, string>, agent?: http.Agent): Promise<RawAnswer> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: url.port, path: url.pathname + url.search, localAddress, headers, agent: agent ?? false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end();
  });
}
