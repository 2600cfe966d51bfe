// HTTP-level checks against a real `next start`: JSON error contract, security headers, no secrets in bundles,
// and the "service unavailable" page when PostgreSQL cannot be reached.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { freePort } from "../../lib/db/embedded";
import { BUILD_SENTINELS, ROOT, startTestServer, type TestServer } from "../helpers/server";

// Browser and server steps can be slow on a loaded CI machine.
vi.setConfig({ testTimeout: 120_000 });

let app: TestServer;
let down: TestServer;

beforeAll(async () => {
  app = await startTestServer({ content: false });
  // Same build, but DATABASE_URL points at a port where nothing listens.
  const deadPort = await freePort();
  down = await startTestServer({
    content: false,
    env: { DATABASE_URL: `postgresql://kakunin:x@127.0.0.1:${deadPort}/kakunin` },
  });
}, 600_000);

afterAll(async () => {
  await Promise.all([app?.stop(), down?.stop()]);
});

const signup = (body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) =>
  fetch(`${app.url}/api/auth/signup`, { method: "POST", body, headers });

describe("JSON error contract", () => {
  it("400 JSON on malformed JSON", async () => {
    const res = await signup("{ not json");
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ error: "Malformed JSON in request body", code: "malformed_json" });
  });

  it("415 JSON on a non-JSON content type", async () => {
    const res = await signup("email=a@b.c", { "content-type": "application/x-www-form-urlencoded" });
    expect(res.status).toBe(415);
    expect((await res.json()).error).toMatch(/application\/json/);
  });

  it("413 JSON on an oversized body", async () => {
    const res = await signup(JSON.stringify({ email: "a@b.c", name: "x".repeat(40_000), password: "12345678" }));
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatch(/too large/);
  });

  it("400 JSON with field messages on invalid input", async () => {
    const res = await signup(JSON.stringify({ email: "not-an-email", name: "", password: "short" }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; fields: Record<string, string[]> };
    expect(body.error).toBe("Validation failed");
    expect(Object.keys(body.fields).sort()).toEqual(["email", "name", "password"]);
  });

  it("403 JSON on a cross-site POST", async () => {
    const res = await signup(JSON.stringify({ email: "x@example.com", name: "X", password: "12345678" }), {
      "content-type": "application/json",
      origin: "https://evil.example",
    });
    expect(res.status).toBe(403);
  });

  it("a sign-up with a registered email gets the same answer as a new one", async () => {
    const ok = await signup(JSON.stringify({ email: "dup@example.com", name: "D", password: "12345678" }));
    const again = await signup(JSON.stringify({ email: "DUP@example.com", name: "D", password: "abcdefgh" }));
    expect([ok.status, again.status]).toEqual([202, 202]);
    expect(await again.text()).toBe(await ok.text());
  });
});

