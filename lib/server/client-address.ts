import net from "node:net";

/**
 * Which address a request comes from, when proxies may stand in front (UCP_TRUSTED_PROXIES).
 * `X-Forwarded-For` is a list anyone can write to; only the entries appended by proxies we
 * trust are believed. Read from the right (nearest hop first): the socket peer, then each entry
 * a trusted hop appended, stopping at the first address that is not a trusted proxy.
 */
export type TrustedProxies = { kind: "none" } | { kind: "hops"; count: number } | { kind: "list"; entries: string[]; list: net.BlockList };

export class TrustedProxiesConfigError extends Error {}

/** A canonical address: IPv4-mapped IPv6 becomes IPv4, IPv6 compressed and lower-case; null if not an IP. */
export function normalizeAddress(raw: string | null | undefined): string | null {
  let value = raw?.trim() ?? "";
  const bracketed = value.match(/^\[([^\]]+)\](?::\d+)?$/);
  if (bracketed) value = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.indexOf(":")); // IPv4 with a port
  value = value.replace(/%.*$/, ""); // IPv6 zone (fe80::1%eth0)
  const family = net.isIP(value);
  if (family === 4) return value;
  if (family !== 6) return null;
  const canonical = new URL(`http://[${value}]/`).hostname.slice(1, -1);
  const mapped = canonical.match(/^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/);
  if (!mapped) return canonical;
  const [hi, lo] = [parseInt(mapped[1], 16), parseInt(mapped[2], 16)];
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
}

function addRule(list: net.BlockList, entry: string): void {
  const [addressPart, prefixPart, ...rest] = entry.split("/");
  const address = normalizeAddress(addressPart);
  const prefix = prefixPart === undefined ? undefined : Number(prefixPart);
  if (!address || rest.length || (prefixPart !== undefined && !/^\d{1,3}$/.test(prefixPart))) {
    throw new TrustedProxiesConfigError(`UCP_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range.`);
  }
  const family = net.isIP(address) === 4 ? "ipv4" : "ipv6";
  // An IPv4-mapped range (::ffff:10.0.0.0/104) was normalised to IPv4: its prefix shrinks by 96.
  const mappedShift = family === "ipv4" && addressPart.includes(":") ? 96 : 0;
  if (prefix === undefined) return list.addAddress(address, family);
  const bits = prefix - mappedShift;
  if (bits < 0 || bits > (family === "ipv4" ? 32 : 128)) {
    throw new TrustedProxiesConfigError(`UCP_TRUSTED_PROXIES: "${entry}" has an impossible prefix length.`);
  }
  list.addSubnet(address, bits, family);
}

/**
 * Unset or empty: no proxy is trusted (the socket address is the client). A whole number N: the
 * N nearest hops are proxies (use only when the app cannot be reached except through them).
 * Otherwise a comma- or space-separated list of proxy addresses and CIDR ranges.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = value?.trim() ?? "";
  if (!text) return { kind: "none" };
  if (/^\d+$/.test(text)) return Number(text) === 0 ? { kind: "none" } : { kind: "hops", count: Number(text) };
  const entries = text.split(/[\s,]+/).filter(Boolean);
  const list = new net.BlockList();
  for (const entry of entries) addRule(list, entry);
  return { kind: "list", entries, list };
}

function isTrusted(rule: TrustedProxies, address: string): boolean {
  if (rule.kind !== "list") return false;
  return rule.list.check(address, net.isIP(address) === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address: the socket peer unless it is a trusted proxy, in which case the entry
 * it appended to X-Forwarded-For, and so on leftwards. Entries left of the last trusted hop are
 * whatever the client chose to send, so they are never reached. Null only without a socket address.
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, rule: TrustedProxies): string | null {
  const peer = normalizeAddress(socketAddress);
  if (!peer || rule.kind === "none") return peer;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  // Nearest first: the peer, then the entry the peer appended, then the one before it...
  const chain = [
    peer,
    ...header
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .reverse(),
  ];
  const maxHops = rule.kind === "hops" ? rule.count : chain.length - 1;
  let client = peer;
  for (let hop = 0; hop < maxHops && hop + 1 < chain.length; hop++) {
    if (rule.kind === "list" && !isTrusted(rule, client)) break;
    const next = normalizeAddress(chain[hop + 1]);
    if (!next) break; // a trusted proxy would not append garbage: stop at the last real address
    client = next;
  }
  return client;
}
