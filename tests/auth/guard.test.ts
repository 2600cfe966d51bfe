// lib/auth/guard.ts: the one access check used by pages, server actions and route handlers.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import type { SessionUser } from "../../lib/auth/session";

// next.config.js enables experimental.authInterrupts; Next exposes it to forbidden() through this variable.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

let tdb: TestDatabase;
let session: SessionUser | null = null;

vi.mock("../../lib/auth/session", () => ({ getSessionUser: async () => session }));
let dbDown = false;
vi.mock("../../lib/db/client", async (original) => ({
  ...(await original<typeof import("../../lib/db/client")>()),
  db: () => {
    if (dbDown) throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    return tdb.prisma;
  },
}));

const guard = await import("../../lib/auth/guard");
const { endSessions } = await import("../../lib/auth/session-version");
const { hasRole } = await import("../../lib/auth/roles");

const ids: Record<string, string> = {};

beforeAll(async () => {
  tdb = await createTestDatabase();
  for (const role of ["learner", "instructor", "admin"] as const) {
    const u = await tdb.prisma.user.create({
      data: { email: `${role}@example.com`, name: role, passwordHash: "x", role },
    });
    ids[role] = u.id;
  }
});
afterAll(async () => {
  await tdb?.drop();
});
beforeEach(() => {
  session = null;
  dbDown = false;
});

function signInAs(role: "learner" | "instructor" | "admin", jwtRole: SessionUser["role"] = role) {
  session = { id: ids[role]!, email: `${role}@example.com`, name: role, role: jwtRole, locale: null };
}

/** Next's redirect()/forbidden() throw errors carrying a digest. */
async function digestOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "none";
  } catch (e) {
    return String((e as { digest?: string }).digest);
  }
}

describe("roles", () => {
  it("orders admin ⊇ instructor ⊇ learner", () => {
    expect(hasRole("admin", "instructor")).toBe(true);
    expect(hasRole("instructor", "instructor")).toBe(true);
    expect(hasRole("learner", "instructor")).toBe(false);
    expect(hasRole("learner", "learner")).toBe(true);
    expect(hasRole(undefined, "learner")).toBe(false);
  });
});

describe("decideAccess", () => {
  it("decides 401 / 403 / ok", () => {
    const u = { id: "1", email: "a", name: "a", role: "learner" as const, locale: null };
    expect(guard.decideAccess(null)).toEqual({ ok: false, status: 401 });
    expect(guard.decideAccess(u, "instructor")).toEqual({ ok: false, status: 403 });
    expect(guard.decideAccess(u)).toEqual({ ok: true, user: u });
  });
  it("sends only clean same-site paths along to the sign-in page", () => {
    expect(guard.signInPath("/courses/x")).toBe("/signin?callbackUrl=%2Fcourses%2Fx");
    expect(guard.signInPath("/\t/evil.example/x")).toBe("/signin");
    expect(guard.signInPath("//evil.example")).toBe("/signin");
  });
});

describe("requireUser / requireRole (pages and server actions)", () => {
  it("redirects a signed-out visitor to sign-in with the callback", async () => {
    expect(await digestOf(guard.requireUser({ callbackUrl: "/learn" }))).toMatch(
      /^NEXT_REDIRECT;(replace|push);\/signin\?callbackUrl=%2Flearn;/,
    );
  });
  it("returns the user from the database", async () => {
    signInAs("learner");
    const user = await guard.requireUser();
    expect(user).toMatchObject({ id: ids.learner, role: "learner", email: "learner@example.com" });
  });
  it("refuses a learner with 403 on instructor pages; admits instructor and admin", async () => {
    signInAs("learner");
    expect(await digestOf(guard.requireRole("instructor"))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    signInAs("instructor");
    expect((await guard.requireRole("instructor")).role).toBe("instructor");
    signInAs("admin");
    expect((await guard.requireRole("instructor")).role).toBe("admin");
  });
  it("trusts the database role, not a stale JWT role", async () => {
    signInAs("learner", "admin"); // token claims admin, DB says learner
    expect(await digestOf(guard.requireRole("instructor"))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
  });
  it("refuses a token once its account signed out (every session of the account), and admits a new one", async () => {
    const u = await tdb.prisma.user.create({ data: { email: "so@example.com", name: "so", passwordHash: "x" } });
    const token = (sessionVersion?: number): SessionUser => ({
      id: u.id,
      email: "so@example.com",
      name: "so",
      role: "learner",
      locale: null,
      sessionVersion,
    });
    session = token(0);
    expect((await guard.requireUser()).id).toBe(u.id);
    const otherDevice = token(undefined); // a token from before session versions existed counts as version 0
    expect(await endSessions(tdb.prisma, u.id, 0)).toBe(true);
    expect(await endSessions(tdb.prisma, u.id, 0)).toBe(false); // a stale token changes nothing
    expect((await tdb.prisma.user.findUniqueOrThrow({ where: { id: u.id } })).sessionVersion).toBe(1);
    for (const t of [token(0), otherDevice]) {
      session = t;
      expect(await digestOf(guard.requireUser())).toMatch(/^NEXT_REDIRECT;/);
      expect(await guard.getSignedInUser()).toBeNull();
      const res = await guard.withAuth(async () => Response.json({}))(new Request("http://localhost/api/x"), undefined);
      expect(res.status).toBe(401);
    }
    session = token(1); // signing in again issues the current version
    expect((await guard.requireUser()).id).toBe(u.id);
  });

  it("treats a deleted account as signed out", async () => {
    session = { id: "00000000-0000-0000-0000-000000000000", email: "gone@x", name: "", role: "admin", locale: null };
    expect(await digestOf(guard.requireUser())).toMatch(/^NEXT_REDIRECT;/);
  });
});

describe("getSignedInUser (public pages and header)", () => {
  it("verifies against the database; a deleted account is signed out", async () => {
    signInAs("learner");
    expect((await guard.getSignedInUser())?.id).toBe(ids.learner);
    session = { id: "00000000-0000-0000-0000-000000000000", email: "gone@x", name: "", role: "admin", locale: null };
    expect(await guard.getSignedInUser()).toBeNull();
  });
  it("falls back to the session during a database outage; guards report the outage", async () => {
    signInAs("instructor");
    dbDown = true;
    expect((await guard.getSignedInUser())?.role).toBe("instructor");
    await expect(guard.requireUser()).rejects.toMatchObject({ digest: "KAKUNIN_SERVICE_UNAVAILABLE" });
  });
});

describe("withAuth (route handlers)", () => {
  const handler = guard.withAuth(async (_req, _ctx, user) => Response.json({ id: user.id }), { role: "instructor" });
  const anyUser = guard.withAuth(async (_req, _ctx, user) => Response.json({ id: user.id }));
  const req = () => new Request("http://localhost/api/thing");

  it("401 JSON when signed out", async () => {
    const res = await handler(req(), undefined);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "Authentication required", code: "auth_required" });
  });
  it("403 JSON for an insufficient role", async () => {
    signInAs("learner");
    const res = await handler(req(), undefined);
    expect(res.status).toBe(403);
    expect((await res.json()).error).toBeTypeOf("string");
    expect((await anyUser(req(), undefined)).status).toBe(200);
  });
  it("calls the handler with the user", async () => {
    signInAs("instructor");
    const res = await handler(req(), undefined);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: ids.instructor });
  });
});
