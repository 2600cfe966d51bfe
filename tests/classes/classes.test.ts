// Classes on PostgreSQL: creating one, joining by code (closed and rotated codes, several classes), staff and the
// permission table (instructor vs TA vs admin), audited removal, the roster, and the CSV roster import (all or
// nothing, every bad row reported).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { seedSmall, user } from "../gradebook/fixture";
import {
  addStaff,
  createClass,
  getRoster,
  joinByCode,
  learnerClasses,
  removeMember,
  rotateJoinCode,
  setJoinOpen,
} from "../../lib/classes/service";
import { canSeeLearner, classPower, isStaffAnywhere, staffClasses } from "../../lib/classes/access";
import { CLASS_PERMISSIONS, classCan } from "../../lib/classes/permissions";
import { importRoster, INVITED_PASSWORD_HASH, parseRoster } from "../../lib/classes/roster-import";
import { normalizeJoinCode } from "../../lib/classes/join-code";

let db: TestDatabase;
let teacher: { id: string; role: string };
let ta: { id: string; role: string; email: string };
let admin: { id: string; role: string };
let a: { id: string; role: string };
let b: { id: string; role: string };

beforeAll(async () => {
  db = await createTestDatabase();
  await seedSmall(db.prisma);
  // lower-case names: the fixture builds emails from them, and real accounts store lower-cased emails (lib/users)
  teacher = await user(db.prisma, "teacher", "instructor");
  ta = await user(db.prisma, "assistant"); // a learner account with a TA role in one class
  admin = await user(db.prisma, "admin", "admin");
  a = await user(db.prisma, "ann");
  b = await user(db.prisma, "bob");
}, 120_000);
afterAll(() => db?.drop());

