// The LTI admin API (app/api/admin/lti/*) and page (/admin/lti), called in-process against a real database with the
// session stubbed: admins only (401 signed out, 403 learner), registering (201, then 200 with deployments added and
// the name kept), field errors, removal (400 malformed id, 404 unknown, 204), key rotation, the audit rows — and the
// page showing Kakunin's URLs with the Moodle and Canvas field names, the platforms and the keys.
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../lib/auth/session";
import messages from "../../messages/en.json";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { FORBIDDEN, pageOutcome } from "../helpers/page-outcome";

let session: SessionUser | null = null;
vi.mock("../../lib/auth/session", () => ({ getSessionUser: async () => session }));
vi.mock("next-intl/server", () => import("../helpers/next-intl-server"));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "kakunin.internal:3000" }) }));
vi.mock("next/navigation", async (orig) => ({ ...(await orig<typeof import("next/navigation")>()), useRouter: () => ({ refresh() {} }) }));

const platformsRoute = await import("../../app/api/admin/lti/platforms/route");
const platformRoute = await import("../../app/api/admin/lti/platforms/[id]/route");
const keysRoute = await import("../../app/api/admin/lti/keys/route");

let db: TestDatabase;
let admin: SessionUser;
let learner: SessionUser;
const saved = { DATABASE_URL: process.env.DATABASE_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL };

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url; // the route handlers' client (db() in lib/db/client)
  process.env.NEXTAUTH_URL = "https://kakunin.example.edu";
  const mk = async (email: string, role: "admin" | "learner"): Promise<SessionUser> => {
    const u = await db.prisma.user.create({ data: { email, name: email.split("@")[0]!, passwordHash: "x", role } });
    return { id: u.id, email: u.email, name: u.name, role, locale: null, sessionVersion: 0 };
  };
  admin = await mk("root@example.com", "admin");
  learner = await mk("ava@example.com", "learner");
});
afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await db?.drop();
});

const MOODLE = {
  name: "University Moodle",
  issuer: "https://moodle.example.edu",
  clientId: "aBcD1234",
  deploymentIds: ["1"],
  authLoginUrl: "https://moodle.example.edu/mod/lti/auth.php",
  accessTokenUrl: "https://moodle.example.edu/mod/lti/token.php",
  jwksUrl: "https://moodle.example.edu/mod/lti/certs.php",
};

type Handler<C> = (request: Request, context: C) => Promise<Response> | Response;

