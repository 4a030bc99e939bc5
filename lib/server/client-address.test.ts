import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, createClientAddressKey, openClientAddress, sealClientAddress } from "./client-address-header";
import { normalizeAddress, parseTrustedProxies, resolveClientAddress, TrustedProxiesConfigError } from "./client-address";
import { requestInfo } from "./request-info";

const none = parseTrustedProxies(undefined);

describe("normalizeAddress", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    ["::ffff:127.0.0.1", "127.0.0.1"],
    ["::FFFF:7f00:1", "127.0.0.1"],
    ["2001:DB8:0:0:0:0:0:1", "2001:db8::1"],
    ["[2001:db8::1]:443", "2001:db8::1"],
    ["198.51.100.4:51234", "198.51.100.4"],
    ["fe80::1%eth0", "fe80::1"],
    [" 10.0.0.1 ", "10.0.0.1"],
  ])("%s -> %s", (raw, expected) => expect(normalizeAddress(raw)).toBe(expected));

  it.each(["", "unknown", "1.2.3", "999.1.1.1", "evil.example", "1.2.3.4, 5.6.7.8", "<script>"])("%j is not an address", (raw) => {
    expect(normalizeAddress(raw)).toBeNull();
  });
});

describe("parseTrustedProxies", () => {
  it("trusts nothing when unset, empty or 0", () => {
    for (const v of [undefined, "", "  ", "0"]) expect(parseTrustedProxies(v).kind).toBe("none");
  });

  it("reads a hop count", () => {
    expect(parseTrustedProxies("2")).toEqual({ kind: "hops", count: 2 });
  });

  it("refuses entries that are neither addresses nor ranges, naming them", () => {
    for (const bad of ["10.0.0.0/33", "10.0.0.0/8/1", "proxy.internal", "10.0.0.0/x", "::1/129", "1.2.3.4,nope"]) {
      expect(() => parseTrustedProxies(bad)).toThrow(TrustedProxiesConfigError);
    }
    expect(() => parseTrustedProxies("10.0.0.0/8, proxy.internal")).toThrow(/"proxy.internal"/);
  });
});

