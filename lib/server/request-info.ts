/** Client IP and user agent from request headers, for the audit trail and throttling. */
type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function read(headers: HeaderSource, name: string): string | null {
  if (typeof (headers as { get?: unknown }).get === "function") return (headers as { get(n: string): string | null }).get(name);
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

export function requestInfo(headers: HeaderSource | undefined): { ip: string | null; userAgent: string | null } {
  if (!headers) return { ip: null, userAgent: null };
  // The last x-forwarded-for entry is the one added by the nearest proxy (Next's own
  // server when nothing is in front), so a client cannot choose it.
  const forwarded = read(headers, "x-forwarded-for")?.split(",").map((s) => s.trim()).filter(Boolean);
  const ip = forwarded?.at(-1) ?? read(headers, "x-real-ip");
  return { ip: ip ?? null, userAgent: read(headers, "user-agent") };
}
