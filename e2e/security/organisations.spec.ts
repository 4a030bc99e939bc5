import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { demoAccounts } from "../accounts";
import { requestAs } from "./request-as";

// Organisation administration from outside, as a signed-in GP (not a service administrator) would
// try it with a script: the pages are "not found", every server action is refused, nothing
// changes, and each refusal is in the audit trail.

function actionId(name: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, a]) => a.exportedName === name);
  if (!found) throw new Error(`No server action ${name} in the build`);
  return found[0];
}

test("a GP's session is refused every organisation page and action, and the refusals are audited", async ({ baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const admin = await requestAs(baseURL!, demoAccounts.admin.email);
  const gp = await requestAs(baseURL!, demoAccounts.gp.email);
  // A real organisation's id, as an attacker might have learnt it.
  const list = await (await admin.get("/admin/organisations?q=Y00101")).text();
  const id = /\/admin\/organisations\/([0-9a-f-]{36})/.exec(list)![1];

  for (const page of ["/admin/organisations", "/admin/organisations/new", "/admin/organisations/import", `/admin/organisations/${id}`])
    expect((await gp.get(page, { maxRedirects: 0 })).status(), page).toBe(404);

  const call = (name: string, arg: unknown) =>
    gp.post("/admin/organisations", {
      headers: { "Next-Action": actionId(name), Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: origin },
      data: JSON.stringify([arg]),
    });
  const attempts: [string, unknown][] = [
    ["suspendOrganisationAction", { id, reason: "attack" }],
    ["reinstateOrganisationAction", { id }],
    ["updateOrganisationAction", { id, odsCode: "Y00101", name: "Taken over", kind: "GP_PRACTICE" }],
    ["addOrganisationAction", { odsCode: "X99901", name: "Rogue practice", kind: "GP_PRACTICE" }],
    ["previewOrganisationImportAction", { csv: "Organisation Code,Name\nX99902,Rogue", kind: "GP_PRACTICE", fileName: "x.csv" }],
    ["importOrganisationsAction", { csv: "Organisation Code,Name\nX99902,Rogue", kind: "GP_PRACTICE", fileName: "x.csv", previewDigest: "0".repeat(64) }],
  ];
  for (const [name, arg] of attempts) {
    const response = await call(name, arg);
    expect(response.status(), name).toBeLessThan(500);
    expect(await response.text(), name).toContain('"code":"FORBIDDEN"');
  }

  // Nothing changed, and the trail shows each refusal.
  const page = await (await admin.get(`/admin/organisations/${id}`)).text();
  expect(page).toContain(`value="Camberwell Green Surgery"`);
  expect(page).not.toContain("Taken over");
  expect(await (await admin.get("/admin/organisations?q=X9990")).text()).toContain("No organisations match.");
  const trail = await (await admin.get(`/admin/audit?userEmail=${encodeURIComponent(demoAccounts.gp.email)}`)).text();
  for (const label of ["Suspended an organisation", "Reinstated an organisation", "Changed an organisation", "Added an organisation", "Imported organisations"])
    expect(trail, label).toContain(label);
  // The preview is refused too: six refusals of this GP, each a DENIED row.
  expect(trail.match(/>denied<\/strong>/g)?.length ?? 0).toBeGreaterThanOrEqual(6);
  await Promise.all([admin.dispose(), gp.dispose()]);
});
