// Sign-in throttling and credential checks against a real, freshly migrated PostgreSQL database.
import { hash } from "@node-rs/argon2";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { verifyCredentials, clientIp } from "../../lib/auth/credentials";
import {
  EMAIL_POLICY,
  checkLocked,
  clearFailures,
  emailKey,
  ipKey,
  recordFailure,
} from "../../lib/auth/throttle";

let tdb: TestDatabase;
const MIN = 60_000;

beforeAll(async () => {
  tdb = await createTestDatabase();
  await tdb.prisma.user.create({
    data: {
      email: "alice@example.com",
      name: "Alice",
      passwordHash: await hash("correct horse battery"),
      role: "learner",
    },
  });
});
afterAll(async () => {
  await tdb?.drop();
});
beforeEach(async () => {
  await tdb.prisma.loginThrottle.deleteMany();
});

describe("recordFailure / checkLocked", () => {
  it("counts failures inside the window and locks at the limit", async () => {
    const t0 = new Date("2030-01-01T10:00:00Z");
    const key = emailKey("x@example.com");
    for (let i = 1; i < EMAIL_POLICY.maxFailures; i++) {
      const r = await recordFailure(tdb.prisma, key, EMAIL_POLICY, new Date(t0.getTime() + i * 1000));
      expect(r.failures).toBe(i);
      expect(r.lockedUntil).toBeNull();
    }
    expect((await checkLocked(tdb.prisma, [key], t0)).locked).toBe(false);
    const at = new Date(t0.getTime() + 10_000);
    const r = await recordFailure(tdb.prisma, key, EMAIL_POLICY, at);
    expect(r.failures).toBe(EMAIL_POLICY.maxFailures);
    expect(r.lockedUntil?.getTime()).toBe(at.getTime() + EMAIL_POLICY.lockMs);
    const lock = await checkLocked(tdb.prisma, [key], new Date(at.getTime() + 60_000));
    expect(lock.locked).toBe(true);
    expect(lock.retryAfterMs).toBe(EMAIL_POLICY.lockMs - 60_000);
    // …and lifts when the lock has run out.
    expect((await checkLocked(tdb.prisma, [key], new Date(at.getTime() + EMAIL_POLICY.lockMs + 1))).locked).toBe(false);
  });

  it("starts a new window when the old one expired", async () => {
    const t0 = new Date("2030-01-01T10:00:00Z");
    const key = emailKey("y@example.com");
    await recordFailure(tdb.prisma, key, EMAIL_POLICY, t0);
    await recordFailure(tdb.prisma, key, EMAIL_POLICY, t0);
    const later = new Date(t0.getTime() + EMAIL_POLICY.windowMs + 1);
    const r = await recordFailure(tdb.prisma, key, EMAIL_POLICY, later);
    expect(r.failures).toBe(1);
    const row = await tdb.prisma.loginThrottle.findUnique({ where: { key } });
    expect(row?.windowStart.getTime()).toBe(later.getTime());
  });

  it("is atomic under concurrent failures", async () => {
    const key = ipKey("203.0.113.9");
    const policy = { maxFailures: 1000, windowMs: 15 * MIN, lockMs: 15 * MIN };
    const now = new Date();
    await Promise.all(Array.from({ length: 20 }, () => recordFailure(tdb.prisma, key, policy, now)));
    const row = await tdb.prisma.loginThrottle.findUnique({ where: { key } });
    expect(row?.failures).toBe(20);
  });

  it("clearFailures forgets a key", async () => {
    const key = emailKey("z@example.com");
    await recordFailure(tdb.prisma, key, EMAIL_POLICY);
    await clearFailures(tdb.prisma, key);
    expect(await tdb.prisma.loginThrottle.count({ where: { key } })).toBe(0);
  });
});

describe("verifyCredentials", () => {
  it("accepts the right password (email is case-insensitive) and returns no hash", async () => {
    const r = await verifyCredentials(tdb.prisma, { email: " Alice@Example.com ", password: "correct horse battery" });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.user.email).toBe("alice@example.com");
      expect(r.user).not.toHaveProperty("passwordHash");
    }
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const wrong = await verifyCredentials(tdb.prisma, { email: "alice@example.com", password: "nope" });
    const unknown = await verifyCredentials(tdb.prisma, { email: "nobody@example.com", password: "nope" });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks an account after 5 failures — even for the right password — and unknown emails alike", async () => {
    const t0 = new Date();
    for (const email of ["alice@example.com", "ghost@example.com"]) {
      const results = [];
      for (let i = 0; i < 5; i++) {
        results.push(await verifyCredentials(tdb.prisma, { email, password: `bad-${i}` }, { now: t0 }));
      }
      expect(results.slice(0, 4).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
      expect(results[4]).toEqual({ ok: false, reason: "locked", retryAfterMinutes: 15 });
    }
    const locked = await verifyCredentials(
      tdb.prisma,
      { email: "alice@example.com", password: "correct horse battery" },
      { now: new Date(t0.getTime() + 5 * MIN) },
    );
    expect(locked).toEqual({ ok: false, reason: "locked", retryAfterMinutes: 10 });
    const ghost = await verifyCredentials(
      tdb.prisma,
      { email: "ghost@example.com", password: "x" },
      { now: new Date(t0.getTime() + 5 * MIN) },
    );
    expect(ghost).toEqual(locked);
    // After the lock lifts the right password works again and resets the account counter.
    const after = await verifyCredentials(
      tdb.prisma,
      { email: "alice@example.com", password: "correct horse battery" },
      { now: new Date(t0.getTime() + 16 * MIN) },
    );
    expect(after.ok).toBe(true);
    expect(await tdb.prisma.loginThrottle.count({ where: { key: emailKey("alice@example.com") } })).toBe(0);
  });

  it("locks an IP address that fails across many accounts", async () => {
    const ip = "198.51.100.7";
    const policy = { maxFailures: 3, windowMs: 15 * MIN, lockMs: 15 * MIN };
    for (let i = 0; i < 3; i++) {
      await verifyCredentials(tdb.prisma, { email: `user${i}@example.com`, password: "x", ip }, { ipPolicy: policy });
    }
    const r = await verifyCredentials(
      tdb.prisma,
      { email: "alice@example.com", password: "correct horse battery", ip },
      { ipPolicy: policy },
    );
    expect(r).toMatchObject({ ok: false, reason: "locked" });
    // Another address is unaffected.
    const other = await verifyCredentials(tdb.prisma, {
      email: "alice@example.com",
      password: "correct horse battery",
      ip: "198.51.100.8",
    });
    expect(other.ok).toBe(true);
  });
});

describe("clientIp", () => {
  it("uses the right-most X-Forwarded-For entry", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "10.0.0.1, 203.0.113.5" }))).toBe("203.0.113.5");
    expect(clientIp({ "x-forwarded-for": "::ffff:127.0.0.1" })).toBe("127.0.0.1");
    expect(clientIp(new Headers({ "x-real-ip": "192.0.2.1" }))).toBe("192.0.2.1");
    expect(clientIp(new Headers())).toBeNull();
  });
});