describe("classes", () => {
  it("an instructor creates a class, becomes its instructor, and learners join by code (normalised), in several classes", async () => {
    const c1 = await createClass(db.prisma, teacher.id, { courseSlug: "pc", name: "Spring A", term: "2026", timeZone: "Asia/Tokyo" });
    const c2 = await createClass(db.prisma, teacher.id, { courseSlug: "pc", name: "Spring B", term: "2026", timeZone: "Europe/Berlin" });
    expect(c1.joinCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(await classPower(db.prisma, teacher, c1.id)).toBe("instructor");
    const messy = `${c1.joinCode.slice(0, 4).toLowerCase()}-${c1.joinCode.slice(4)} `;
    expect(normalizeJoinCode(messy)).toBe(c1.joinCode);
    expect(await joinByCode(db.prisma, a.id, messy)).toMatchObject({ classId: c1.id, joined: true });
    expect(await joinByCode(db.prisma, a.id, c1.joinCode)).toMatchObject({ joined: false }); // again: no-op
    await joinByCode(db.prisma, a.id, c2.joinCode);
    expect((await learnerClasses(db.prisma, a.id)).map((c) => c.name).sort()).toEqual(["Spring A", "Spring B"]);
    await expect(
      createClass(db.prisma, teacher.id, { courseSlug: "nope", name: "X", term: "", timeZone: "Asia/Tokyo" }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("a closed or rotated code no longer admits anyone (same 404 as an unknown code)", async () => {
    const c = await createClass(db.prisma, teacher.id, { courseSlug: "pc", name: "Codes", term: "", timeZone: "Asia/Tokyo" });
    await setJoinOpen(db.prisma, teacher.id, c.id, false);
    await expect(joinByCode(db.prisma, b.id, c.joinCode)).rejects.toMatchObject({
      status: 404,
      message: "No open class has this join code",
    });
    await setJoinOpen(db.prisma, teacher.id, c.id, true);
    const fresh = await rotateJoinCode(db.prisma, teacher.id, c.id);
    expect(fresh).not.toBe(c.joinCode);
    await expect(joinByCode(db.prisma, b.id, c.joinCode)).rejects.toMatchObject({ status: 404 });
    expect(await joinByCode(db.prisma, b.id, fresh)).toMatchObject({ joined: true });
    await expect(joinByCode(db.prisma, b.id, "ZZZZZZZZ")).rejects.toMatchObject({ status: 404 });
    const actions = (await db.prisma.auditLog.findMany({ where: { targetId: c.id }, select: { action: true } })).map((x) => x.action);
    expect(actions).toEqual(expect.arrayContaining(["class.create", "class.close_joining", "class.open_joining", "class.rotate_code"]));
  });
});

describe("permissions", () => {
  it("the table: TAs view and grade, only instructors and admins change anything", () => {
    for (const p of Object.keys(CLASS_PERMISSIONS) as Array<keyof typeof CLASS_PERMISSIONS>) {
      expect(classCan("instructor", p)).toBe(true);
      expect(classCan("admin", p)).toBe(true);
      expect(classCan(null, p)).toBe(false);
    }
    expect(["view", "grade"].every((p) => classCan("ta", p as "view"))).toBe(true);
    for (const p of ["override", "regrade", "manageAssignments", "manageRoster", "manageClass"] as const)
      expect(classCan("ta", p)).toBe(false);
  });

  it("staff see exactly the learners who share a class with them; admins see everyone", async () => {
    const c = await createClass(db.prisma, teacher.id, { courseSlug: "pc", name: "Scoped", term: "", timeZone: "Asia/Tokyo" });
    await addStaff(db.prisma, teacher.id, c.id, ta.email, "ta");
    await joinByCode(db.prisma, a.id, c.joinCode);
    const loner = await user(db.prisma, "Loner");
    expect(await classPower(db.prisma, ta, c.id)).toBe("ta");
    expect(await isStaffAnywhere(db.prisma, ta)).toBe(true);
    expect(await isStaffAnywhere(db.prisma, b)).toBe(false);
    expect(await canSeeLearner(db.prisma, ta, a.id, "view")).toBe(true);
    expect(await canSeeLearner(db.prisma, ta, a.id, "grade")).toBe(true);
    expect(await canSeeLearner(db.prisma, ta, a.id, "override")).toBe(false);
    expect(await canSeeLearner(db.prisma, teacher, loner.id)).toBe(false);
    expect(await canSeeLearner(db.prisma, admin, loner.id)).toBe(true);
    expect((await staffClasses(db.prisma, ta)).map((x) => x.id)).toEqual([c.id]);
    expect((await staffClasses(db.prisma, admin)).length).toBeGreaterThanOrEqual(3);
    expect(await classPower(db.prisma, a, c.id)).toBeNull(); // a learner has no power in their class
    await expect(addStaff(db.prisma, teacher.id, c.id, "nobody@example.com", "ta")).rejects.toMatchObject({ status: 404 });
  });

  it("removal is audited, keeps the work, ends visibility; the last instructor stays", async () => {
    const c = await createClass(db.prisma, teacher.id, { courseSlug: "pc", name: "Removal", term: "", timeZone: "Asia/Tokyo" });
    const learner = await user(db.prisma, "Leaving");
    await joinByCode(db.prisma, learner.id, c.joinCode);
    expect(await canSeeLearner(db.prisma, teacher, learner.id)).toBe(true);
    expect((await getRoster(db.prisma, c.id)).map((r) => r.role)).toEqual(["instructor", "learner"]);
    await removeMember(db.prisma, teacher.id, c.id, learner.id);
    expect(await canSeeLearner(db.prisma, teacher, learner.id)).toBe(false);
    expect((await getRoster(db.prisma, c.id)).map((r) => r.userId)).not.toContain(learner.id);
    const row = await db.prisma.classMember.findUniqueOrThrow({ where: { classId_userId: { classId: c.id, userId: learner.id } } });
    expect(row.removedAt).not.toBeNull();
    expect(await db.prisma.auditLog.count({ where: { action: "class.remove_member", targetId: c.id, actorId: teacher.id } })).toBe(1);
    await expect(removeMember(db.prisma, teacher.id, c.id, learner.id)).rejects.toMatchObject({ status: 404 });
    await expect(removeMember(db.prisma, teacher.id, c.id, teacher.id)).rejects.toMatchObject({ status: 409 });
    // rejoining brings them back (audited)
    await joinByCode(db.prisma, learner.id, c.joinCode);
    expect(await canSeeLearner(db.prisma, teacher, learner.id)).toBe(true);
  });
});

describe("roster import", () => {
  it("reports every bad row with its line and imports nothing", async () => {
    const c = await createClass(db.prisma, teacher.id, { courseSlug: "pc", name: "Import bad", term: "", timeZone: "Asia/Tokyo" });
    const csv = [
      "email,name",
      "good@example.com,Good One",
      "not-an-email,Bad",
      "x@example.com,",
      "good@example.com,Twice",
      '"quoted@example.com","Doe, Jane"',
    ].join("\n");
    const r = await importRoster(db.prisma, teacher.id, c.id, csv);
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => [e.line, e.code])).toEqual([
      [3, "invalid_email"],
      [4, "invalid_name"],
      [5, "duplicate_email"],
    ]);
    expect(await db.prisma.user.count({ where: { email: { in: ["good@example.com", "quoted@example.com"] } } })).toBe(0);
    expect(await db.prisma.classMember.count({ where: { classId: c.id, role: "learner" } })).toBe(0);
  });

  it("refuses files without the header, broken CSV and staff rows", async () => {
    expect(parseRoster("mail,who\na@b.co,A").errors[0]).toMatchObject({ code: "missing_columns", line: 1 });
    expect(parseRoster('email,name\n"a@b.co,A').errors[0]!.code).toBe("bad_csv");
    const c = await createClass(db.prisma, teacher.id, { courseSlug: "pc", name: "Import staff", term: "", timeZone: "Asia/Tokyo" });
    const t = await db.prisma.user.findUniqueOrThrow({ where: { id: teacher.id } });
    const r = await importRoster(db.prisma, teacher.id, c.id, `email,name\n${t.email},Me`);
    expect(r.errors[0]).toMatchObject({ code: "staff_account", line: 2 });
  });

  it("creates invited accounts and adds existing ones in one transaction (a BOM and quoted commas are fine)", async () => {
    const c = await createClass(db.prisma, teacher.id, { courseSlug: "pc", name: "Import good", term: "", timeZone: "Asia/Tokyo" });
    const existing = await db.prisma.user.findUniqueOrThrow({ where: { id: b.id } });
    const csv = `\uFEFFEmail, Name\r\nNew.Person@Example.com,New Person\r\n"quoted@example.com","Doe, Jane"\r\n${existing.email},Bob\r\n`;
    const r = await importRoster(db.prisma, teacher.id, c.id, csv);
    expect(r).toMatchObject({ ok: true, created: 2, added: 3, alreadyMembers: 0, errors: [] });
    const jane = await db.prisma.user.findUniqueOrThrow({ where: { email: "quoted@example.com" } });
    expect(jane).toMatchObject({ name: "Doe, Jane", role: "learner", passwordHash: INVITED_PASSWORD_HASH });
    expect(await db.prisma.user.count({ where: { email: "new.person@example.com" } })).toBe(1);
    expect(await db.prisma.classMember.count({ where: { classId: c.id, role: "learner", removedAt: null } })).toBe(3);
    const again = await importRoster(db.prisma, teacher.id, c.id, csv);
    expect(again).toMatchObject({ ok: true, created: 0, added: 0, alreadyMembers: 3 });
  });
});
