import { expect, test } from "@playwright/test";
import { isValidNhsNumber } from "../lib/domain/nhs-number";
import { expectNhsFocus, expectNoAxeViolations, expectNoHorizontalScroll, tabTo } from "./helpers";

// The care team page (issue P4 item 4), as a GP: a patient added by hand gets their practice;
// an organisation is added (keyboard only), bad input explained, then its place ended.

function freshNhsNumber(): string {
  for (;;) {
    const n = `9${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`;
    if (isValidNhsNumber(n)) return n;
  }
}

test("a GP adds a care home to a new patient's care team with the keyboard, then ends it", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/patients/new");
  await page.getByRole("textbox", { name: "NHS number" }).fill(freshNhsNumber());
  await page.getByLabel("Given name").fill("Cara");
  await page.getByLabel("Family name").fill("Teamwell");
  await page.getByLabel("Day").fill("9");
  await page.getByLabel("Month").fill("9");
  await page.getByLabel("Year").fill("1936");
  await page.getByLabel("Female").check();
  await page.getByLabel("Address line 1").fill("2 Grove Lane");
  await page.getByLabel("Town or city").fill("London");
  await page.getByLabel("Postcode").fill("SE5 8QR");
  await page.getByLabel("GP practice ODS code").fill("y00101");
  await page.getByRole("button", { name: "Add patient" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("TEAMWELL, Cara");
  await expect(page.getByTestId("care-team-summary")).toHaveText("Camberwell Green Surgery");

  // From here on, the keyboard only.
  await tabTo(page, page.getByRole("link", { name: "Change care team" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Care team" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Caring for the person now" })).toContainText("Registered GP practice");
  await expectNoAxeViolations(page);

  const organisation = page.getByRole("textbox", { name: "Organisation" });
  await tabTo(page, organisation);
  await page.keyboard.type("Dulwich");
  await tabTo(page, page.getByRole("button", { name: "Add to care team" }));
  await page.keyboard.press("Enter");
  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary).toContainText("Select what the organisation does for the person");
  // Tab reaches the first radio; the arrow keys move through the group to "Care home" (the fourth).
  await tabTo(page, page.getByLabel("Registered GP practice"));
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
  await tabTo(page, page.getByRole("button", { name: "Add to care team" }));
  await page.keyboard.press("Enter");
  // Part of a name is never taken for the organisation: the server suggests, the form keeps what was typed.
  await expect(summary).toContainText("Did you mean Dulwich Grove Care Home (Y00401)?");
  await expect(organisation).toHaveValue("Dulwich");
  await expect(page.getByLabel("Care home (where they live)")).toBeChecked();
  await expect(page).toHaveTitle(/Care team/);
  await expectNoAxeViolations(page);

  await tabTo(page, organisation);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("Y00401");
  await tabTo(page, page.locator("#until-day"));
  await page.keyboard.type("1");
  await page.keyboard.press("Tab");
  await page.keyboard.type("1");
  await page.keyboard.press("Tab");
  await page.keyboard.type("2000");
  await tabTo(page, page.getByRole("button", { name: "Add to care team" }));
  await page.keyboard.press("Enter");
  await expect(summary).toContainText("The end date must be the same as or after the start date");
  await expect(page.locator("#until-error")).toContainText("The end date must be the same as or after the start date");

  for (const part of ["day", "month", "year"]) {
    await tabTo(page, page.locator(`#until-${part}`));
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Backspace");
  }
  await tabTo(page, page.getByRole("button", { name: "Add to care team" }));
  await page.keyboard.press("Enter");
  const now = page.getByRole("table", { name: "Caring for the person now" });
  await expect(now).toContainText("Dulwich Grove Care Home");
  await expect(now).toContainText("Care home (where they live)");
  await expect(organisation).toHaveValue("");
  await expectNoAxeViolations(page);

  // The list is above the form: back up to its End button with Shift+Tab, the focus showing at every stop.
  const end = page.getByRole("button", { name: "End Dulwich Grove Care Home's place in the care team" });
  for (let i = 0; i < 40 && !(await end.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Shift+Tab");
    await expectNhsFocus(page);
  }
  await expect(end).toBeFocused();
  await page.keyboard.press("Enter");
  const past = page.getByRole("table", { name: "In the past" });
  await expect(past).toContainText("Dulwich Grove Care Home");
  await expect(past).toContainText(/ended .* by Dr Amara Mensah/);
  await expect(now).not.toContainText("Dulwich Grove Care Home");
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 320, height: 740 });
  await expectNoHorizontalScroll(page);
});
