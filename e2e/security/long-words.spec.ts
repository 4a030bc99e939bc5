import { expect, test } from "@playwright/test";
import { demoAccounts } from "../accounts";
import { signIn } from "../helpers";

// Text that people type reaches other people's pages: an unbroken 400-character "word" in a
// change request must not push the GP's home page wider than a phone (WCAG 1.4.10 reflow).
test("a very long word in a patient's change request does not widen the GP's page on a phone", async ({ browser }) => {
  const word = `Please${"a".repeat(400)}${Date.now()}`;
  const patientContext = await browser.newContext();
  const patient = await patientContext.newPage();
  await signIn(patient, demoAccounts.patient.email);
  await expect(patient.getByRole("heading", { level: 1, name: demoAccounts.patient.home })).toBeVisible({ timeout: 30_000 });
  await patient.goto("/my-plan/change");
  await patient.getByLabel("What would you like to change?").fill(word);
  await patient.getByRole("button", { name: "Send request" }).click();
  await expect(patient.getByText("Your request has been sent")).toBeVisible();
  await patientContext.close();

  const gpContext = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const gp = await gpContext.newPage();
  await signIn(gp, demoAccounts.gp.email);
  await expect(gp.getByTestId("change-requests")).toContainText(word, { timeout: 30_000 });
  const overflow = await gp.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await gpContext.close();
});
