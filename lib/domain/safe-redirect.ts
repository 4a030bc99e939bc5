/** Only paths on this site: never send people to another origin after signing in. */
export function safeCallbackPath(raw: string | null | undefined): string {
  return raw && raw.startsWith("/") && !raw.startsWith("//") && !raw.startsWith("/\\") ? raw : "/";
}
