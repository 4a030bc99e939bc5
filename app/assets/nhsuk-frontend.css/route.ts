import { nhsAssetResponse } from "@/lib/server/nhs-assets";

/** The NHS design system's CSS (lib/server/nhs-assets.ts): immutable at its versioned address. */
export function GET(request: Request) {
  return nhsAssetResponse(request, "/assets/nhsuk-frontend.css");
}