describe("resolveClientAddress", () => {
  it("without trusted proxies uses the socket address, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("::ffff:192.0.2.10", "203.0.113.1", none)).toBe("192.0.2.10");
    expect(resolveClientAddress("192.0.2.10", "203.0.113.1, 198.51.100.2", none)).toBe("192.0.2.10");
    expect(resolveClientAddress("192.0.2.10", undefined, none)).toBe("192.0.2.10");
    expect(resolveClientAddress(undefined, "203.0.113.1", none)).toBeNull();
  });

  describe("a CIDR list", () => {
    const rule = parseTrustedProxies("10.0.0.0/8, 2001:db8:a::/48 192.0.2.5");

    it("takes the entry a trusted proxy appended", () => {
      expect(resolveClientAddress("10.1.2.3", "198.51.100.7", rule)).toBe("198.51.100.7");
      expect(resolveClientAddress("192.0.2.5", "198.51.100.7", rule)).toBe("198.51.100.7");
    });

    it("walks through several trusted proxies and ignores spoofed entries left of them", () => {
      // client sent "6.6.6.6, 7.7.7.7"; the edge proxy appended the real client; the inner one the edge
      const xff = "6.6.6.6, 7.7.7.7, 198.51.100.7, 10.9.9.9";
      expect(resolveClientAddress("10.0.0.1", xff, rule)).toBe("198.51.100.7");
    });

    it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
      expect(resolveClientAddress("192.0.2.6", "10.0.0.1, 198.51.100.7", rule)).toBe("192.0.2.6");
      expect(resolveClientAddress("11.0.0.1", "198.51.100.7", rule)).toBe("11.0.0.1");
    });

    it("matches IPv4-mapped socket addresses against IPv4 ranges", () => {
      expect(resolveClientAddress("::ffff:10.20.30.40", "198.51.100.7", rule)).toBe("198.51.100.7");
      expect(resolveClientAddress("::ffff:11.20.30.40", "198.51.100.7", rule)).toBe("11.20.30.40");
    });

    it("matches IPv6 ranges, and returns IPv6 clients in canonical form", () => {
      expect(resolveClientAddress("2001:db8:a:1::5", "2001:DB8:FFFF::0:1", rule)).toBe("2001:db8:ffff::1");
      expect(resolveClientAddress("2001:db8:b::5", "198.51.100.7", rule)).toBe("2001:db8:b::5");
    });

    it("accepts IPv4-mapped ranges in the configuration", () => {
      const mapped = parseTrustedProxies("::ffff:10.0.0.0/104");
      expect(resolveClientAddress("10.3.3.3", "198.51.100.7", mapped)).toBe("198.51.100.7");
      expect(resolveClientAddress("11.3.3.3", "198.51.100.7", mapped)).toBe("11.3.3.3");
    });

    it("when every hop is trusted, takes the leftmost (the proxies' own traffic)", () => {
      expect(resolveClientAddress("10.0.0.1", "10.0.0.2", rule)).toBe("10.0.0.2");
      expect(resolveClientAddress("10.0.0.1", undefined, rule)).toBe("10.0.0.1");
    });

    it("stops at a malformed entry, keeping the last real address", () => {
      expect(resolveClientAddress("10.0.0.1", "198.51.100.7, not-an-ip", rule)).toBe("10.0.0.1");
      expect(resolveClientAddress("10.0.0.1", "[2001:db8::9]:1234", rule)).toBe("2001:db8::9");
    });

    it("reads repeated X-Forwarded-For headers as one list", () => {
      expect(resolveClientAddress("10.0.0.1", ["6.6.6.6", "198.51.100.7"], rule)).toBe("198.51.100.7");
    });
  });

  describe("a hop count", () => {
    it("takes the Nth entry from the right, ignoring entries further left", () => {
      const xff = "6.6.6.6, 198.51.100.7, 10.0.0.2";
      expect(resolveClientAddress("10.0.0.1", xff, parseTrustedProxies("1"))).toBe("10.0.0.2");
      expect(resolveClientAddress("10.0.0.1", xff, parseTrustedProxies("2"))).toBe("198.51.100.7");
    });

    it("with fewer entries than hops takes the leftmost one", () => {
      expect(resolveClientAddress("10.0.0.1", "198.51.100.7", parseTrustedProxies("3"))).toBe("198.51.100.7");
      expect(resolveClientAddress("10.0.0.1", undefined, parseTrustedProxies("3"))).toBe("10.0.0.1");
    });
  });
});

describe("the sealed client-address header and requestInfo", () => {
  it("gives no address for a header the client wrote, unsealed or forged", () => {
    // No key yet: as under a plain `next start`, which has no server of ours in front.
    expect(openClientAddress("203.0.113.9")).toBeNull();
    expect(requestInfo({ [CLIENT_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.9" }).ip).toBeNull();
    createClientAddressKey();
    expect(requestInfo({ [CLIENT_ADDRESS_HEADER]: "203.0.113.9" }).ip).toBeNull();
    expect(requestInfo({ [CLIENT_ADDRESS_HEADER]: "203.0.113.9;AAAA" }).ip).toBeNull();
    const sealed = sealClientAddress("192.0.2.10");
    expect(requestInfo({ [CLIENT_ADDRESS_HEADER]: sealed.replace("192.0.2.10", "192.0.2.11") }).ip).toBeNull();
  });

  it("gives the address the server sealed, and ignores X-Forwarded-For", () => {
    createClientAddressKey();
    const headers = new Headers({ [CLIENT_ADDRESS_HEADER]: sealClientAddress("2001:db8::1"), "x-forwarded-for": "203.0.113.9", "user-agent": "test" });
    expect(requestInfo(headers)).toEqual({ ip: "2001:db8::1", userAgent: "test" });
  });
});
