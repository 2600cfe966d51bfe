// lib/db/outage.ts (the cached database status proxy.ts asks for each page) and lib/db/outage-page.ts (the 503 page).
// The end-to-end check against a built server is in tests/web/api.test.ts ("database outage").
import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { freePort } from "../../lib/db/embedded";
import { databaseUp, pageNeedsDatabase, resetDatabaseStatus } from "../../lib/db/outage";
import { outagePage, outageResponse } from "../../lib/db/outage-page";
import { createEmptyDatabase } from "../helpers/db";

let live: { url: string; drop(): Promise<void> };
let dead: string;
const saved = process.env.DATABASE_URL;
beforeAll(async () => {
  live = await createEmptyDatabase("kk_outage");
  const u = new URL(live.url);
  u.port = String(await freePort());
  dead = u.toString();
});
afterAll(async () => {
  await live.drop();
});
afterEach(() => {
  if (saved === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = saved;
  resetDatabaseStatus();
  vi.restoreAllMocks();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("databaseUp", () => {
  it("answers from the last check: a down database is looked at again after 1 s, and logged once each way", async () => {
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    process.env.DATABASE_URL = dead;
    expect(await databaseUp()).toBe(false); // first request waits for the check
    process.env.DATABASE_URL = live.url; // the database comes back…
    expect(await databaseUp()).toBe(false); // …but within a second the last result stands
    expect(await databaseUp()).toBe(false);
    await sleep(1100);
    expect(await databaseUp()).toBe(true);
    const lines = err.mock.calls.map((c) => String(c[0]));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[health\] database unreachable \(.*ECONNREFUSED.*\); pages answer 503 until it is back$/);
    expect(lines[1]).toBe("[health] the database is reachable again; pages are served normally");
  });

  it("while up, requests never wait for a check; a failure is seen by the requests after the refresh", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      process.env.DATABASE_URL = live.url;
      expect(await databaseUp()).toBe(true);
      process.env.DATABASE_URL = dead;
      vi.setSystemTime(Date.now() + 4_000);
      expect(await databaseUp()).toBe(true); // within 5 s: no check at all
      vi.setSystemTime(Date.now() + 2_000);
      expect(await databaseUp()).toBe(true); // stale: answered at once, refreshed in the background
      for (let i = 0; i < 100; i++) {
        if (!(await databaseUp())) break;
        await sleep(20);
      }
      expect(await databaseUp()).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("pageNeedsDatabase", () => {
  it("is false for the pages that render without it, and for files", () => {
    for (const p of ["/", "/signin", "/signup", "/signin/", "/icon.svg", "/robots.txt"]) expect(pageNeedsDatabase(p), p).toBe(false);
    for (const p of ["/learn", "/courses/jdla-e", "/exercises/x", "/instructor", "/signin/x"]) expect(pageNeedsDatabase(p), p).toBe(true);
  });
});

describe("the outage page", () => {
  it("speaks the visitor's language: locale cookie first, then Accept-Language, else English", () => {
    expect(outagePage({ acceptLanguage: "ja-JP,ja;q=0.9" }).html).toContain("現在サービスをご利用いただけません");
    expect(outagePage({ cookie: "en", acceptLanguage: "ja" }).html).toContain("Service temporarily unavailable");
    const { html, locale } = outagePage({});
    expect(locale).toBe("en");
    expect(html).toContain('<html lang="en">');
    expect(html).not.toMatch(/<script/);
  });

  it("is a 503 with Retry-After, no caching, the page's CSP, and no body for HEAD", async () => {
    const req = new NextRequest("http://localhost/learn", { headers: { cookie: "locale=ja" } });
    const res = outageResponse(req, "default-src 'self'");
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("30");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("content-security-policy")).toBe("default-src 'self'");
    expect(await res.text()).toContain("データベースに接続できません");
    const head = outageResponse(new NextRequest("http://localhost/learn", { method: "HEAD" }), "x");
    expect(head.status).toBe(503);
    expect(await head.text()).toBe("");
  });
});
