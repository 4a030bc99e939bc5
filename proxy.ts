import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/server/content-security-policy";

/**
 * Every request but Next's static files gets a fresh CSP nonce: on the request, where Next.js
 * finds it for its own scripts, and on the response. The other security headers, and the CSP of
 * the static files this matcher skips, come from next.config.js for every response.
 */
export function proxy(request: NextRequest): NextResponse {
  const csp = contentSecurityPolicy(newNonce());
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = { matcher: ["/((?!_next/static/).*)"] };
