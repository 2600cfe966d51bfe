// A database outage seen through a real `next start` (the test build of tests/helpers/next-build.ts): pages that need the
// database answer a real 503 with the "service unavailable" page, /api/health answers 503, pages that need none keep
// answering 200 — and when the database comes back, so do the pages. The outage is made with a TCP relay between the
// server and PostgreSQL that the test closes and opens again.
import net from "node:net";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { startTestServer, type TestServer } from "../helpers/server";

vi.setConfig({ testTimeout: 120_000 });

/** Forwards 127.0.0.1:<port> to `target` while open; close() drops the listener and every connection. */
async function relay(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;
  const open = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("error", () => {});
          s.on("close", () => sockets.delete(s));
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  const close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server!.close(() => resolve());
    });
  await open();
  return { port, open, close };
}

let db: TestDatabase;
let link: Awaited<ReturnType<typeof relay>>;
let app: TestServer;
let cookie: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const u = new URL(db.url);
  link = await relay({ host: u.hostname, port: Number(u.port) });
  u.port = String(link.port);
  app = await startTestServer({ content: false, env: { DATABASE_URL: u.toString() } });
  const user = await db.prisma.user.create({ data: { email: "o@example.com", name: "O", passwordHash: "x", role: "learner" } });
  cookie = `next-auth.session-token=${await encode({ token: { sub: user.id, role: "learner", email: "o@example.com" }, secret: app.secret })}`;
}, 600_000);

afterAll(async () => {
  await app?.stop();
  await link?.close().catch(() => {});
  await db?.drop();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}${path}`, { headers: { cookie, ...headers }, redirect: "manual" });

async function until(what: string, fn: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const t0 = Date.now();
  while (!(await fn())) {
    if (Date.now() - t0 > ms) throw new Error(`${what}: not within ${ms} ms\n${app.logs().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("database outage through a real server", () => {
  it("200 while the database answers; 503 pages and health while it is down; 200 again once it is back", async () => {
    expect((await get("/learn")).status).toBe(200);
    expect((await get("/api/health")).status).toBe(200);

    await link.close();
    await until("/learn answers 503", async () => (await get("/learn")).status === 503);
    const res = await get("/learn");
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("30");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-/);
    const html = await res.text();
    expect(html).toContain("Service temporarily unavailable");
    expect(html).not.toMatch(/ECONNREFUSED|at .*\.ts:\d+|127\.0\.0\.1:\d+/);
    const ja = await get("/courses/jdla-e", { "accept-language": "ja" });
    expect(ja.status).toBe(503);
    expect(await ja.text()).toContain("データベースに接続できません");
    const health = await get("/api/health");
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ ok: false, db: "down" });
    // pages that need no database keep working
    const signin = await fetch(`${app.url}/signin`);
    expect(signin.status).toBe(200);
    expect(await signin.text()).toContain("Sign in");
    expect((await fetch(`${app.url}/`)).status).toBe(200);
    expect(app.logs()).toMatch(/\[health\] database unreachable \(.*\); pages answer 503 until it is back/);

    await link.open();
    await until("/learn answers 200 again", async () => (await get("/learn")).status === 200, 5_000);
    expect((await get("/api/health")).status).toBe(200);
    expect(app.logs()).toContain("[health] the database is reachable again; pages are served normally");
  });
});
