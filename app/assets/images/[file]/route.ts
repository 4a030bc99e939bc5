import { nhsAssetResponse } from "@/lib/server/nhs-assets";

/** nhsuk-frontend's icons, favicons and app icons (lib/server/nhs-assets.ts): only files in its folder. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  return nhsAssetResponse(request, `/assets/images/${file}`);
}