async function call<C>(handler: Handler<C>, method: string, path: string, body?: unknown, context?: C) {
  const request = new Request(`http://kakunin.internal:3000${path}`, {
    method,
    headers: method === "GET" ? {} : { "content-type": "application/json" },
    body: method === "GET" ? undefined : JSON.stringify(body ?? {}),
  });
  const response = await handler(request, (context ?? {}) as C);
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

const idParams = (id: string) => ({ params: Promise.resolve({ id }) });

describe("access", () => {
  it("signed out: 401; a learner: 403 — on every LTI admin route", async () => {
    for (const who of [null, learner]) {
      session = who;
      const status = who ? 403 : 401;
      expect((await call(platformsRoute.GET, "GET", "/api/admin/lti/platforms")).status).toBe(status);
      expect((await call(platformsRoute.POST, "POST", "/api/admin/lti/platforms", MOODLE)).status).toBe(status);
      const id = "5b0f3c1e-9a51-4c2e-8d7a-3f6e2b9c4d10";
      expect((await call(platformRoute.DELETE, "DELETE", `/api/admin/lti/platforms/${id}`, {}, idParams(id))).status).toBe(status);
      expect((await call(keysRoute.GET, "GET", "/api/admin/lti/keys")).status).toBe(status);
      expect((await call(keysRoute.POST, "POST", "/api/admin/lti/keys")).status).toBe(status);
    }
    expect(await db.prisma.ltiPlatform.count()).toBe(0);
    expect(await db.prisma.ltiKey.count()).toBe(0);
  });
});

describe("platforms", () => {
  let id: string;

  it("GET lists nothing yet, with Kakunin's URLs on NEXTAUTH_URL's origin", async () => {
    session = admin;
    const r = await call(platformsRoute.GET, "GET", "/api/admin/lti/platforms");
    expect(r).toEqual({
      status: 200,
      body: {
        platforms: [],
        tool: {
          login: "https://kakunin.example.edu/lti/login",
          launch: "https://kakunin.example.edu/lti/launch",
          jwks: "https://kakunin.example.edu/lti/jwks",
          deepLink: "https://kakunin.example.edu/lti/launch",
        },
      },
    });
  });

  it("POST registers (201), then updates (200): deployments added, an empty name keeps the registered one; audited", async () => {
    session = admin;
    const first = await call(platformsRoute.POST, "POST", "/api/admin/lti/platforms", MOODLE);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ created: true });
    id = first.body!.id as string;

    const again = await call(platformsRoute.POST, "POST", "/api/admin/lti/platforms", { ...MOODLE, name: "", deploymentIds: ["1", "2"] });
    expect(again).toEqual({ status: 200, body: { id, created: false } });

    const list = await call(platformsRoute.GET, "GET", "/api/admin/lti/platforms");
    expect(list.body!.platforms).toMatchObject([{ id, name: "University Moodle", issuer: MOODLE.issuer, deploymentIds: ["1", "2"] }]);

    const audit = await db.prisma.auditLog.findMany({ where: { targetType: "lti_platform", targetId: id }, orderBy: { createdAt: "asc" } });
    expect(audit).toMatchObject([
      { actorId: admin.id, action: "lti.platform.register", details: { created: true, issuer: MOODLE.issuer, deploymentIds: ["1"] } },
      { actorId: admin.id, action: "lti.platform.register", details: { created: false, deploymentIds: ["1", "2"] } },
    ]);
  });

  it("POST with bad values: 400 with the fields named; nothing written", async () => {
    session = admin;
    const r = await call(platformsRoute.POST, "POST", "/api/admin/lti/platforms", {
      ...MOODLE,
      clientId: "other",
      authLoginUrl: "moodle.example.edu/auth",
      deploymentIds: [],
      issuer: "",
    });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ error: "Validation failed", code: "validation_failed" });
    const fields = r.body!.fields as Record<string, string[]>;
    expect(Object.keys(fields).sort()).toEqual(["authLoginUrl", "deploymentIds", "issuer"]);
    expect(fields.authLoginUrl).toEqual(["must be an http(s) URL"]);
    const unknown = await call(platformsRoute.POST, "POST", "/api/admin/lti/platforms", { ...MOODLE, clientSecret: "x" });
    expect(unknown.status).toBe(400);
    expect(await db.prisma.ltiPlatform.count()).toBe(1);
  });

  it("DELETE: 400 for a malformed id, 404 for an unknown one, 204 and audited for the platform", async () => {
    session = admin;
    const bad = await call(platformRoute.DELETE, "DELETE", "/api/admin/lti/platforms/not-a-uuid", {}, idParams("not-a-uuid"));
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: "validation_failed", fields: { id: expect.any(Array) } });
    const unknown = "5b0f3c1e-9a51-4c2e-8d7a-3f6e2b9c4d10";
    expect(await call(platformRoute.DELETE, "DELETE", `/api/admin/lti/platforms/${unknown}`, {}, idParams(unknown))).toMatchObject({
      status: 404,
      body: { code: "not_found" },
    });

    const gone = await call(platformRoute.DELETE, "DELETE", `/api/admin/lti/platforms/${id}`, {}, idParams(id));
    expect(gone).toEqual({ status: 204, body: null });
    expect(await db.prisma.ltiPlatform.count()).toBe(0);
    expect(await db.prisma.ltiDeployment.count()).toBe(0);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "lti.platform.remove", targetId: id } });
    expect(audit).toMatchObject({
      actorId: admin.id,
      targetType: "lti_platform",
      details: { issuer: MOODLE.issuer, clientId: MOODLE.clientId },
    });
    expect((await call(platformRoute.DELETE, "DELETE", `/api/admin/lti/platforms/${id}`, {}, idParams(id))).status).toBe(404);
  });
});

