// Sign-in throttling and credential checks against a real, freshly migrated PostgreSQL database: progressive waits
// per account + client address (the owner elsewhere is never slowed down), a cap per address, atomic counting.
import { hash } from "@node-rs/argon2";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { verifyCredentials } from "../../lib/auth/credentials";
import {
  ACCOUNT_IP_POLICY,
  IP_POLICY,
  accountIpKey,
  checkLocked,
  clearFailures,
  ipKey,
  progressiveDelayMs,
  recordFailure,
  recordProgressiveFailure,
} from "../../lib/auth/throttle";

let tdb: TestDatabase;
const SEC = 1000;
const MIN = 60_000;
const RIGHT = "correct horse battery";
const ATTACKER = "203.0.113.66";
const OWNER = "198.51.100.20";

beforeAll(async () => {
  tdb = await createTestDatabase();
  for (const email of ["alice@example.com", "admin@example.com"]) {
    await tdb.prisma.user.create({ data: { email, name: email, passwordHash: await hash(RIGHT), role: "learner" } });
  }
});
afterAll(async () => {
  await tdb?.drop();
});
beforeEach(async () => {
  await tdb.prisma.loginThrottle.deleteMany();
});

const at = (t0: Date, ms: number) => new Date(t0.getTime() + ms);

describe("progressive waits (per account + address)", () => {
  it("gives 5 free failures, then 5 s, 10 s, 20 s … capped at 15 minutes", () => {
    const d = (n: number) => progressiveDelayMs(n, ACCOUNT_IP_POLICY);
    expect([1, 2, 3, 4].map(d)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8].map(d)).toEqual([5 * SEC, 10 * SEC, 20 * SEC, 40 * SEC]);
    expect(d(13)).toBe(15 * MIN);
    expect(d(10_000)).toBe(15 * MIN);
  });

  it("records failures atomically and keeps the longest wait under concurrency", async () => {
    const key = accountIpKey("x@example.com", ATTACKER);
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 12 }, () => recordProgressiveFailure(tdb.prisma, key, ACCOUNT_IP_POLICY, now)));
    expect(results.map((r) => r.failures).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    const row = await tdb.prisma.loginThrottle.findUniqueOrThrow({ where: { key } });
    expect(row.failures).toBe(12);
    expect(row.lockedUntil!.getTime()).toBe(now.getTime() + progressiveDelayMs(12, ACCOUNT_IP_POLICY));
  });

  it("forgets after a quiet hour", async () => {
    const t0 = new Date("2030-01-01T10:00:00Z");
    const key = accountIpKey("y@example.com", ATTACKER);
    for (let i = 0; i < 7; i++) await recordProgressiveFailure(tdb.prisma, key, ACCOUNT_IP_POLICY, at(t0, i * SEC));
    const r = await recordProgressiveFailure(tdb.prisma, key, ACCOUNT_IP_POLICY, at(t0, 6 * SEC + 60 * MIN + 1));
    expect(r).toEqual({ failures: 1, lockedUntil: null });
    const row = await tdb.prisma.loginThrottle.findUniqueOrThrow({ where: { key } });
    expect(row.lockedUntil).toBeNull();
  });
});

