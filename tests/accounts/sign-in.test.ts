// A deactivated account: the guard (lib/auth/guard.ts) refuses its session on the next request — also after it is
// reactivated, since deactivation bumped the session version — and sign-in says the account is deactivated only
// to someone who gave the right password.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hash } from "@node-rs/argon2";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import type { SessionUser } from "../../lib/auth/session";

let tdb: TestDatabase;
let session: SessionUser | null = null;

vi.mock("../../lib/auth/session", () => ({ getSessionUser: async () => session }));
vi.mock("../../lib/db/client", async (original) => ({
  ...(await original<typeof import("../../lib/db/client")>()),
  db: () => tdb.prisma,
}));

const guard = await import("../../lib/auth/guard");
const { setActive } = await import("../../lib/accounts/status");
const { verifyCredentials } = await import("../../lib/auth/credentials");

beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb?.drop());

describe("deactivation and sessions", () => {
  it("ends the account's session on its next request and keeps it ended after reactivation", async () => {
    const admin = await tdb.prisma.user.create({ data: { email: "root@example.com", name: "root", passwordHash: "x", role: "admin" } });
    const u = await tdb.prisma.user.create({ data: { email: "ivy@example.com", name: "Ivy", passwordHash: "x", role: "instructor" } });
    session = { id: u.id, email: u.email, name: u.name, role: "instructor", locale: null, sessionVersion: 0 };
    const handler = guard.withAuth(async (_r, _c, user) => Response.json({ id: user.id }), { role: "instructor" });
    const call = async () => (await handler(new Request("http://localhost/api/x"), undefined)).status;

    expect(await guard.getCurrentUser()).toMatchObject({ id: u.id });
    expect(await call()).toBe(200);

    await setActive(tdb.prisma, admin.id, u.id, false);
    // getCurrentUser is cached per request by React's cache(); outside a request every call reads again.
    expect(await guard.getCurrentUser()).toBeNull();
    expect(await call()).toBe(401);

    await setActive(tdb.prisma, admin.id, u.id, true);
    expect(await call()).toBe(401); // the old token's version is stale
    session = { ...session, sessionVersion: 1 }; // a fresh sign-in carries the current version
    expect(await call()).toBe(200);
  });

  it("sign-in of a deactivated account: 'deactivated' with the right password, 'invalid' with a wrong one", async () => {
    const admin = await tdb.prisma.user.findUniqueOrThrow({ where: { email: "root@example.com" } });
    const u = await tdb.prisma.user.create({ data: { email: "ben@example.com", name: "Ben", passwordHash: await hash("ben-password-1") } });
    expect(await verifyCredentials(tdb.prisma, { email: "ben@example.com", password: "ben-password-1", ip: "10.0.0.1" })).toMatchObject({
      ok: true,
    });
    await setActive(tdb.prisma, admin.id, u.id, false);
    expect(await verifyCredentials(tdb.prisma, { email: "ben@example.com", password: "ben-password-1", ip: "10.0.0.1" })).toEqual({
      ok: false,
      reason: "deactivated",
    });
    expect(await verifyCredentials(tdb.prisma, { email: "ben@example.com", password: "wrong-password", ip: "10.0.0.1" })).toEqual({
      ok: false,
      reason: "invalid",
    });
    await setActive(tdb.prisma, admin.id, u.id, true);
    expect(await verifyCredentials(tdb.prisma, { email: "ben@example.com", password: "ben-password-1", ip: "10.0.0.1" })).toMatchObject({
      ok: true,
    });
  });
});
