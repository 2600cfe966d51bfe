import { verify } from "@node-rs/argon2";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createUser, UserError } from "../lib/users";
import { createTestDatabase, type TestDatabase } from "./helpers/db";

const dbs: TestDatabase[] = [];
afterAll(async () => {
  await Promise.all(dbs.map((d) => d.drop()));
});
let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
  dbs.push(db);
});

const pw = "correct horse battery";

describe("createUser", () => {
  it("makes the first account admin and later ones what was asked (default learner)", async () => {
    const first = await createUser(db.prisma, { email: "first@example.com", name: "First", password: pw, role: "learner" });
    expect(first.role).toBe("admin");
    const second = await createUser(db.prisma, { email: "second@example.com", name: "Second", password: pw });
    expect(second.role).toBe("learner");
    const third = await createUser(db.prisma, { email: "third@example.com", name: "Third", password: pw, role: "instructor" });
    expect(third.role).toBe("instructor");
  });

  it("normalises the email, stores an argon2id hash (never the password) and returns no hash", async () => {
    const u = await createUser(db.prisma, { email: "  Ada.Lovelace@Example.COM ", name: " Ada ", password: pw, locale: "ja" });
    expect(u).toMatchObject({ email: "ada.lovelace@example.com", name: "Ada", locale: "ja" });
    expect(u).not.toHaveProperty("passwordHash");
    const row = await db.prisma.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(pw);
    expect(await verify(row.passwordHash, pw)).toBe(true);
    expect(await verify(row.passwordHash, pw + "x")).toBe(false);
  });

  it("refuses a duplicate email, whatever its case or spacing", async () => {
    await createUser(db.prisma, { email: "dup@example.com", name: "A", password: pw });
    const err = await createUser(db.prisma, { email: " DUP@example.com", name: "B", password: pw }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err).toMatchObject({ code: "duplicate_email", message: expect.stringMatching(/already exists/) });
    expect(await db.prisma.user.count()).toBe(1);
  });

  it("refuses weak passwords, bad emails, empty names and unknown roles", async () => {
    await expect(createUser(db.prisma, { email: "a@example.com", name: "A", password: "1234567" })).rejects.toMatchObject({
      code: "weak_password",
      message: expect.stringMatching(/at least 8/),
    });
    await expect(createUser(db.prisma, { email: "not-an-email", name: "A", password: pw })).rejects.toMatchObject({
      code: "invalid_email",
    });
    await expect(createUser(db.prisma, { email: "a@example.com", name: "   ", password: pw })).rejects.toMatchObject({
      code: "invalid_name",
    });
    await expect(createUser(db.prisma, { email: "a@example.com", name: "A", password: pw, role: "root" as never })).rejects.toMatchObject({
      code: "invalid_role",
    });
    expect(await db.prisma.user.count()).toBe(0);
  });

  it("of concurrent first sign-ups exactly one becomes admin", async () => {
    const users = await Promise.all(
      Array.from({ length: 6 }, (_, i) => createUser(db.prisma, { email: `racer${i}@example.com`, name: `Racer ${i}`, password: pw })),
    );
    expect(users.filter((u) => u.role === "admin")).toHaveLength(1);
    expect(users.filter((u) => u.role === "learner")).toHaveLength(5);
  });

  it("of concurrent sign-ups with one email exactly one succeeds", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () => createUser(db.prisma, { email: "same@example.com", name: "Same", password: pw })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === "rejected")) {
      expect(r.reason).toMatchObject({ code: "duplicate_email" });
    }
  });
});
