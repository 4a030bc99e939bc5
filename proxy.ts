import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/server/content-security-policy";

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** A server action posted from another site: Next.js refuses it too, but with a 500. */
function crossSiteAction(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (!request.headers.has("next-action") || !origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  return URL.canParse(origin) ? new URL(origin).host !== host : true;
}

function refuse(status: number, text: string, csp: string): NextResponse {
  return new NextResponse(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Security-Policy": csp } });
}

/** The FHIR API answers in its own language, an OperationOutcome, even when refused here. */
function refuseFhir(csp: string): NextResponse {
  const outcome = {
    resourceType: "OperationOutcome",
    issue: [{ severity: "error", code: "invalid", diagnostics: "The request path is not valid percent-encoding" }],
  };
  return new NextResponse(JSON.stringify(outcome), {
    status: 400,
    headers: { "content-type": "application/fhir+json; charset=utf-8", "cache-control": "no-store", "Content-Security-Policy": csp },
  });
}

/**
 * Every request but Next's static files gets a fresh CSP nonce: on the request, where Next.js
 * finds it for its own scripts, and on the response. The other security headers, and the CSP of
 * the static files this matcher skips, come from next.config.js for every response.
 * Addresses Next.js cannot decode (a stray `%`) and cross-site server actions are refused here
 * with 400 and 403, where Next.js itself would answer 500.
 */
export function proxy(request: NextRequest): NextResponse {
  const csp = contentSecurityPolicy(newNonce());
  if (!decodable(request.nextUrl.pathname)) {
    return request.nextUrl.pathname.startsWith("/api/fhir/") ? refuseFhir(csp) : refuse(400, "The web address is not valid", csp);
  }
  if (crossSiteAction(request)) return refuse(403, "Forms can only be sent from this service", csp);
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = { matcher: ["/((?!_next/static/).*)"] };
