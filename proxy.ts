import { NextResponse, type NextRequest } from "next/server";

/**
 * A FHIR path that is not valid percent-encoding (a stray `%`) makes Next.js fail while decoding
 * the route's params, before the route handler runs (500). Answer it here as the API would: 400
 * with an OperationOutcome.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    const outcome = { resourceType: "OperationOutcome", issue: [{ severity: "error", code: "invalid", diagnostics: "The request path is not valid percent-encoding" }] };
    return new NextResponse(JSON.stringify(outcome), { status: 400, headers: { "content-type": "application/fhir+json; charset=utf-8", "cache-control": "no-store" } });
  }
}

export const config = { matcher: "/api/fhir/:path*" };
