import { expect, test as setup } from "@playwright/test";
import { demoAccounts } from "./accounts";
import { signIn } from "./helpers";

// Signs every demo account in once and saves its session for that role's project.
for (const [role, account] of Object.entries(demoAccounts)) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, account.email);
    // The first sign-ins meet a cold server (argon2, first renders): allow for a busy machine.
    await expect(page.getByRole("heading", { level: 1, name: account.home })).toBeVisible({ timeout: 30_000 });
    await page.context().storageState({ path: `e2e/.auth/${role}.json` });
  });
}
