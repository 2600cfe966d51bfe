// lib/auth/signup.ts against a real PostgreSQL: a new email and a registered one get the same treatment (and
// similar time: the password is hashed either way); the first account still becomes admin; per-address cap.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { signUp } from "../../lib/auth/signup";
import { verifyCredentials } from "../../lib/auth/credentials";

let tdb: TestDatabase;
let n = 0;
/** A fresh address per call, so the per-address cap stays out of the way unless a test wants it. */
const ctx = () => ({ ip: `192.0.2.${++n}`, locale: null });

beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(async () => {
  await tdb?.drop();
});

describe("signUp", () => {
  it("makes the first account admin and later ones learners; a registered email changes nothing", async () => {
    expect(await signUp(tdb.prisma, { email: "First@Example.com", name: "First", password: "first-pass-1" }, ctx())).toEqual({
      created: true,
    });
    expect(await signUp(tdb.prisma, { email: "second@example.com", name: "Second", password: "second-pass-1" }, ctx())).toEqual({
      created: true,
    });
    const again = await signUp(tdb.prisma, { email: "FIRST@example.com ", name: "Mallory", password: "mallory-pass" }, ctx());
    expect(again).toEqual({ created: false });
    const users = await tdb.prisma.user.findMany({ orderBy: { createdAt: "asc" }, select: { email: true, name: true, role: true } });
    expect(users).toEqual([
      { email: "first@example.com", name: "First", role: "admin" },
      { email: "second@example.com", name: "Second", role: "learner" },
    ]);
    // The existing account keeps its password; the second sign-up's password does not work.
    expect((await verifyCredentials(tdb.prisma, { email: "first@example.com", password: "first-pass-1" })).ok).toBe(true);
    expect((await verifyCredentials(tdb.prisma, { email: "first@example.com", password: "mallory-pass" })).ok).toBe(false);
  });

  it("takes about as long for a registered email as for a new one (the password is hashed either way)", async () => {
    const time = async (email: string) => {
      const t0 = performance.now();
      await signUp(tdb.prisma, { email, name: "T", password: "timing-pass-1" }, ctx());
      return performance.now() - t0;
    };
    const fresh: number[] = [];
    const taken: number[] = [];
    for (let i = 0; i < 5; i++) {
      fresh.push(await time(`timing-${i}@example.com`));
      taken.push(await time("second@example.com"));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[2]!;
    // An argon2 hash costs tens of milliseconds; a lookup alone would be ~1 ms, a ratio far beyond 3.
    expect(median(taken) / median(fresh)).toBeGreaterThan(1 / 3);
    expect(median(fresh) / median(taken)).toBeLessThan(3);
  });

  it("caps sign-ups per address (429), whether or not the emails are registered", async () => {
    const ip = "198.51.100.99";
    for (let i = 0; i < 10; i++) {
      await signUp(
        tdb.prisma,
        { email: i % 2 ? "second@example.com" : `cap-${i}@example.com`, name: "C", password: "cap-pass-12" },
        { ip, locale: null },
      );
    }
    await expect(
      signUp(tdb.prisma, { email: "cap-new@example.com", name: "C", password: "cap-pass-12" }, { ip, locale: null }),
    ).rejects.toMatchObject({ status: 429, body: { code: "throttled" } });
  });
});
