import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET, dynamic } from "../../app/api/health/route";
import { freePort } from "../../lib/db/embedded";
import { createEmptyDatabase } from "../helpers/db";

let live: { url: string; drop(): Promise<void> };
const saved = process.env.DATABASE_URL;
beforeAll(async () => {
  live = await createEmptyDatabase("kk_health");
});
afterAll(async () => {
  await live.drop();
});
afterEach(() => {
  if (saved === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = saved;
  vi.restoreAllMocks();
});

describe("GET /api/health", () => {
  it("is dynamic", () => expect(dynamic).toBe("force-dynamic"));

  it("200 {ok:true, db:up} when PostgreSQL answers", async () => {
    process.env.DATABASE_URL = live.url;
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, db: "up" });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("503 {ok:false, db:down} quickly, without a stack trace, when nothing listens on the port", async () => {
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    const u = new URL(live.url);
    u.port = String(await freePort());
    process.env.DATABASE_URL = u.toString();
    const t0 = performance.now();
    const res = await GET();
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(res.status).toBe(503);
    const body = await res.text();
    expect(JSON.parse(body)).toEqual({ ok: false, db: "down" });
    expect(body).not.toMatch(/at |Error/);
    expect(err.mock.calls.flat().join(" ")).not.toMatch(/\n\s+at /);
  });

  it("503 when the server does not answer within the timeout (black hole)", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    // A TCP server that accepts and never speaks: the connect/query must time out, not hang.
    const net = await import("node:net");
    const sockets: import("node:net").Socket[] = [];
    const srv = net.createServer((s) => sockets.push(s));
    await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
    const u = new URL(live.url);
    u.port = String((srv.address() as import("node:net").AddressInfo).port);
    process.env.DATABASE_URL = u.toString();
    const t0 = performance.now();
    const res = await GET();
    const ms = performance.now() - t0;
    sockets.forEach((s) => s.destroy());
    srv.close();
    expect(res.status).toBe(503);
    expect(ms).toBeLessThan(4000);
  });

  it("503 when DATABASE_URL is not set", async () => {
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    delete process.env.DATABASE_URL;
    const res = await GET();
    expect(res.status).toBe(503);
    expect(err.mock.calls.flat().join(" ")).toContain("DATABASE_URL is not set");
  });
});
