// lib/auth/client-address.ts + peer-stamp.ts: proxy headers count only as far as TRUST_PROXY says; by default the
// socket's address, stamped on each request by a real node:http server, is the client.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addressBucket, clientIp, normalizeIp, peerAddress, requestHost, trustedProxies } from "../../lib/auth/client-address";
import { PEER_HEADER, installPeerAddressStamp, peerStampToken } from "../../lib/auth/peer-stamp";

describe("trustedProxies", () => {
  it("reads TRUST_PROXY as a number of proxies; anything else trusts none", () => {
    expect(trustedProxies(undefined)).toBe(0);
    expect(trustedProxies("")).toBe(0);
    expect(trustedProxies("0")).toBe(0);
    expect(trustedProxies("1")).toBe(1);
    expect(trustedProxies(" 2 ")).toBe(2);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(trustedProxies("true")).toBe(0);
    expect(trustedProxies("-1")).toBe(0);
    expect(log).toHaveBeenCalledTimes(1);
    log.mockRestore();
  });
});

describe("normalizeIp", () => {
  it("keeps bare addresses only", () => {
    expect(normalizeIp("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeIp("[2001:DB8::1]")).toBe("2001:db8::1");
    expect(normalizeIp(" 192.0.2.1 ")).toBe("192.0.2.1");
    expect(normalizeIp("192.0.2.1:8080")).toBeNull();
    expect(normalizeIp("unknown")).toBeNull();
    expect(normalizeIp("1.2.3.4, 5.6.7.8")).toBeNull();
  });
});

describe("addressBucket", () => {
  it("counts IPv4 addresses singly and IPv6 addresses by their /64", () => {
    expect(addressBucket("192.0.2.1")).toBe("192.0.2.1");
    expect(addressBucket("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:0DB8:0001:0002:0:0:0:9")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
    expect(addressBucket("64:ff9b::192.0.2.1")).toBe("64:ff9b:0:0::/64");
    expect(addressBucket("fe80::1:2:3:4")).toBe("fe80:0:0:0::/64");
  });
});

describe("behind trusted proxies (TRUST_PROXY = n)", () => {
  const xff = (v: string, extra: Record<string, string> = {}) => new Headers({ "x-forwarded-for": v, ...extra });
  it("takes the n-th X-Forwarded-For entry from the right; what the client wrote on the left is ignored", () => {
    expect(clientIp(xff("6.6.6.6, 203.0.113.5"), 1)).toBe("203.0.113.5");
    expect(clientIp(xff("6.6.6.6, 203.0.113.5, 10.0.0.2"), 2)).toBe("203.0.113.5");
    expect(clientIp({ "x-forwarded-for": ["6.6.6.6", "::ffff:203.0.113.5"] }, 1)).toBe("203.0.113.5");
    expect(clientIp(xff("203.0.113.5"), 3)).toBe("203.0.113.5"); // shorter chain: the left-most
    expect(clientIp(xff("garbage"), 1)).toBeNull();
  });
  it("takes X-Forwarded-Host the same way, else Host", () => {
    const h = new Headers({ host: "internal:3000", "x-forwarded-host": "kakunin.example" });
    expect(requestHost(h, 1)).toBe("kakunin.example");
    expect(requestHost(h, 0)).toBe("internal:3000");
    expect(requestHost(new Headers({ host: "internal:3000" }), 1)).toBe("internal:3000");
  });
});

describe("without trusted proxies (default)", () => {
  it("ignores X-Forwarded-For and X-Real-IP entirely, and an unstamped or forged peer header", () => {
    expect(peerStampToken()).toBeNull();
    const h = new Headers({ "x-forwarded-for": "203.0.113.5", "x-real-ip": "203.0.113.6", [PEER_HEADER]: "x 203.0.113.7" });
    expect(clientIp(h, 0)).toBeNull();
  });
});

describe("peer-address stamp on a real HTTP server", () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    installPeerAddressStamp();
    installPeerAddressStamp(); // idempotent: one stamp, one token
    server = http.createServer((req, res) => {
      const headers = req.headers as Record<string, string | string[] | undefined>;
      res.setHeader("content-type", "application/json");
      res.end(
        JSON.stringify({ peer: peerAddress(headers), ip0: clientIp(headers, 0), ip1: clientIp(headers, 1), raw: req.headers[PEER_HEADER] }),
      );
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("uses the socket address whatever the client claims", async () => {
    const res = await fetch(url, {
      headers: { "x-forwarded-for": "203.0.113.5", [PEER_HEADER]: "forged 203.0.113.7", "x-real-ip": "203.0.113.6" },
    });
    const body = (await res.json()) as Record<string, string>;
    expect(body.peer).toBe("127.0.0.1");
    expect(body.ip0).toBe("127.0.0.1");
    expect(body.ip1).toBe("203.0.113.5"); // only when TRUST_PROXY says a proxy wrote it
    expect(body.raw).toBe(`${peerStampToken()} 127.0.0.1`);
    expect(body.raw).not.toContain("forged");
  });
});