describe("/api/me (withAuth)", () => {
  it("401 JSON when signed out", async () => {
    const res = await fetch(`${app.url}/api/me`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "Authentication required", code: "auth_required" });
    const patch = await fetch(`${app.url}/api/me`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ locale: "ja" }),
    });
    expect(patch.status).toBe(401);
  });

  it("reads and updates the signed-in user; validates the body", async () => {
    const user = await app.db.prisma.user.create({
      data: { email: "me@example.com", name: "Me", passwordHash: "x", role: "learner" },
    });
    const token = await encode({ token: { sub: user.id, role: "learner" }, secret: app.secret });
    const cookie = `next-auth.session-token=${token}`;
    const me = await fetch(`${app.url}/api/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual({
      user: { id: user.id, email: "me@example.com", name: "Me", role: "learner", locale: null },
    });
    const bad = await fetch(`${app.url}/api/me`, {
      method: "PATCH",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ locale: "fr" }),
    });
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).fields)).toEqual(["locale"]);
    const malformed = await fetch(`${app.url}/api/me`, {
      method: "PATCH",
      headers: { cookie, "content-type": "application/json" },
      body: "{",
    });
    expect(malformed.status).toBe(400);
    const ok = await fetch(`${app.url}/api/me`, {
      method: "PATCH",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ locale: "ja", name: "  Mei  " }),
    });
    expect(ok.status).toBe(200);
    expect((await ok.json()).user).toMatchObject({ name: "Mei", locale: "ja" });
  });
});

describe("bad input and the request's language (lib/http route wrapper)", () => {
  const signedIn = async (name: string) => {
    const user = await app.db.prisma.user.create({ data: { email: `${name}@example.com`, name, passwordHash: "x", role: "learner" } });
    const token = await encode({ token: { sub: user.id, role: "learner" }, secret: app.secret });
    return { user, cookie: `next-auth.session-token=${token}` };
  };
  const patchMe = (cookie: string, body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
    fetch(`${app.url}/api/me`, { method: "PATCH", headers: { cookie, ...headers }, body });

  it("errors are Japanese for a Japanese request (Accept-Language, or the locale cookie over it), with a stable code", async () => {
    const signedOut = await fetch(`${app.url}/api/me`, { headers: { "accept-language": "ja,en;q=0.5" } });
    expect(signedOut.status).toBe(401);
    expect(await signedOut.json()).toEqual({ error: "ログインが必要です", code: "auth_required" });
    const { cookie } = await signedIn("lang");
    const empty = await patchMe(`${cookie}; locale=ja`, "{}", { "content-type": "application/json", "accept-language": "en" });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toEqual({
      error: "入力内容に誤りがあります",
      code: "validation_failed",
      fields: { _: ["変更する項目がありません"] },
    });
    const english = await patchMe(`${cookie}; locale=en`, "{}", { "content-type": "application/json", "accept-language": "ja" });
    expect((await english.json()).fields).toEqual({ _: ["Nothing to update"] });
  });

  it("NUL or an unpaired surrogate in any text — value or key — is a 400 naming the field, and nothing is stored", async () => {
    const { user, cookie } = await signedIn("nul");
    for (const [body, field] of [
      [String.raw`{"name":"a\u0000b"}`, "name"],
      [String.raw`{"name":"\ud800x"}`, "name"],
      [String.raw`{"locale":"ja","n\u0000":1}`, String.raw`n\u0000`],
    ] as const) {
      const res = await patchMe(cookie, body);
      expect(res.status, body).toBe(400);
      const json = (await res.json()) as { code: string; fields: Record<string, string[]> };
      expect(json.code, body).toBe("unstorable_text");
      expect(Object.keys(json.fields), body).toEqual([field]);
    }
    expect((await app.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("nul");
    const draft = await fetch(`${app.url}/api/exercises/a%00b/draft`, { headers: { cookie } });
    expect(draft.status).toBeGreaterThanOrEqual(400);
    expect(draft.status).toBeLessThan(500);
  });

  it("state-changing calls need a JSON content type even without a body (415)", async () => {
    const { cookie } = await signedIn("ctype");
    const form = await patchMe(cookie, "locale=ja", { "content-type": "application/x-www-form-urlencoded" });
    expect(form.status).toBe(415);
    expect((await form.json()).code).toBe("json_required");
    const bare = await fetch(`${app.url}/api/review-sessions`, { method: "POST", headers: { cookie } });
    expect(bare.status).toBe(415);
    const typed = await fetch(`${app.url}/api/review-sessions`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
    });
    expect(typed.status).toBe(409); // nothing due: the route ran
  });

  it("an endless body is answered 413 while it is still being sent (reading stops at the limit)", async () => {
    const url = new URL(`${app.url}/api/auth/signup`);
    const { status, sent } = await new Promise<{ status: number; sent: number }>((resolve, reject) => {
      let sent = 0;
      let done = false;
      const r = http.request({
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        headers: { "content-type": "application/json" },
      });
      r.on("response", (res) => {
        done = true;
        res.resume();
        resolve({ status: res.statusCode ?? 0, sent });
        r.destroy();
      });
      r.on("error", (e) => (done ? undefined : reject(e)));
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (!done && sent < 50 * 1024 * 1024) {
          sent += chunk.length;
          if (!r.write(chunk)) return void r.once("drain", pump);
        }
        if (!done) r.end(); // the server read it all: the response comes after the end (and the check below fails)
      };
      pump();
    });
    expect(status).toBe(413);
    expect(sent).toBeLessThan(50 * 1024 * 1024);
  });
});

describe("stale sessions", () => {
  it("a session whose account was deleted is treated as signed out (no redirect loop)", async () => {
    const token = await encode({
      token: { sub: "00000000-0000-0000-0000-00000000dead", email: "gone@example.com", role: "admin" },
      secret: app.secret,
    });
    const cookie = `next-auth.session-token=${token}`;
    const learn = await fetch(`${app.url}/learn`, { headers: { cookie }, redirect: "manual" });
    expect(learn.status).toBeGreaterThanOrEqual(300);
    expect(learn.headers.get("location")).toMatch(/\/signin\?callbackUrl=%2Flearn$/);
    const signin = await fetch(`${app.url}/signin?callbackUrl=%2Flearn`, { headers: { cookie }, redirect: "manual" });
    expect(signin.status).toBe(200);
    const html = await signin.text();
    expect(html).not.toContain("gone@example.com");
    const admin = await fetch(`${app.url}/instructor`, { headers: { cookie }, redirect: "manual" });
    expect(admin.headers.get("location")).toMatch(/\/signin/);
  });
});

describe("security headers", () => {
  it("pages carry a nonce-based CSP without unsafe-eval, and the other hardening headers", async () => {
    const res = await fetch(`${app.url}/signin`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic' 'wasm-unsafe-eval';/);
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("permissions-policy")).toContain("camera=()");
    expect(res.headers.get("x-powered-by")).toBeNull();
    // A fresh nonce per request.
    const again = (await fetch(`${app.url}/signin`)).headers.get("content-security-policy");
    expect(again).not.toBe(csp);
  });

  it("a native (pre-hydration) sign-in form post keeps the password out of the URL and does not crash", async () => {
    const html = await (await fetch(`${app.url}/signin`)).text();
    expect(html).toMatch(/<form[^>]*method="post"/);
    const res = await fetch(`${app.url}/signin`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "email=a%40b.c&password=hunter22",
      redirect: "manual",
    });
    expect(res.status).toBeLessThan(500);
  });

  it("next-auth's endpoints answer a malformed or empty JSON body with 400 JSON, not a 500", async () => {
    for (const body of ["", "{nope"]) {
      const res = await fetch(`${app.url}/api/auth/session`, { method: "POST", headers: { "content-type": "application/json" }, body });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: "malformed_json" });
    }
  });

  it("API responses get the strictest CSP", async () => {
    const res = await fetch(`${app.url}/api/health`);
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it("no server secret or database URL appears in the client bundles", () => {
    const dir = path.join(ROOT, app.build.distDir, "static");
    const needles = [
      BUILD_SENTINELS.NEXTAUTH_SECRET,
      BUILD_SENTINELS.DATABASE_URL,
      "sentinel-pw-5d2a",
      app.secret,
      app.db.url,
      "NEXTAUTH_SECRET",
      "DATABASE_URL",
    ];
    const hits: string[] = [];
    let files = 0;
    const walk = (p: string) => {
      for (const e of fs.readdirSync(p, { withFileTypes: true })) {
        const f = path.join(p, e.name);
        if (e.isDirectory()) walk(f);
        else if (/\.(js|css|json|html|txt|map)$/.test(e.name)) {
          files++;
          const text = fs.readFileSync(f, "utf8");
          for (const n of needles) if (text.includes(n)) hits.push(`${path.relative(dir, f)}: ${n}`);
        }
      }
    };
    walk(dir);
    expect(files).toBeGreaterThan(5);
    expect(hits).toEqual([]);
  });
});

describe("database outage", () => {
  it("pages show 'service unavailable' instead of crashing", async () => {
    const token = await encode({
      token: { sub: "00000000-0000-0000-0000-000000000001", name: "N", email: "n@example.com", role: "learner" },
      secret: down.secret,
    });
    const res = await fetch(`${down.url}/learn`, { headers: { cookie: `next-auth.session-token=${token}` } });
    const html = await res.text();
    expect(html).toContain("Service temporarily unavailable");
    expect(html).not.toMatch(/ECONNREFUSED|at .*\.ts:\d+/);
    // Pages that need no database keep working.
    const signin = await fetch(`${down.url}/signin`);
    expect(signin.status).toBe(200);
    expect(await signin.text()).toContain("Sign in");
  });

  it("route handlers answer 503 JSON", async () => {
    const res = await fetch(`${down.url}/api/auth/signup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "x@example.com", name: "X", password: "12345678" }),
    });
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ error: "Service temporarily unavailable", code: "service_unavailable" });
  });

  it("sign-in fails with a generic message rather than an error page", async () => {
    // next-auth's credentials callback: CSRF token first, then the form post.
    const csrfRes = await fetch(`${down.url}/api/auth/csrf`);
    const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
    const cookie = csrfRes.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const res = await fetch(`${down.url}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-auth-return-redirect": "1" },
      body: new URLSearchParams({ csrfToken, email: "a@example.com", password: "whatever1", json: "true" }),
    });
    expect(res.status).toBeLessThan(500);
    const location = res.headers.get("location") ?? JSON.stringify(await res.json().catch(() => ({})));
    expect(location).toContain("error=ServiceUnavailable");
    expect(location).not.toMatch(/reach|ECONN|127\.0\.0\.1%3A|database server/i);
  });
});
