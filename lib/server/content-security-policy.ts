/**
 * The pages' Content-Security-Policy, made per request around a fresh nonce (proxy.ts). Next.js
 * reads the nonce back from the request's CSP header and puts it on every script it writes, so
 * no inline script runs without it and 'strict-dynamic' lets only those scripts load others.
 * Styles come from our own files only; the NHS font files come from the NHS's asset server.
 * Icons, favicons and the web app manifest are this service's own addresses (lib/server/nhs-assets.ts, app/manifest.ts).
 * No service worker may be registered: patient pages are never kept for offline use.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self' https://assets.nhs.uk",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: unguessable, and new for every response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** This request's nonce, read back from the CSP header proxy.ts put on it (null when there is none). */
export function nonceOf(csp: string | null): string | null {
  return csp?.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1] ?? null;
}
