import { describe, expect, it } from "vitest";
import { nhsAsset, nhsAssetResponse, nhsCssHref, nhsImageHref } from "./nhs-assets";

// As app/assets/images/[file]/route.ts and app/assets/nhsuk-frontend.css/route.ts call it.
const get = (file: string, query = "") => nhsAssetResponse(new Request(`http://localhost/assets/images/x${query}`), `/assets/images/${file}`);
const css = (request: Request) => nhsAssetResponse(request, "/assets/nhsuk-frontend.css");

describe("nhsuk-frontend assets", () => {
  it("serves an icon at its versioned address with its content type, for a year", async () => {
    const href = nhsImageHref("favicon.svg");
    expect(href).toMatch(/^\/assets\/images\/favicon\.svg\?v=[0-9a-f]{12}$/);
    const response = await get("favicon.svg", href.slice(href.indexOf("?")));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await response.text()).toContain("<svg");
  });

  it("gives each kind of file its own content type", async () => {
    expect((await get("favicon.ico")).headers.get("content-type")).toBe("image/x-icon");
    expect((await get("nhsuk-icon-192.png")).headers.get("content-type")).toBe("image/png");
    const stylesheet = await css(new Request(`http://localhost${nhsCssHref()}`));
    expect(stylesheet.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(stylesheet.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("keeps an unversioned or stale address an hour only", async () => {
    expect((await get("favicon.svg")).headers.get("cache-control")).toBe("public, max-age=3600");
    expect((await get("favicon.svg", "?v=000000000000")).headers.get("cache-control")).toBe("public, max-age=3600");
  });

  it("answers 404, not 500, for unknown files and any path out of the folder", async () => {
    for (const file of [
      "nope.svg",
      "../manifest.json",
      "../../nhsuk-frontend.min.js",
      "..%2Fmanifest.json",
      "/etc/passwd",
      "images",
      "",
      ".",
      "..",
      "favicon.svg/",
      "favicon.svg\u0000",
    ]) {
      const response = await get(file);
      expect(response.status, file).toBe(404);
      expect(response.headers.get("cache-control"), file).toBe("no-store");
    }
  });

  it("does not serve nhsuk-frontend's JavaScript or its other files", () => {
    for (const address of ["/assets/nhsuk-frontend.js", "/assets/images/../../nhsuk-frontend.min.js", "/assets/manifest.json", "/assets/images/"]) {
      expect(nhsAsset(address), address).toBeNull();
    }
  });

  it("points the stylesheet's own icons at their versioned addresses", async () => {
    const text = await (await css(new Request("http://localhost/assets/nhsuk-frontend.css"))).text();
    expect(text).toContain(`url(${nhsImageHref("nhsuk-icon-cross.svg")})`);
    expect(text).not.toMatch(/url\(\/assets\/images\/[^)?]+\)/);
  });
});