describe("verifyCredentials", () => {
  it("accepts the right password (email is case-insensitive) and returns no hash", async () => {
    const r = await verifyCredentials(tdb.prisma, { email: " Alice@Example.com ", password: RIGHT, ip: OWNER });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.user).toMatchObject({ email: "alice@example.com", sessionVersion: 0 });
      expect(r.user).not.toHaveProperty("passwordHash");
    }
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const wrong = await verifyCredentials(tdb.prisma, { email: "alice@example.com", password: "nope", ip: ATTACKER });
    const unknown = await verifyCredentials(tdb.prisma, { email: "nobody@example.com", password: "nope", ip: ATTACKER });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
  });

  it("makes a guessing address wait longer and longer — for real and unknown accounts alike — while the owner elsewhere signs in", async () => {
    const t0 = new Date();
    for (const email of ["admin@example.com", "ghost@example.com"]) {
      const results = [];
      for (let i = 0; i < 5; i++) {
        results.push(await verifyCredentials(tdb.prisma, { email, password: `bad-${i}`, ip: ATTACKER }, { now: t0 }));
      }
      expect(results.slice(0, 4).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
      expect(results[4]).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 5 });
    }
    // While waiting, even the right password from the guessing address is refused without being checked…
    const early = await verifyCredentials(
      tdb.prisma,
      { email: "admin@example.com", password: RIGHT, ip: ATTACKER },
      { now: at(t0, 2 * SEC) },
    );
    expect(early).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 3 });
    // …and the next failure after the wait doubles it.
    const sixth = await verifyCredentials(
      tdb.prisma,
      { email: "admin@example.com", password: "bad-5", ip: ATTACKER },
      { now: at(t0, 6 * SEC) },
    );
    expect(sixth).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 10 });
    // The owner, from another address, is not slowed down at all.
    const owner = await verifyCredentials(tdb.prisma, { email: "admin@example.com", password: RIGHT, ip: OWNER }, { now: at(t0, 7 * SEC) });
    expect(owner.ok).toBe(true);
    // The owner's success does not lift the guesser's wait.
    const still = await verifyCredentials(
      tdb.prisma,
      { email: "admin@example.com", password: RIGHT, ip: ATTACKER },
      { now: at(t0, 8 * SEC) },
    );
    expect(still).toMatchObject({ ok: false, reason: "throttled" });
    // After the wait, the right password from that address works and clears its count.
    const after = await verifyCredentials(
      tdb.prisma,
      { email: "admin@example.com", password: RIGHT, ip: ATTACKER },
      { now: at(t0, 17 * SEC) },
    );
    expect(after.ok).toBe(true);
    expect(await tdb.prisma.loginThrottle.count({ where: { key: accountIpKey("admin@example.com", ATTACKER) } })).toBe(0);
  });

  it("caps one address across many accounts, without touching other addresses", async () => {
    const ip = "198.51.100.7";
    const policy = { maxFailures: 3, windowMs: 15 * MIN, lockMs: 15 * MIN };
    for (let i = 0; i < 3; i++) {
      await verifyCredentials(tdb.prisma, { email: `user${i}@example.com`, password: "x", ip }, { ipPolicy: policy });
    }
    const r = await verifyCredentials(tdb.prisma, { email: "alice@example.com", password: RIGHT, ip }, { ipPolicy: policy });
    expect(r).toMatchObject({ ok: false, reason: "throttled" });
    const other = await verifyCredentials(tdb.prisma, { email: "alice@example.com", password: RIGHT, ip: "198.51.100.8" });
    expect(other.ok).toBe(true);
  });

  it("counts an IPv6 client by its /64, so rotating addresses inside it does not reset the wait", async () => {
    const t0 = new Date();
    let last;
    for (let i = 1; i <= 5; i++) {
      last = await verifyCredentials(tdb.prisma, { email: "alice@example.com", password: "x", ip: `2001:db8:5:6::${i}` }, { now: t0 });
    }
    expect(last).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 5 });
    const rotated = await verifyCredentials(
      tdb.prisma,
      { email: "alice@example.com", password: RIGHT, ip: "2001:db8:5:6:ffff::9" },
      { now: t0 },
    );
    expect(rotated).toMatchObject({ ok: false, reason: "throttled" });
    const otherNetwork = await verifyCredentials(
      tdb.prisma,
      { email: "alice@example.com", password: RIGHT, ip: "2001:db8:5:7::1" },
      { now: t0 },
    );
    expect(otherNetwork.ok).toBe(true);
  });

  it("counts failures from an unknown address in one shared bucket", async () => {
    await verifyCredentials(tdb.prisma, { email: "alice@example.com", password: "x" });
    expect(await tdb.prisma.loginThrottle.findUnique({ where: { key: ipKey(null) } })).toMatchObject({ failures: 1 });
    expect(await tdb.prisma.loginThrottle.findUnique({ where: { key: "acct-ip:alice@example.com|unknown" } })).toMatchObject({
      failures: 1,
    });
  });
});

describe("fixed-window keys (per-address caps)", () => {
  it("count inside the window, wait at the limit, and start again after the window", async () => {
    const t0 = new Date("2030-01-01T10:00:00Z");
    const key = ipKey("192.0.2.1");
    const policy = { ...IP_POLICY, maxFailures: 3 };
    await recordFailure(tdb.prisma, key, policy, t0);
    await recordFailure(tdb.prisma, key, policy, at(t0, SEC));
    expect((await checkLocked(tdb.prisma, [key], at(t0, SEC))).locked).toBe(false);
    const r = await recordFailure(tdb.prisma, key, policy, at(t0, 2 * SEC));
    expect(r.lockedUntil?.getTime()).toBe(t0.getTime() + 2 * SEC + policy.lockMs);
    expect(await checkLocked(tdb.prisma, [key], at(t0, MIN))).toEqual({ locked: true, retryAfterMs: policy.lockMs + 2 * SEC - MIN });
    expect((await recordFailure(tdb.prisma, key, policy, at(t0, policy.windowMs + 1))).failures).toBe(1);
    await clearFailures(tdb.prisma, key);
    expect(await tdb.prisma.loginThrottle.count({ where: { key } })).toBe(0);
  });
});
