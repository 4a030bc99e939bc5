import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";
import { expectNotFound, expectReadOnly, idOf, OTHER, RESIDENT, RESIDENTS, roleOf } from "./role-helpers";

test("care home staff find only their residents: the list, search, and 'not found' for anyone else", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "See your residents" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Residents" })).toBeVisible();
  // Living residents only: other specs record the death of one of the four (9990000042).
  const spaced = (nhs: string) => `${nhs.slice(0, 3)} ${nhs.slice(3, 6)} ${nhs.slice(6)}`;
  const listed = await page.locator("tbody tr").allInnerTexts();
  expect(listed.length).toBeGreaterThanOrEqual(3);
  for (const row of listed)
    expect(
      RESIDENTS.some((nhs) => row.includes(spaced(nhs))),
      row,
    ).toBe(true);
  for (const nhs of RESIDENTS.slice(1)) expect(listed.join("\n")).toContain(spaced(nhs));
  await expect(page.getByRole("table")).toContainText(`${listed.length} residents`);
  await expectNoAxeViolations(page);

  await page.goto("/patients/search");
  await page.getByRole("textbox", { name: "NHS number" }).fill(OTHER.spaced);
  await page.getByRole("button", { name: "Search by NHS number" }).click();
  await expect(page.getByText("No patients found")).toBeVisible();
  await page.getByRole("textbox", { name: "NHS number" }).fill(RESIDENT.spaced);
  await page.getByRole("button", { name: "Search by NHS number" }).click();
  await expect(page.getByText("1 patient found")).toBeVisible();

  const other = await idOf(page, OTHER.nhsNumber);
  for (const path of ["", "/summary", "/print", "/care-team", "/plan/versions"]) await expectNotFound(page, `/patients/${other}${path}`);
  expect((await page.request.get(`/api/patients/${other}/events`)).status()).toBe(404);
});

test("care home staff read a resident's summary; the nurse the full plan; neither the key safe, history or editing", async ({ page }, info) => {
  const resident = await idOf(page, RESIDENT.nhsNumber);
  await page.goto("/residents");
  await page.locator("tbody tr").filter({ hasText: RESIDENT.spaced }).getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/patients/${resident}/summary$`));
  await expect(page.getByTestId("cpr-decision")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Who to call" })).toBeVisible();
  await expect(page.getByText("Access instructions")).toHaveCount(0);
  await expect(page.getByTestId("withheld")).toHaveText("Some parts of this plan are not shown to your role.");
  if (roleOf(info) === "care-home") {
    await expect(page.getByText(/^Diagnoses:/)).toHaveCount(0);
    await expect(page.getByText("Ceiling of treatment", { exact: false })).toHaveCount(0);
  } else {
    await expect(page.getByText(/^Diagnoses:/)).toBeVisible();
  }
  await expectNoAxeViolations(page);
  await expectNotFound(page, `/patients/${resident}/plan/versions`);
  await expectReadOnly(page, resident);
  await page.goto(`/patients/${resident}/care-team`);
  await expect(page.getByTestId("care-team")).toContainText("Dulwich Grove Care Home");
  await expect(page.getByRole("button", { name: /^End/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add to care team" })).toHaveCount(0);
});
