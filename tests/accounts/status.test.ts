// lib/accounts/status.ts on PostgreSQL: role changes and deactivation are audited (who, when, what), a change that
// would leave no active admin is refused (also when two admins demote each other at the same moment), deactivation
// bumps the session version, deletes unused reset links and keeps the account's data.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { changeRole, setActive } from "../../lib/accounts/status";
import { issueResetToken } from "../../lib/accounts/reset-token";
import { HttpError } from "../../lib/http/errors";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let tdb: TestDatabase;

beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb?.drop());
beforeEach(async () => {
  await tdb.prisma.auditLog.deleteMany();
  await tdb.prisma.user.deleteMany();
});

async function user(email: string, role: "learner" | "instructor" | "admin" = "learner") {
  return tdb.prisma.user.create({ data: { email, name: email.split("@")[0]!, passwordHash: "x", role } });
}

async function status(p: Promise<unknown>): Promise<number | "ok"> {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof HttpError) return e.status;
    throw e;
  }
}

const audit = (targetId: string) => tdb.prisma.auditLog.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } });

describe("role changes", () => {
  it("changes the role and audits who, when and from → to; the same role again changes and audits nothing", async () => {
    const admin = await user("root@example.com", "admin");
    const ivy = await user("ivy@example.com", "instructor");
    const before = Date.now();
    const r = await changeRole(tdb.prisma, admin.id, ivy.id, "learner");
    expect(r).toMatchObject({ changed: true, user: { id: ivy.id, role: "learner", active: true } });
    expect((await tdb.prisma.user.findUniqueOrThrow({ where: { id: ivy.id } })).role).toBe("learner");
    const rows = await audit(ivy.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: admin.id,
      action: "user.role",
      targetType: "user",
      details: { from: "instructor", to: "learner" },
    });
    expect(rows[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);

    expect(await changeRole(tdb.prisma, admin.id, ivy.id, "learner")).toMatchObject({ changed: false });
    expect(await audit(ivy.id)).toHaveLength(1);
  });

  it("unknown account → 404", async () => {
    const admin = await user("root@example.com", "admin");
    expect(await status(changeRole(tdb.prisma, admin.id, "00000000-0000-0000-0000-000000000000", "admin"))).toBe(404);
  });

  it("the only admin cannot demote themselves; with a second admin they can, and then the second cannot", async () => {
    const a = await user("a@example.com", "admin");
    expect(await status(changeRole(tdb.prisma, a.id, a.id, "instructor"))).toBe(409);
    expect((await tdb.prisma.user.findUniqueOrThrow({ where: { id: a.id } })).role).toBe("admin");
    expect(await audit(a.id)).toHaveLength(0);

    const b = await user("b@example.com", "learner");
    await changeRole(tdb.prisma, a.id, b.id, "admin");
    expect(await status(changeRole(tdb.prisma, a.id, a.id, "learner"))).toBe("ok");
    expect(await status(changeRole(tdb.prisma, b.id, b.id, "instructor"))).toBe(409);
  });

  it("a deactivated admin does not count: the last active admin can be neither demoted nor deactivated", async () => {
    const a = await user("a@example.com", "admin");
    const b = await user("b@example.com", "admin");
    await setActive(tdb.prisma, a.id, b.id, false);
    expect(await status(changeRole(tdb.prisma, a.id, a.id, "learner"))).toBe(409);
    expect(await status(setActive(tdb.prisma, a.id, a.id, false))).toBe(409);
    // Demoting the deactivated admin is fine: it leaves the active one.
    expect(await status(changeRole(tdb.prisma, a.id, b.id, "learner"))).toBe("ok");
  });

  it("two admins demoting each other at the same moment: exactly one succeeds, one active admin is left", async () => {
    for (let round = 0; round < 5; round++) {
      await tdb.prisma.auditLog.deleteMany();
      await tdb.prisma.user.deleteMany();
      const a = await user("a@example.com", "admin");
      const b = await user("b@example.com", "admin");
      const results = await Promise.all([
        status(changeRole(tdb.prisma, a.id, b.id, "learner")),
        status(changeRole(tdb.prisma, b.id, a.id, "learner")),
      ]);
      expect(results.sort()).toEqual([409, "ok"].sort());
      expect(await tdb.prisma.user.count({ where: { role: "admin", deactivatedAt: null } })).toBe(1);
    }
  });
});

describe("deactivation", () => {
  it("deactivates (audited, session version bumped, reset links deleted, data kept) and reactivates (audited)", async () => {
    const admin = await user("root@example.com", "admin");
    const ava = await user("ava@example.com");
    await tdb.prisma.reviewState.create({ data: { userId: ava.id, card: { stability: 1 }, dueAt: new Date() } });
    await issueResetToken(tdb.prisma, admin.id, ava.id);
    expect(await tdb.prisma.passwordResetToken.count({ where: { userId: ava.id } })).toBe(1);

    const now = new Date("2026-12-06T01:00:00Z");
    const r = await setActive(tdb.prisma, admin.id, ava.id, false, now);
    expect(r).toMatchObject({ changed: true, user: { active: false, deactivatedAt: now.toISOString() } });
    const after = await tdb.prisma.user.findUniqueOrThrow({ where: { id: ava.id } });
    expect(after.deactivatedAt).toEqual(now);
    expect(after.sessionVersion).toBe(ava.sessionVersion + 1);
    expect(after.passwordHash).toBe("x");
    expect(await tdb.prisma.passwordResetToken.count({ where: { userId: ava.id } })).toBe(0);
    expect(await tdb.prisma.reviewState.count({ where: { userId: ava.id } })).toBe(1);

    expect(await setActive(tdb.prisma, admin.id, ava.id, false)).toMatchObject({ changed: false }); // already
    const back = await setActive(tdb.prisma, admin.id, ava.id, true);
    expect(back).toMatchObject({ changed: true, user: { active: true, deactivatedAt: null } });
    // Reactivating does not revive the sessions that deactivation ended.
    expect((await tdb.prisma.user.findUniqueOrThrow({ where: { id: ava.id } })).sessionVersion).toBe(ava.sessionVersion + 1);

    const rows = await audit(ava.id);
    expect(rows.map((x) => [x.action, x.actorId])).toEqual([
      ["user.reset_link", admin.id],
      ["user.deactivate", admin.id],
      ["user.reactivate", admin.id],
    ]);
  });
});
