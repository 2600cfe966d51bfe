import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl, db, disconnectPrisma } from "../../lib/db/client";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let a: TestDatabase;
let b: TestDatabase;
const saved = process.env.DATABASE_URL;
beforeAll(async () => {
  [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});
afterEach(() => {
  if (saved === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = saved;
});
afterAll(async () => {
  await disconnectPrisma();
  await Promise.all([a.drop(), b.drop()]);
});

describe("lib/db/client", () => {
  it("explains a missing DATABASE_URL on first use, not on import", () => {
    delete process.env.DATABASE_URL;
    expect(() => databaseUrl()).toThrow(/DATABASE_URL is not set.*npm start/);
    expect(() => db()).toThrow(/DATABASE_URL is not set/);
  });

  it("keeps one client per process (globalThis), and follows a changed DATABASE_URL", async () => {
    process.env.DATABASE_URL = a.url;
    const first = db();
    expect(db()).toBe(first);
    expect((globalThis as { __kakuninPrisma?: { client: unknown } }).__kakuninPrisma?.client).toBe(first);
    await first.user.create({ data: { email: "a@example.com", name: "A", passwordHash: "x" } });

    process.env.DATABASE_URL = b.url;
    const second = db();
    expect(second).not.toBe(first);
    expect(await second.user.count()).toBe(0);
  });

  it("db() serves the current DATABASE_URL's client, including interactive transactions", async () => {
    process.env.DATABASE_URL = a.url;
    expect(await db().user.count()).toBe(1);
    const n = await db().$transaction(async (tx) => {
      await tx.user.create({ data: { email: "b@example.com", name: "B", passwordHash: "x" } });
      return tx.user.count();
    });
    expect(n).toBe(2);
  });
});
