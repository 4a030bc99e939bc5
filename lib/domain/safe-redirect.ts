// Printable ASCII a path, query or fragment may hold (RFC 3986), without backslash or space:
// browsers drop tabs and newlines and read "\" as "/", so "/\t/x" and "/\x" would become "//x".
const PATH_CHARS = /^\/[A-Za-z0-9\-._~!$&'()*+,;=:@/?#%]*$/;

function sameSiteForm(path: string): boolean {
  return PATH_CHARS.test(path) && !path.includes("//") && !path.startsWith("/.");
}

/** After percent-decoding: still no way to a "//" for anything that decodes it again. */
function sameSiteDecoded(path: string): boolean {
  return path.startsWith("/") && !/[\u0000-\u001f\u007f\\]/.test(path) && !path.includes("//") && !path.startsWith("/.");
}

/**
 * Only relative paths on this site: never send people to another origin after signing in.
 * Anything else (absolute or protocol-relative URLs, control characters, whitespace,
 * backslashes, "//" and their percent-encoded forms, however many times encoded) gives "/".
 */
export function safeCallbackPath(raw: string | null | undefined): string {
  if (!raw || raw.length > 2000 || !sameSiteForm(raw)) return "/";
  let decoded = raw;
  for (let i = 0; i < 5 && decoded.includes("%"); i++) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      return "/"; // a stray "%": not a path this site makes
    }
    if (!sameSiteDecoded(decoded)) return "/";
  }
  return decoded.includes("%") ? "/" : raw;
}
