import fs from "node:fs/promises";
import path from "node:path";

// The NHS design system's compiled CSS, served as it is published. It is not imported
// through the bundler because its IE-only `@media screen\0` hack fails Next's CSS parser.
const file = path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules/nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css");
let css: Promise<string> | undefined;

export async function GET() {
  css ??= fs.readFile(file, "utf8");
  return new Response(await css, {
    headers: { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
