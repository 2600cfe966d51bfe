// lib/accounts/reset-token.ts on PostgreSQL: stored only hashed, expiring (the edge to the millisecond), single use
// (also under concurrent use), a newer link invalidates older ones, sign-up's password rules, argon2, every session
// of the account ends, deactivated accounts get no link and lose theirs, and it is all audited.
import crypto from "node:crypto";
import { verify } from "@node-rs/argon2";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { RESET_LINK_TTL_MS, hashResetToken, issueResetToken, peekResetToken, resetPassword } from "../../lib/accounts/reset-token";
import { setActive } from "../../lib/accounts/status";
import { HttpError } from "../../lib/http/errors";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let tdb: TestDatabase;
let adminId = "";
let userId = "";
const T0 = new Date("2026-12-06T00:00:00.000Z");

beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb?.drop());
beforeEach(async () => {
  await tdb.prisma.auditLog.deleteMany();
  await tdb.prisma.user.deleteMany();
  adminId = (await tdb.prisma.user.create({ data: { email: "root@example.com", name: "Root", passwordHash: "x", role: "admin" } })).id;
  userId = (await tdb.prisma.user.create({ data: { email: "ava@example.com", name: "Ava", passwordHash: "old-hash", sessionVersion: 3 } }))
    .id;
});

async function refusal(p: Promise<unknown>): Promise<{ status: number; body: Record<string, unknown> } | "ok"> {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof HttpError) return { status: e.status, body: e.body };
    throw e;
  }
}
const INVALID = { status: 400, body: { error: "This password-reset link is invalid, has expired or has already been used" } };

describe("issuing", () => {
  it("a 32-byte random token, only its SHA-256 stored, expiring 24 h later; audited", async () => {
    const link = await issueResetToken(tdb.prisma, adminId, userId, T0);
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(link.token, "base64url")).toHaveLength(32);
    expect(link.expiresAt.getTime() - T0.getTime()).toBe(24 * 3600 * 1000);
    const rows = await tdb.prisma.passwordResetToken.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(crypto.createHash("sha256").update(link.token).digest("hex"));
    // The token itself appears nowhere in the stored row.
    expect(JSON.stringify(rows[0])).not.toContain(link.token);
    const audit = await tdb.prisma.auditLog.findMany({ where: { targetId: userId } });
    expect(audit).toMatchObject([{ actorId: adminId, action: "user.reset_link", details: { expiresAt: link.expiresAt.toISOString() } }]);
    expect(JSON.stringify(audit)).not.toContain(link.token);
  });

  it("two links never share a token", async () => {
    const a = await issueResetToken(tdb.prisma, adminId, userId, T0);
    const b = await issueResetToken(tdb.prisma, adminId, userId, T0);
    expect(a.token).not.toBe(b.token);
  });

  it("unknown account → 404; deactivated account → 409, and deactivating deletes its links", async () => {
    expect(await refusal(issueResetToken(tdb.prisma, adminId, "00000000-0000-0000-0000-000000000000"))).toMatchObject({ status: 404 });
    const link = await issueResetToken(tdb.prisma, adminId, userId, T0);
    await setActive(tdb.prisma, adminId, userId, false);
    expect(await peekResetToken(tdb.prisma, link.token, T0)).toBeNull();
    expect(await refusal(resetPassword(tdb.prisma, { token: link.token, password: "new-password-1" }, T0))).toMatchObject(INVALID);
    expect(await refusal(issueResetToken(tdb.prisma, adminId, userId, T0))).toMatchObject({ status: 409 });
  });
});

