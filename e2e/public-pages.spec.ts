import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

const footerPages = [
  {
    link: "Accessibility statement",
    path: "/accessibility",
    h1: "Accessibility statement for Universal Care Plan",
    mentions: "Reporting accessibility problems with this service",
  },
  { link: "Contact us", path: "/contact", h1: "Contact us", mentions: "call 999" },
  { link: "Cookies", path: "/cookies", h1: "Cookies", mentions: "next-auth.session-token" },
  { link: "Privacy notice", path: "/privacy", h1: "Privacy notice", mentions: "Who can see your plan" },
];

for (const p of footerPages) {
  test(`the footer's "${p.link}" page is reachable signed out, titled by its heading, with no accessibility violations`, async ({ page }) => {
    await page.goto("/signin");
    await page.getByRole("contentinfo").getByRole("link", { name: p.link }).click();
    await expect(page).toHaveURL(new RegExp(`${p.path}$`));
    await expect(page.getByRole("heading", { level: 1, name: p.h1 })).toBeVisible();
    await expect(page.getByText(p.mentions).first()).toBeVisible();
    await expect(page).toHaveTitle(`${p.h1} – Universal Care Plan – NHS`);
    await expectNoAxeViolations(page);
  });
}

test("page titles match the h1, with Error: in front while errors show", async ({ page }) => {
  await page.goto("/signin");
  await expect(page).toHaveTitle("Sign in to Universal Care Plan – Universal Care Plan – NHS");
  await page.goto("/signin?error=OAuthCallback");
  await expect(page.locator(".nhsuk-error-summary")).toBeVisible();
  await expect(page).toHaveTitle("Error: Sign in to Universal Care Plan – Universal Care Plan – NHS");
  await page.goto("/no-such-page");
  await expect(page).toHaveTitle("Page not found – Universal Care Plan – NHS");
});

test("signed out, the header has no navigation", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.getByRole("navigation", { name: "Menu" })).toHaveCount(0);
});

test("the web app manifest is served signed out: installable, standalone, NHS blue, nhsuk-frontend's icons", async ({ page, request }) => {
  await page.goto("/signin");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBe("/manifest.webmanifest");
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/manifest\+json/);
  const manifest = await response.json();
  expect(manifest).toMatchObject({ name: "Universal Care Plan", display: "standalone", start_url: "/", theme_color: "#005eb8" });
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    expect(icon.src).toMatch(/^\/assets\/images\/[a-z0-9-]+\.(png|svg)\?v=[0-9a-f]{12}$/);
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()["content-type"], icon.src).toBe(icon.type);
    expect(file.headers()["cache-control"], icon.src).toBe("public, max-age=31536000, immutable");
  }
  // No service worker: nothing about a patient is kept for offline use.
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  expect(response.headers()["content-security-policy"] ?? "").not.toContain("worker-src 'self'");
});

test("favicons are nhsuk-frontend's, at versioned addresses; the theme colour is NHS blue", async ({ page, request }) => {
  await page.goto("/signin");
  const icons = await page.locator('link[rel="icon"], link[rel="apple-touch-icon"]').evaluateAll((links) => links.map((l) => l.getAttribute("href")!));
  expect(icons.length).toBeGreaterThanOrEqual(3);
  for (const href of icons) {
    expect(href).toMatch(/^\/assets\/images\/(favicon\.ico|favicon\.svg|nhsuk-icon-180\.png)\?v=[0-9a-f]{12}$/);
    const file = await request.get(href);
    expect(file.status(), href).toBe(200);
    expect(file.headers()["cache-control"], href).toBe("public, max-age=31536000, immutable");
  }
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#005eb8");
});

test("assets: only nhsuk-frontend's files, never a 500, no way out of the folder, no JavaScript", async ({ request }) => {
  for (const path of [
    "/assets/images/nope.svg",
    "/assets/images/..%2Fmanifest.json",
    "/assets/images/..%2F..%2Fnhsuk-frontend.min.js",
    "/assets/images/%2e%2e%2fmanifest.json",
    "/assets/nhsuk-frontend.js",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
  // The stylesheet's own icons are at versioned addresses too.
  const css = await (await request.get("/assets/nhsuk-frontend.css")).text();
  const icon = /url\((\/assets\/images\/nhsuk-icon-cross\.svg\?v=[0-9a-f]{12})\)/.exec(css)?.[1];
  expect(icon).toBeTruthy();
  const svg = await request.get(icon!);
  expect(svg.headers()["content-type"]).toBe("image/svg+xml");
});

test("robots.txt disallows everything", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  expect(await response.text()).toMatch(/User-agent: \*\s+Disallow: \/\s*$/);
});
