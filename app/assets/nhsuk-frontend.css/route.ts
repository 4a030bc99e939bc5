import { nhsCss } from "@/lib/server/nhs-css";

/** The NHS design system's CSS (lib/server/nhs-css.ts): immutable at its versioned address. */
export function GET(request: Request) {
  const { css, version } = nhsCss();
  const current = new URL(request.url).searchParams.get("v") === version;
  return new Response(css, {
    headers: {
      "Content-Type": "text/css; charset=utf-8",
      // Only the address with this file's hash may be kept for ever; any other is checked hourly.
      "Cache-Control": current ? "public, max-age=31536000, immutable" : "public, max-age=3600",
    },
  });
}