describe("using a link", () => {
  it("sets the password (argon2id, verifiable), ends every session, marks the link used, audits", async () => {
    const link = await issueResetToken(tdb.prisma, adminId, userId, T0);
    expect(await peekResetToken(tdb.prisma, link.token, T0)).toEqual({ email: "ava@example.com" });
    const at = new Date(T0.getTime() + 60_000);
    expect(await resetPassword(tdb.prisma, { token: link.token, password: "brand-new-pass-1" }, at)).toEqual({
      userId,
      email: "ava@example.com",
    });
    const u = await tdb.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    expect(u.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verify(u.passwordHash, "brand-new-pass-1")).toBe(true);
    expect(u.sessionVersion).toBe(4);
    expect((await tdb.prisma.passwordResetToken.findFirstOrThrow()).usedAt).toEqual(at);
    expect(await tdb.prisma.auditLog.findFirst({ where: { targetId: userId, action: "user.password_reset" } })).toMatchObject({
      actorId: userId,
    });
  });

  it("single use: the second use is refused and changes nothing", async () => {
    const link = await issueResetToken(tdb.prisma, adminId, userId, T0);
    await resetPassword(tdb.prisma, { token: link.token, password: "first-pass-1" }, T0);
    const after = await tdb.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    expect(await peekResetToken(tdb.prisma, link.token, T0)).toBeNull();
    expect(await refusal(resetPassword(tdb.prisma, { token: link.token, password: "second-pass-1" }, T0))).toMatchObject(INVALID);
    expect(await tdb.prisma.user.findUniqueOrThrow({ where: { id: userId } })).toEqual(after);
  });

  it("single use under concurrency: of five simultaneous uses exactly one wins", async () => {
    const link = await issueResetToken(tdb.prisma, adminId, userId, T0);
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((i) => refusal(resetPassword(tdb.prisma, { token: link.token, password: `racing-pass-${i}` }, T0))),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r !== "ok")).toEqual(Array(4).fill(expect.objectContaining(INVALID)));
    expect((await tdb.prisma.user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion).toBe(4);
  });

  it("expiry edge: usable 1 ms before expiresAt, refused at expiresAt", async () => {
    const link = await issueResetToken(tdb.prisma, adminId, userId, T0);
    const edge = T0.getTime() + RESET_LINK_TTL_MS;
    expect(await peekResetToken(tdb.prisma, link.token, new Date(edge - 1))).not.toBeNull();
    expect(await peekResetToken(tdb.prisma, link.token, new Date(edge))).toBeNull();
    expect(await refusal(resetPassword(tdb.prisma, { token: link.token, password: "too-late-pass-1" }, new Date(edge)))).toMatchObject(
      INVALID,
    );
    expect((await tdb.prisma.user.findUniqueOrThrow({ where: { id: userId } })).passwordHash).toBe("old-hash");
    expect(await resetPassword(tdb.prisma, { token: link.token, password: "just-in-time-1" }, new Date(edge - 1))).toMatchObject({
      userId,
    });
  });

  it("a newer link invalidates the older one", async () => {
    const older = await issueResetToken(tdb.prisma, adminId, userId, T0);
    const newer = await issueResetToken(tdb.prisma, adminId, userId, T0);
    expect(await peekResetToken(tdb.prisma, older.token, T0)).toBeNull();
    expect(await refusal(resetPassword(tdb.prisma, { token: older.token, password: "older-pass-1" }, T0))).toMatchObject(INVALID);
    expect(await resetPassword(tdb.prisma, { token: newer.token, password: "newer-pass-1" }, T0)).toMatchObject({ userId });
  });

  it("the stored hash is not a token: presenting it is refused; malformed tokens are refused without a lookup", async () => {
    const link = await issueResetToken(tdb.prisma, adminId, userId, T0);
    expect(await refusal(resetPassword(tdb.prisma, { token: hashResetToken(link.token), password: "hash-as-token-1" }, T0))).toMatchObject(
      INVALID,
    );
    for (const bad of ["", "short", link.token + "x", link.token.slice(0, 42) + "!", "A".repeat(43)]) {
      expect(await refusal(resetPassword(tdb.prisma, { token: bad, password: "whatever-pass-1" }, T0))).toMatchObject(INVALID);
      expect(await peekResetToken(tdb.prisma, bad, T0)).toBeNull();
    }
    expect(await peekResetToken(tdb.prisma, link.token, T0)).not.toBeNull();
  });

  it("sign-up's password rules: too short (in code points) → 400 on the field, the link stays usable", async () => {
    const link = await issueResetToken(tdb.prisma, adminId, userId, T0);
    // 4 emoji are 8 UTF-16 units but 4 code points: refused, as sign-up refuses them.
    for (const password of ["short", "😀😀😀😀", "x".repeat(257)]) {
      const r = await refusal(resetPassword(tdb.prisma, { token: link.token, password }, T0));
      expect(r).toMatchObject({ status: 400, body: { error: "Validation failed", fields: { password: [expect.any(String)] } } });
    }
    expect(await peekResetToken(tdb.prisma, link.token, T0)).not.toBeNull();
  });
});
