import { expect, test, type Browser } from "@playwright/test";
import type { DemoRole } from "./accounts";

/**
 * Every role against every plan page: allowed pages answer 200, the rest 404 ("not found",
 * so a record's existence never leaks). Expectations are written out here, from the design's matrix
 * (docs/domain.md "Who may do what"), not derived from the policy module under test.
 */
const MARGARET = "9990000018"; // patient@example.org's own record
const OTHER = "9990000026"; // another patient with a plan
const KEY_SAFE = "9990000069"; // a plan whose access instructions include a key safe code
const RESIDENT = "9990000050"; // a resident of Dulwich Grove Care Home (care home staff's only patients), with a (cancelled) plan

async function patientIds(browser: Browser): Promise<Record<string, string>> {
  const context = await browser.newContext({ storageState: "e2e/.auth/gp.json" });
  const page = await context.newPage();
  const ids: Record<string, string> = {};
  for (const nhs of [MARGARET, OTHER, KEY_SAFE, RESIDENT]) {
    await page.goto(`/patients/search?by=nhs-number&nhsNumber=${nhs}`);
    ids[nhs] = (await page.locator(".ucp-results a").first().getAttribute("href"))!.split("/").pop()!;
  }
  await context.close();
  return ids;
}

const clinical: DemoRole[] = ["gp", "nurse", "paramedic", "111-handler", "111-clinician", "ooh", "ed", "specialist", "social-worker"];
const careHome: DemoRole[] = ["care-home", "care-home-nurse"];
const authors: DemoRole[] = ["gp", "nurse", "specialist"];
const history: DemoRole[] = ["gp", "nurse", "111-clinician", "ooh", "ed", "specialist"];

type Page = { path: (ids: Record<string, string>) => string; allowed: DemoRole[] };
const pages: Record<string, Page> = {
  "patient search": { path: () => "/patients/search", allowed: [...clinical, ...careHome] },
  "residents list": { path: () => "/residents", allowed: [...clinical, ...careHome] },
  "a resident's emergency summary": { path: (i) => `/patients/${i[RESIDENT]}/summary`, allowed: [...clinical, ...careHome] },
  "a resident's care team": { path: (i) => `/patients/${i[RESIDENT]}/care-team`, allowed: [...clinical, ...careHome] },
  "a resident's version history": { path: (i) => `/patients/${i[RESIDENT]}/plan/versions`, allowed: history },
  "a resident's plan task list (editing)": { path: (i) => `/patients/${i[RESIDENT]}/plan`, allowed: authors },
  "another patient's care team": { path: (i) => `/patients/${i[OTHER]}/care-team`, allowed: clinical },
  "add a patient": { path: () => "/patients/new", allowed: authors },
  "another patient's record": { path: (i) => `/patients/${i[OTHER]}`, allowed: clinical },
  "another patient's emergency summary": { path: (i) => `/patients/${i[OTHER]}/summary`, allowed: clinical },
  "another patient's printed plan": { path: (i) => `/patients/${i[OTHER]}/print`, allowed: clinical },
  // Chidi Okafor (proxy@example.org) holds Margaret's lasting power of attorney: he reads her plan as she does.
  "own emergency summary": { path: (i) => `/patients/${i[MARGARET]}/summary`, allowed: [...clinical, "patient", "proxy"] },
  "the person's own plan page, for them": { path: (i) => `/my-plan?for=${i[MARGARET]}`, allowed: ["patient", "proxy"] },
  "who has looked, for them": { path: (i) => `/my-plan/access?for=${i[MARGARET]}`, allowed: ["patient", "proxy"] },
  "another patient's own plan page": { path: (i) => `/my-plan?for=${i[OTHER]}`, allowed: [] },
  "people who can act for this person": { path: (i) => `/patients/${i[OTHER]}/people`, allowed: authors },
  "plan task list (editing)": { path: (i) => `/patients/${i[OTHER]}/plan`, allowed: authors },
  "check your answers": { path: (i) => `/patients/${i[OTHER]}/plan/check`, allowed: authors },
  "version history": { path: (i) => `/patients/${i[OTHER]}/plan/versions`, allowed: history },
  "compare versions": { path: (i) => `/patients/${i[OTHER]}/plan/versions/compare?from=1&to=2`, allowed: history },
  "cancel plan": { path: (i) => `/patients/${i[OTHER]}/plan/cancel`, allowed: authors },
  "record death": { path: (i) => `/patients/${i[OTHER]}/death`, allowed: authors },
  "user accounts": { path: () => "/admin/users", allowed: ["admin", "practice-admin"] },
  "audit trail": { path: () => "/admin/audit", allowed: ["admin"] },
  "audit CSV export": { path: () => "/admin/audit/export", allowed: ["admin"] },
  organisations: { path: () => "/admin/organisations", allowed: ["admin"] },
  "add an organisation": { path: () => "/admin/organisations/new", allowed: ["admin"] },
  "import organisations": { path: () => "/admin/organisations/import", allowed: ["admin"] },
  "ask for a change": { path: () => "/my-plan/change", allowed: ["patient"] },
  "who has looked at my plan": { path: () => "/my-plan/access", allowed: ["patient"] },
  "stop or start again sharing my plan": { path: () => "/my-plan/sharing", allowed: ["patient"] },
  // The nurse wrote this patient's second version, so both authors are in the care team.
  "record the person's decision about sharing": { path: (i) => `/patients/${i[OTHER]}/sharing`, allowed: authors },
};

test("every plan page answers this role as the design says", async ({ page, browser }, info) => {
  test.setTimeout(120_000);
  const role = info.project.name as DemoRole;
  const ids = await patientIds(browser);
  const outcomes: string[] = [];
  for (const [name, { path, allowed }] of Object.entries(pages)) {
    const response = await page.request.get(path(ids), { maxRedirects: 5 });
    const expected = allowed.includes(role) ? 200 : 404;
    outcomes.push(`${name}: ${response.status() === expected ? "as designed" : `got ${response.status()}, expected ${expected}`}`);
  }
  expect(outcomes.filter((o) => !o.endsWith("as designed"))).toEqual([]);
});

test("access instructions reach only the roles allowed them, on every view", async ({ page, browser }, info) => {
  const role = info.project.name as DemoRole;
  const ids = await patientIds(browser);
  const mayRead = ["gp", "nurse", "paramedic", "111-clinician", "ooh", "specialist"].includes(role);
  // Authors outside the person's care team give a reason first (break glass); it holds for the shift.
  if (role === "nurse" || role === "specialist" || role === "social-worker") {
    await page.goto(`/patients/${ids[KEY_SAFE]}/summary`);
    await page.getByLabel("Referral").check();
    await page.getByRole("button", { name: "Continue to the plan" }).click();
    await expect(page).toHaveURL(/\/summary$/);
  }
  for (const view of ["summary", "print"]) {
    const response = await page.request.get(`/patients/${ids[KEY_SAFE]}/${view}`);
    // Not a resident of the care home: "not found" for its staff, as for a patient, a proxy or an administrator.
    if (role === "patient" || role === "admin" || role === "practice-admin" || role === "proxy" || careHome.includes(role)) {
      expect(response.status()).toBe(404);
      continue;
    }
    expect(response.status()).toBe(200);
    expect((await response.text()).includes("code 4821"), `${role} ${view}`).toBe(mayRead);
  }
  // The live-update stream is refused the same way (allowed roles get an endless stream, tested elsewhere).
  if (role === "patient" || role === "admin" || role === "practice-admin" || role === "proxy" || careHome.includes(role))
    expect((await page.request.get(`/api/patients/${ids[OTHER]}/events`)).status()).toBe(404);
});
