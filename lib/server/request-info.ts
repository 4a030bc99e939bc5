import { CLIENT_ADDRESS_HEADER, openClientAddress } from "./client-address-header";

/** Client IP and user agent from request headers, for the audit trail and throttling. */
type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function read(headers: HeaderSource, name: string): string | null {
  if (typeof (headers as { get?: unknown }).get === "function") return (headers as { get(n: string): string | null }).get(name);
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

export function requestInfo(headers: HeaderSource | undefined): { ip: string | null; userAgent: string | null } {
  if (!headers) return { ip: null, userAgent: null };
  // Only the address our own server sealed (from the socket and UCP_TRUSTED_PROXIES), never
  // X-Forwarded-For or any other header a client can write (lib/server/client-address-header.ts).
  return { ip: openClientAddress(read(headers, CLIENT_ADDRESS_HEADER)), userAgent: read(headers, "user-agent") };
}
