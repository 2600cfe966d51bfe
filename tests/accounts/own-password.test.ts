// lib/accounts/own-password.ts on PostgreSQL: the current password must be right; the new one follows sign-up's
// rules; the change is argon2id, ends every session of the account and is audited.
import { hash, verify } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeOwnPassword } from "../../lib/accounts/own-password";
import { HttpError } from "../../lib/http/errors";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb?.drop());

async function refusal(p: Promise<unknown>) {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof HttpError) return { status: e.status, body: e.body };
    throw e;
  }
}

describe("changing one's own password", () => {
  it("refuses a wrong current password or a short new one without changing anything; then changes it", async () => {
    const u = await tdb.prisma.user.create({ data: { email: "ava@example.com", name: "Ava", passwordHash: await hash("current-pass-1") } });
    expect(await refusal(changeOwnPassword(tdb.prisma, u.id, { currentPassword: "wrong-pass-1", newPassword: "next-pass-12" }))).toEqual({
      status: 400,
      body: { error: "Validation failed", fields: { currentPassword: ["The current password is incorrect"] } },
    });
    expect(await refusal(changeOwnPassword(tdb.prisma, u.id, { currentPassword: "current-pass-1", newPassword: "short" }))).toMatchObject({
      status: 400,
      body: { fields: { newPassword: ["Password must be at least 8 characters"] } },
    });
    expect(await tdb.prisma.user.findUniqueOrThrow({ where: { id: u.id } })).toEqual(u);

    await changeOwnPassword(tdb.prisma, u.id, { currentPassword: "current-pass-1", newPassword: "next-pass-12" });
    const after = await tdb.prisma.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(await verify(after.passwordHash, "next-pass-12")).toBe(true);
    expect(await verify(after.passwordHash, "current-pass-1")).toBe(false);
    expect(after.sessionVersion).toBe(u.sessionVersion + 1);
    expect(await tdb.prisma.auditLog.findMany({ where: { targetId: u.id } })).toMatchObject([
      { actorId: u.id, action: "user.password_change" },
    ]);
  });
});
