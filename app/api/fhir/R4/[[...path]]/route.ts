import { handleFhirRequest } from "@/lib/server/fhir/router";

// Every read is authenticated, authorized and audited per request: never cached or prerendered.
export const dynamic = "force-dynamic";

export const GET = handleFhirRequest;
export const HEAD = handleFhirRequest;
export const POST = handleFhirRequest;
export const PUT = handleFhirRequest;
export const PATCH = handleFhirRequest;
export const DELETE = handleFhirRequest;