describe("keys", () => {
  it("POST rotates: 201 {kid}, the previous signer retired and published for an hour; GET lists them; audited", async () => {
    session = admin;
    expect(await call(keysRoute.GET, "GET", "/api/admin/lti/keys")).toEqual({ status: 200, body: { keys: [] } });
    const first = await call(keysRoute.POST, "POST", "/api/admin/lti/keys");
    expect(first.status).toBe(201);
    const second = await call(keysRoute.POST, "POST", "/api/admin/lti/keys");
    expect(second.status).toBe(201);
    const [kid1, kid2] = [first.body!.kid as string, second.body!.kid as string];
    expect(kid2).not.toBe(kid1);

    const keys = (await call(keysRoute.GET, "GET", "/api/admin/lti/keys")).body!.keys as Array<Record<string, string | null>>;
    expect(keys.map((k) => k.kid)).toEqual([kid2, kid1]);
    expect(keys[0]).toMatchObject({ retiredAt: null, publishedUntil: null });
    const retired = keys[1]!;
    expect(new Date(retired.publishedUntil!).getTime() - new Date(retired.retiredAt!).getTime()).toBe(60 * 60_000);
    for (const k of keys) expect(Object.keys(k).sort()).toEqual(["createdAt", "kid", "publishedUntil", "retiredAt"]);

    const audit = await db.prisma.auditLog.findMany({ where: { action: "lti.key.rotate" }, orderBy: { createdAt: "asc" } });
    expect(audit).toMatchObject([
      { actorId: admin.id, targetType: "lti_key", targetId: kid1, details: { retired: [] } },
      { actorId: admin.id, targetType: "lti_key", targetId: kid2, details: { retired: [kid1] } },
    ]);
  });
});

describe("/admin/lti", () => {
  const render = (node: ReactNode) =>
    renderToStaticMarkup(createElement(NextIntlClientProvider, { locale: "en", messages, timeZone: "UTC", children: node }));

  it("shows Kakunin's URLs with the Moodle and Canvas field names, the platforms, the form and the keys", async () => {
    session = admin;
    await call(platformsRoute.POST, "POST", "/api/admin/lti/platforms", { ...MOODLE, deploymentIds: ["1", "7"] });
    const page = (await import("../../app/admin/lti/page")).default;
    const html = render(await page());
    for (const url of [
      "https://kakunin.example.edu/lti/login",
      "https://kakunin.example.edu/lti/launch",
      "https://kakunin.example.edu/lti/jwks",
    ]) {
      expect(html).toContain(`value="${url}"`);
    }
    for (const field of [
      "Initiate login URL",
      "Redirection URI(s)",
      "Content Selection URL",
      "OpenID Connect Initiation Url",
      "Public JWK URL",
    ]) {
      expect(html).toContain(field);
    }
    expect(html).not.toContain('data-testid="lti-origin-note"'); // NEXTAUTH_URL is set
    expect(html).toContain(`data-platform="${MOODLE.issuer}"`);
    expect(html).toContain("University Moodle");
    expect(html).toContain(MOODLE.jwksUrl);
    expect(html).toMatch(/<code[^>]*>7<\/code>/);
    expect(html).toContain('data-testid="lti-register"');
    const keys = await db.prisma.ltiKey.findMany({ select: { kid: true } });
    for (const k of keys) expect(html).toContain(`data-kid="${k.kid}"`);
    expect(html).toContain("Signing");
    expect(html).toContain("Rotate key");
  });

  it("without NEXTAUTH_URL: the URLs use the request's host, with a note", async () => {
    session = admin;
    delete process.env.NEXTAUTH_URL;
    try {
      const page = (await import("../../app/admin/lti/page")).default;
      const html = render(await page());
      expect(html).toContain('value="http://kakunin.internal:3000/lti/login"');
      expect(html).toContain('data-testid="lti-origin-note"');
      expect(html).toContain("https:// tool URLs");
    } finally {
      process.env.NEXTAUTH_URL = "https://kakunin.example.edu";
    }
  });

  it("is refused to a learner (the 403 page) and redirects the signed-out to sign-in", async () => {
    const page = (await import("../../app/admin/lti/page")).default;
    session = learner;
    expect(await pageOutcome(page())).toMatch(FORBIDDEN);
    session = null;
    expect(await pageOutcome(page())).toContain("/signin?callbackUrl=%2Fadmin%2Flti");
  });
});
