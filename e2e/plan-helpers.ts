import { expect, type Page } from "@playwright/test";

/** Searches by NHS number and opens the one patient found. */
export async function openPatient(page: Page, nhsNumber: string): Promise<void> {
  await page.goto("/patients/search");
  await page.getByRole("textbox", { name: "NHS number" }).fill(nhsNumber);
  await page.getByRole("button", { name: "Search by NHS number" }).click();
  await expect(page.getByText("1 patient found")).toBeVisible();
  await page.locator(".ucp-results a").first().click();
  await expect(page.getByRole("heading", { level: 2, name: "Care plan" })).toBeVisible();
}

export async function saveAndContinue(page: Page, nextHeading: string): Promise<void> {
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(nextHeading);
}

/** A date `months` from today as the three boxes. */
function monthsFromNow(months: number): { day: string; month: string; year: string } {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() + months);
  return { day: "1", month: String(d.getMonth() + 1), year: String(d.getFullYear()) };
}

export async function fillDate(page: Page, id: string, date: { day: string; month: string; year: string }): Promise<void> {
  await page.locator(`#${id}-day`).fill(date.day);
  await page.locator(`#${id}-month`).fill(date.month);
  await page.locator(`#${id}-year`).fill(date.year);
}

/** Sections after the CPR decision, with the least a plan needs; ends on check your answers. */
export async function fillSectionsAfterCpr(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Capacity and legal");
  await page.locator("#hasCapacity").check();
  await page.locator("#hasLpaHealthWelfare-2").check();
  await page.locator("#hasAdrt").check();
  await page.locator("#adrtDetails").fill("Refuses ventilation");
  await page.locator("#adrtLocation").fill("Blue folder in the kitchen");
  await saveAndContinue(page, "Preferences");
  await page.locator("#preferredPlaceOfDeath").check();
  await saveAndContinue(page, "Medicines");
  await page.locator("#anticipatoryIssued-2").check();
  await saveAndContinue(page, "Contacts");
  await page.locator("#whoToCallFirst").fill("Daughter, then the hospice");
  await saveAndContinue(page, "Home and access");
  await page.locator("#livingSituation").fill("Lives alone");
  await saveAndContinue(page, "Crisis guidance");
  await page.getByRole("button", { name: "Add guidance" }).click();
  await page.locator("#items-0-heading").fill("Breathlessness");
  await page.locator("#items-0-guidance").fill("Sit upright, use the fan, then call the hospice");
  await saveAndContinue(page, "Plan details");
  await page.locator("#consentBasis").check();
  await fillDate(page, "reviewDate", monthsFromNow(6));
  await saveAndContinue(page, "Check your answers");
}

/** The sections before the CPR decision. */
export async function fillSectionsBeforeCpr(page: Page, whatMatters: string): Promise<void> {
  await page.getByRole("link", { name: "About me" }).click();
  await page.locator("#whatMattersMost").fill(whatMatters);
  await saveAndContinue(page, "Clinical background");
  await page.getByRole("button", { name: "Add diagnosis" }).click();
  await page.locator("#diagnoses-0-description").fill("Heart failure");
  await saveAndContinue(page, "Clinical recommendations");
  await page.getByLabel("Prioritise comfort").check();
  await saveAndContinue(page, "CPR decision");
}

/** The CPR decision, then its follow-up page (asked once a decision is made); ends on the follow-up page. */
export async function fillCpr(page: Page): Promise<void> {
  await page.getByLabel("CPR attempts not recommended").check();
  await saveAndContinue(page, "About the CPR decision");
  await fillDate(page, "decisionDate", { day: "1", month: "1", year: "2025" });
  await page.locator("#madeBy-name").fill("Dr Amara Nwosu");
  await page.locator("#madeBy-role").fill("GP");
  await page.locator("#capacity").check();
  await page.locator("#reasons").fill("Severe heart failure; CPR would not work");
  await page.locator("#discussedWithPatient").check();
  await page.locator("#discussionDetails").fill("Discussed with the person and her daughter");
}

/** As a GP on the patient's page: a new version with "CPR attempts not recommended", published. */
export async function publishCprNotRecommended(page: Page, summaryOfChanges = "CPR decision reviewed at home visit"): Promise<void> {
  await page.getByRole("button", { name: "Update care plan" }).click();
  await page.getByRole("link", { name: "CPR decision" }).click();
  await page.getByLabel("CPR attempts not recommended").check();
  await saveAndContinue(page, "About the CPR decision");
  await page.locator("#reasons").fill("Frailty has progressed; CPR would not succeed");
  // Asked only when CPR is not recommended, so a plan that recommended it has no answer yet.
  await page.locator("#discussedWithPatient").check();
  await page.locator("#discussionDetails").fill("Discussed with him and his son at home");
  await page.getByRole("button", { name: "Save and return to task list" }).click();
  await page.getByRole("link", { name: "Check your answers" }).click();
  await page.getByLabel("Summary of changes").fill(summaryOfChanges);
  await page.getByRole("button", { name: "Publish care plan" }).click();
  await expect(page.getByText(/Version \d+ of the care plan has been published/)).toBeVisible();
}

/** As a GP on the patient's page: the plan cancelled, with a reason. */
export async function cancelThePlan(page: Page, reason = "The person asked for the plan to be withdrawn"): Promise<void> {
  await page.getByRole("link", { name: "Cancel plan" }).click();
  await page.getByLabel("Why is the plan being cancelled?").fill(reason);
  await page.getByRole("button", { name: "Cancel care plan" }).click();
  await expect(page.getByText("The care plan has been cancelled")).toBeVisible();
}
