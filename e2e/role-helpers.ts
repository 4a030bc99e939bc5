import { expect, type Page } from "@playwright/test";
import type { DemoRole } from "./accounts";

// The people who meet the patient (issue P4 item 3): shared by their specs (care-home-access, ed-access, ...).
// Lives at Dulwich Grove Care Home; a cancelled plan no spec changes (0042 lives there too, but other specs cancel her plan and record her death).
export const RESIDENT = { nhsNumber: "9990000050", spaced: "999 000 0050" };
export const SOCIAL_CARE_CLIENT = "9990000042"; // Southwark Adult Social Care is in her care team
export const RESIDENTS = ["9990000042", "9990000050", "9990000115", "9990000123"]; // the four residents of Dulwich Grove
export const OTHER = { nhsNumber: "9990000026", spaced: "999 000 0026" }; // not a resident; the hospice cares for her
export const OUTSIDE_HOSPICE = "9990000093"; // the GP practice's alone

/** A patient's id, found as a GP (who may search everyone). */
export async function idOf(page: Page, nhsNumber: string): Promise<string> {
  const gp = await page.context().browser()!.newContext({ storageState: "e2e/.auth/gp.json" });
  const p = await gp.newPage();
  await p.goto(`/patients/search?by=nhs-number&nhsNumber=${nhsNumber}`);
  const id = (await p.locator(".ucp-results a").first().getAttribute("href"))!.split("/").pop()!;
  await gp.close();
  return id;
}

export const roleOf = (info: { project: { name: string } }) => info.project.name as DemoRole;

export async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
}

/** No way to change the plan shows, and every editing address answers "not found". */
export async function expectReadOnly(page: Page, patientId: string) {
  await expect(page.getByRole("button", { name: /care plan/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Update care plan|Cancel plan|Record death/ })).toHaveCount(0);
  for (const path of ["plan", "plan/check", "plan/cancel", "plan/aboutMe"]) await expectNotFound(page, `/patients/${patientId}/${path}`);
  await expectNotFound(page, `/patients/${patientId}/death`);
}
