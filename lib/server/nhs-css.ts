import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The NHS design system's compiled CSS, served as it is published by app/assets/nhsuk-frontend.css
 * (it is not bundled: its IE-only `@media screen\0` hack fails Next's CSS parser). Its address
 * carries a hash of the file, so browsers keep it for a year and fetch it again only when an
 * upgrade of nhsuk-frontend changes it: a page load on a crew's tablet costs one request, not two.
 */
const file = path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules/nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css");

let loaded: { css: string; version: string } | undefined;

export function nhsCss(): { css: string; version: string } {
  if (!loaded) {
    const css = fs.readFileSync(file, "utf8");
    loaded = { css, version: createHash("sha256").update(css).digest("hex").slice(0, 12) };
  }
  return loaded;
}

/** The stylesheet's address for pages: `/assets/nhsuk-frontend.css?v=<hash>`. */
export function nhsCssHref(): string {
  return `/assets/nhsuk-frontend.css?v=${nhsCss().version}`;
}
