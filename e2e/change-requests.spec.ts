import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

// Change requests answered (P4 item 7): the patient asks, the GP declines with a reply, the patient reads it.
test.setTimeout(120_000);

test("a patient asks for a change, the GP declines it with a reply, and the patient sees the answer", async ({ page, browser }) => {
  const request = `Please change my preferred place of death to the hospice (${Date.now()})`;
  await page.goto("/my-plan/change");
  await page.getByLabel("What would you like to change?").fill(request);
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByText("Your request has been sent")).toBeVisible();

  const gp = await (await browser.newContext({ storageState: "e2e/.auth/gp.json" })).newPage();
  await gp.goto("/");
  await gp.getByTestId("change-requests").getByRole("listitem").filter({ hasText: request }).getByRole("link", { name: "Answer this request" }).click();
  await expect(gp.getByRole("heading", { level: 1, name: "Answer a request for a change" })).toBeVisible();
  await expect(gp.getByText(request)).toBeVisible();
  await gp.getByLabel("Declined: the plan will not be changed").check();
  await gp.getByRole("button", { name: "Send answer" }).click();
  await expect(gp.locator(".nhsuk-error-summary")).toContainText("Enter a reply saying why the change was not made");
  await expectNoAxeViolations(gp);
  const reply = "St Christopher's has no bed this month: let us talk at your review on Friday.";
  await gp.getByLabel("Your reply").fill(reply);
  await expect(gp.getByTestId("response-count")).toHaveText(`You have ${2000 - reply.length} characters remaining`);
  await gp.getByRole("button", { name: "Send answer" }).click();
  await expect(gp.getByText("Your answer has been sent")).toBeVisible();
  await gp.goto("/");
  await expect(gp.getByText(request)).toHaveCount(0); // answered: off the open list (which is gone when empty)

  await page.reload();
  const answered = page.getByTestId("own-requests").locator(".nhsuk-card").filter({ hasText: request });
  await expect(answered).toContainText("Not changed");
  await expect(answered.getByTestId("request-reply")).toContainText(reply);
  await expectNoAxeViolations(page);
});
