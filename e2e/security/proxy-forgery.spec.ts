import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { demoAccounts } from "../accounts";
import { requestAs } from "./request-as";

// A proxy (proxy@example.org, acting for Margaret only) forging someone else's patient id, over
// HTTP as a script would: every page, stream and action answers "not found", never 500.
const OTHER = "9990000026";

function actionId(name: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, a]) => a.exportedName === name);
  if (!found) throw new Error(`No server action ${name}`);
  return found[0];
}

test("a proxy forging another patient's id gets not found everywhere, never a 500", async ({ baseURL }) => {
  const gp = await requestAs(baseURL!, demoAccounts.gp.email);
  const search = await (await gp.get(`/patients/search?by=nhs-number&nhsNumber=${OTHER}`)).text();
  const other = /href="\/patients\/([0-9a-f-]{36})"/.exec(search)![1];
  const proxy = await requestAs(baseURL!, demoAccounts.proxy.email);
  for (const url of [
    `/my-plan?for=${other}`,
    `/my-plan/change?for=${other}`,
    `/my-plan/access?for=${other}`,
    `/my-plan?for=${other}&for=${other}`,
    `/my-plan?for=not-an-id`,
    `/patients/${other}`,
    `/patients/${other}/summary`,
    `/patients/${other}/people`,
    `/api/patients/${other}/events`,
  ]) {
    // The record page sends readers who are not authors to the summary: that answers not found too.
    expect((await proxy.get(url, { maxRedirects: 5 })).status(), url).toBe(404);
  }
  const call = (name: string, input: unknown) =>
    proxy.post("/my-plan/change", {
      headers: { "Next-Action": actionId(name), Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: baseURL! },
      data: JSON.stringify([input]),
    });
  const asked = await call("requestChangeAction", { patientId: other, text: "Forged request" });
  expect(asked.status()).toBe(200);
  expect(await asked.text()).toContain('"code":"NOT_FOUND"');
  const ended = await call("endProxyLinkAction", { patientId: other, linkId: crypto.randomUUID(), reason: "Forged" });
  expect(ended.status()).toBe(200);
  expect(await ended.text()).toMatch(/"code":"(NOT_FOUND|FORBIDDEN)"/);
  // Nothing was written for the other patient.
  const requests = await (await gp.get("/")).text();
  expect(requests).not.toContain("Forged request");
});
