import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./accounts";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/signin");
  await fillSignInForm(page, email, password);
}

/** Signs in on the sign-in page already open (keeping its callbackUrl). */
export async function fillSignInForm(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** axe with the WCAG 2.2 A and AA rules: the page must have no violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/** nhsuk-frontend's focus colour (#ffeb3b): its focus state puts it in an outline, a background or a box shadow. */
const NHS_FOCUS = "rgb(255, 235, 59)";

/**
 * The focused element shows the NHS focus state, and can be seen. A radio or checkbox input is
 * hidden by design: its label's box (::before) carries the focus ring instead.
 */
export async function expectNhsFocus(page: Page): Promise<string> {
  const focus = await page.evaluate((colour) => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: "nothing", styled: false, visible: false };
    const input = el as HTMLInputElement;
    const boxed = el.tagName === "INPUT" && (input.type === "radio" || input.type === "checkbox");
    const target = boxed ? (el.nextElementSibling as HTMLElement) : el;
    const style = getComputedStyle(target, boxed ? "::before" : null);
    const ring = [style.backgroundColor, style.boxShadow, style.outlineStyle !== "none" ? style.outlineColor : ""];
    const rect = target.getBoundingClientRect();
    const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    return { name, styled: ring.some((v) => v.includes(colour)), visible: rect.width > 0 && rect.height > 0 };
  }, NHS_FOCUS);
  expect(focus.visible, `${focus.name} is visible when focused`).toBe(true);
  expect(focus.styled, `${focus.name} shows the NHS focus state`).toBe(true);
  return focus.name;
}

/**
 * Presses Tab until `target` has focus, checking the NHS focus state at every stop on the way:
 * a keyboard user sees where they are all along, not just at the end.
 */
export async function tabTo(page: Page, target: Locator, max = 200): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    await expectNhsFocus(page);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${target} was not reached in ${max} presses of Tab`);
}

/** No horizontal scrolling at this width (320 CSS px is 1280 px at 400% zoom, WCAG 1.4.10 reflow). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, "page width at 320 CSS px").toBeLessThanOrEqual(clientWidth);
}
