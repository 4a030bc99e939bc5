import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * The app's own server (scripts/server.ts) computes the client address from the socket and
 * the trusted-proxy rule, and hands it to the app in this header, sealed with a key that
 * exists only in that process's memory. A copy sent by a client is deleted by the server and
 * could not be sealed anyway, so even under a plain `next start` (no key) no header sent by a
 * client ever becomes the address: it is then unknown (null).
 */
export const CLIENT_ADDRESS_HEADER = "x-ucp-client-address";

const KEY = Symbol.for("ucp.clientAddressKey");
const store = globalThis as unknown as { [KEY]?: Buffer };

/** Called once by the server process before the app handles requests. */
export function createClientAddressKey(): void {
  store[KEY] ??= randomBytes(32);
}

function mac(key: Buffer, address: string): Buffer {
  return createHmac("sha256", key).update(address).digest();
}

export function sealClientAddress(address: string): string {
  const key = store[KEY];
  if (!key) throw new Error("createClientAddressKey() was not called");
  return `${address};${mac(key, address).toString("base64url")}`;
}

/** The address from a sealed header value, or null if it is missing, forged or unsealed. */
export function openClientAddress(value: string | null | undefined): string | null {
  const key = store[KEY];
  if (!key || !value) return null;
  const cut = value.lastIndexOf(";");
  if (cut <= 0) return null;
  const address = value.slice(0, cut);
  const given = Buffer.from(value.slice(cut + 1), "base64url");
  const expected = mac(key, address);
  return given.length === expected.length && timingSafeEqual(given, expected) ? address : null;
}
