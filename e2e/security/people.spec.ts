import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { requestAs } from "./request-as";
import { encodeReply, serverActions } from "./server-actions";

// An organisation administrator (Camberwell Green Surgery) over HTTP, as a script would: acting on
// another organisation's staff, granting forged roles, reusing a one-time link. Refused, never a 500.

async function callAction(client: APIRequestContext, name: string, input: unknown, baseURL: string): Promise<{ status: number; body: string }> {
  const action = serverActions().get(name);
  if (!action) throw new Error(`No server action ${name} in the build`);
  const response = await client.post("/admin/users", {
    headers: { "Next-Action": action.id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: new URL(baseURL).origin },
    data: encodeReply([input]),
    failOnStatusCode: false,
  });
  return { status: response.status(), body: await response.text() };
}

/** The id of the demo account with this email, as the service administrator's list shows it. */
async function userId(admin: APIRequestContext, email: string): Promise<string> {
  const html = await (await admin.get(`/admin/users?q=${encodeURIComponent(email)}`)).text();
  const id = /href="\/admin\/users\/([0-9a-f-]{36})"/.exec(html)?.[1];
  if (!id) throw new Error(`${email} is not listed`);
  return id;
}

test("an organisation administrator's actions on another organisation's people answer not found, and change nothing", async ({ baseURL }) => {
  const orgAdmin = await requestAs(baseURL!, "practice-admin@example.org");
  const admin = await requestAs(baseURL!, "admin@example.org");
  const paramedic = await userId(admin, "paramedic@example.org");
  for (const [name, input] of [
    ["deactivateUserAction", { userId: paramedic }],
    ["reactivateUserAction", { userId: paramedic }],
    ["issuePasswordResetAction", { userId: paramedic }],
    ["changeUserRoleAction", { userId: paramedic, role: "ORG_ADMIN" }],
  ] as const) {
    const { status, body } = await callAction(orgAdmin, name, input, baseURL!);
    expect(status, name).toBeLessThan(500);
    expect(body, name).toContain('"code":"NOT_FOUND"');
  }
  expect((await orgAdmin.get(`/admin/users/${paramedic}`)).status()).toBe(404);
  const page = await (await admin.get(`/admin/users/${paramedic}`)).text();
  expect(page).toContain("Active");
  expect(page).toContain("Paramedic");
  const audit = await (await admin.get("/admin/audit?userEmail=practice-admin%40example.org")).text();
  expect(audit).toContain("admin.users.deactivate");
  await orgAdmin.dispose();
  await admin.dispose();
});

test("forged roles and organisations are refused with their messages", async ({ baseURL }) => {
  const orgAdmin = await requestAs(baseURL!, "practice-admin@example.org");
  const admin = await requestAs(baseURL!, "admin@example.org");
  const gp = await userId(admin, "gp@example.org"); // of the administrator's own practice
  const attempts: [string, unknown, string][] = [
    ["changeUserRoleAction", { userId: gp, role: "ADMIN" }, "Only a service administrator can make someone a service administrator"],
    ["changeUserRoleAction", { userId: gp, role: "SUPERUSER" }, "Select a role from the list"],
    [
      "changeUserRoleAction",
      { userId: gp, role: "PARAMEDIC", professionalBody: "HCPC", registrationNumber: "PA12345" },
      "A GP practice cannot have the role Paramedic",
    ],
    [
      "createUserAction",
      { name: "X", email: `forged-${Date.now()}@example.org`, odsCode: "Y00501", role: "PARAMEDIC", professionalBody: "HCPC", registrationNumber: "PA12345" },
      "only to your own organisation",
    ],
    ["createUserAction", { name: "X", email: `forged-${Date.now()}@example.org`, role: "ADMIN" }, "Only a service administrator"],
  ];
  for (const [name, input, message] of attempts) {
    const { status, body } = await callAction(orgAdmin, name, input, baseURL!);
    expect(status, name).toBeLessThan(500);
    expect(body, name).toContain('"code":"INVALID"');
    expect(body, name).toContain(message);
  }
  const page = await (await admin.get(`/admin/users/${gp}`)).text();
  expect(page).toMatch(/>Role<\/dt><dd class="nhsuk-summary-list__value">GP<\/dd>/);
  await orgAdmin.dispose();
  await admin.dispose();
});

test("a one-time link works once: reused, or made up, it is refused", async ({ baseURL }) => {
  const orgAdmin = await requestAs(baseURL!, "practice-admin@example.org");
  const created = await callAction(orgAdmin, "createUserAction", { name: "Link Tester", email: `link-${Date.now()}@example.org`, role: "ORG_ADMIN" }, baseURL!);
  const id = /"id":"([0-9a-f-]{36})"/.exec(created.body)?.[1];
  expect(id, created.body).toBeTruthy();
  const issued = await callAction(orgAdmin, "issuePasswordResetAction", { userId: id }, baseURL!);
  const token = /"token":"([A-Za-z0-9_-]{43})"/.exec(issued.body)?.[1];
  expect(token, issued.body).toBeTruthy();
  const nobody = await request.newContext({ baseURL });
  const set = { token, password: "one long enough passphrase", confirmPassword: "one long enough passphrase" };
  const first = await callAction(nobody, "setPasswordAction", set, baseURL!);
  expect(first.body).toContain('"ok":true');
  for (const attempt of [set, { ...set, token: "A".repeat(43) }, { ...set, token: "../../etc/passwd" }]) {
    const { status, body } = await callAction(nobody, "setPasswordAction", attempt, baseURL!);
    expect(status).toBeLessThan(500);
    expect(body).toMatch(/"code":"(NOT_FOUND|INVALID)"/);
  }
  const page = await nobody.get(`/reset-password/${token}`);
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain("This link has expired or has already been used");
  await nobody.dispose();
  await orgAdmin.dispose();
});
