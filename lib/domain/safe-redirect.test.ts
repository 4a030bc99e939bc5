import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-redirect";

const ORIGIN = "https://ucp.example";

/** Where a browser would go: the Location resolved against this site. */
function resolved(path: string): URL {
  return new URL(path, `${ORIGIN}/signin`);
}

describe("safeCallbackPath", () => {
  it("keeps paths on this site", () => {
    for (const path of ["/", "/patients/search?by=name", "/patients/0b6c/plan#cpr", "/a/b%20c"]) expect(safeCallbackPath(path)).toBe(path);
  });

  it("refuses other origins and odd forms", () => {
    const hostile = [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r/evil.example",
      "/ /evil.example",
      "\t//evil.example",
      " /evil",
      "/%09/evil.example",
      "/%2F/evil.example",
      "/%5C/evil.example",
      "/%5c%5cevil.example",
      "/%0a/evil.example",
      "/%252F%252Fevil.example",
      "/x\\y",
      "///evil.example",
      "/.//evil.example",
      "javascript:alert(1)",
      "http:/evil.example",
      "",
      null,
      undefined,
    ];
    for (const raw of hostile) expect(safeCallbackPath(raw), JSON.stringify(raw)).toBe("/");
  });

  it("never lets anything resolve to another origin", () => {
    const pieces = fc.constantFrom(
      "/",
      "\\",
      "\t",
      "\n",
      "\r",
      " ",
      "%",
      "2F",
      "5C",
      "09",
      ".",
      ":",
      "@",
      "evil.example",
      "http",
      "a",
      "?",
      "#",
      "\u0000",
      "\u00a0",
      "\u2028",
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join("")),
        fc.string(),
        (built, random) => {
          for (const raw of [built, random, `/${built}`, `/${random}`]) {
            const out = safeCallbackPath(raw);
            expect(out.startsWith("/")).toBe(true);
            expect(resolved(out).origin).toBe(ORIGIN);
            // What passes is what the browser sees: no control characters, spaces or backslashes left to strip.
            expect(out).not.toMatch(/[\s\\\u0000-\u001f\u007f]/);
            expect(decodeURIComponent(out.replace(/%(?![0-9a-f]{2})/gi, "%25"))).not.toMatch(/^\/[/\\]/);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
