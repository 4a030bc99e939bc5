import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * nhsuk-frontend's published files (its CSS, and the icons, favicons and app icons in its
 * dist/nhsuk/assets/images), served from node_modules as they are, never copied into the repo.
 * Each address carries a hash of its file, so browsers keep it for a year and fetch it again only
 * when an upgrade of nhsuk-frontend changes it. The CSS is not bundled: its IE-only
 * `@media screen\0` hack fails Next's CSS parser. Its own url(/assets/images/...) references are
 * given their hashes too, so the icons it draws are kept as long as the stylesheet.
 * JavaScript is not served here: it is bundled with the pages' own scripts.
 */
const dist = path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules/nhsuk-frontend/dist/nhsuk");
const imagesDir = path.join(dist, "assets/images");
const cssAddress = "/assets/nhsuk-frontend.css";
const imagePrefix = "/assets/images/";

const contentTypes: Record<string, string> = {
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

interface NhsAsset {
  body: Buffer;
  contentType: string;
  version: string;
}

const hashOf = (body: Buffer | string) => createHash("sha256").update(body).digest("hex").slice(0, 12);
const loaded = new Map<string, NhsAsset | null>();
let imageNames: Set<string> | undefined;

/** The image files nhsuk-frontend publishes, by name: the only names an address may ask for. */
function images(): Set<string> {
  imageNames ??= new Set(fs.readdirSync(imagesDir).filter((name) => [".svg", ".png", ".ico"].includes(path.extname(name))));
  return imageNames;
}

function load(address: string): NhsAsset | null {
  if (address === cssAddress) {
    const css = fs.readFileSync(path.join(dist, "nhsuk-frontend.min.css"), "utf8");
    const versioned = css.replace(/url\((\/assets\/images\/[A-Za-z0-9._-]+)\)/g, (whole, href: string) => {
      const asset = nhsAsset(href);
      return asset ? `url(${href}?v=${asset.version})` : whole;
    });
    const body = Buffer.from(versioned);
    return { body, contentType: contentTypes[".css"], version: hashOf(body) };
  }
  if (!address.startsWith(imagePrefix)) return null;
  const name = address.slice(imagePrefix.length);
  // Only a name listed in the folder: no "..", no sub-folders, nothing outside it.
  if (!images().has(name)) return null;
  const body = fs.readFileSync(path.join(imagesDir, name));
  return { body, contentType: contentTypes[path.extname(name)], version: hashOf(body) };
}

/** The file served at this address (`/assets/nhsuk-frontend.css`, `/assets/images/<name>`), or null. */
export function nhsAsset(address: string): NhsAsset | null {
  if (!loaded.has(address)) {
    let asset: NhsAsset | null = null;
    try {
      asset = load(address);
    } catch {
      asset = null; // unreadable: answered as not found, never a 500
    }
    loaded.set(address, asset);
  }
  return loaded.get(address)!;
}

/** An asset's address for pages, with its hash: `/assets/images/favicon.svg?v=<hash>`. Throws for a file that is not there. */
function nhsAssetHref(address: string): string {
  const asset = nhsAsset(address);
  if (!asset) throw new Error(`nhsuk-frontend has no ${address}`);
  return `${address}?v=${asset.version}`;
}

export const nhsCssHref = () => nhsAssetHref(cssAddress);
export const nhsImageHref = (name: string) => nhsAssetHref(`${imagePrefix}${name}`);

/** The response for an asset address: immutable at its hash, an hour at any other version, 404 when there is no such file. */
export function nhsAssetResponse(request: Request, address: string): Response {
  const asset = nhsAsset(address);
  if (!asset) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  const current = new URL(request.url).searchParams.get("v") === asset.version;
  return new Response(new Uint8Array(asset.body), {
    headers: {
      "Content-Type": asset.contentType,
      // Only the address with this file's hash may be kept for ever; any other is checked hourly.
      "Cache-Control": current ? "public, max-age=31536000, immutable" : "public, max-age=3600",
    },
  });
}
