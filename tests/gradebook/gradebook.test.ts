// lib/gradebook: gradebook query, CSV format, the CSV route's role enforcement, item statistics on known answers.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../lib/auth/session";
import { teachEveryLearner } from "../helpers/classes";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { csvField, getGradebook, gradebookCsv, toCsv } from "../../lib/gradebook/gradebook";
import { discrimination, getItemStats, listItemFacility } from "../../lib/gradebook/items";
import { attemptWith, seedSmall, submissionWith, user, type Small } from "./fixture";

let session: SessionUser | null = null;
vi.mock("../../lib/auth/session", () => ({ getSessionUser: async () => session }));

let db: TestDatabase;
let fx: Small;
const users = {} as Record<"l1" | "l2" | "l3" | "l4" | "teacher", { id: string; email: string; name: string; role: string }>;

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  fx = await seedSmall(db.prisma);
  users.l1 = await user(db.prisma, "山田 太郎");
  users.l2 = await user(db.prisma, 'Bob "B", Jr.');
  users.l3 = await user(db.prisma, "=cmd");
  users.l4 = await user(db.prisma, "Dora");
  users.teacher = await user(db.prisma, "Teach", "instructor");
  const t = (d: number) => new Date(Date.UTC(2026, 2, d));
  // Known answers (correct option is "a" everywhere):
  //   l1: a a a a → 100%   l2: a a a b → 75%   l3: a b b c → 25%   l4: b b c – → 0%
  await attemptWith(db.prisma, fx, users.l1.id, ["a", "a", "a", "a"], { at: t(2) });
  await attemptWith(db.prisma, fx, users.l2.id, ["a", "a", "a", "b"], { at: t(3) });
  await attemptWith(db.prisma, fx, users.l3.id, ["a", "b", "b", "c"], { at: t(4) });
  await attemptWith(db.prisma, fx, users.l4.id, ["b", "b", "c", null], { at: t(5) });
  // l1 tries again later and does worse: best 100, latest 50
  await attemptWith(db.prisma, fx, users.l1.id, ["a", "b", "a", "c"], { at: t(6), mode: "practice" });
  // an unfinished attempt is ignored everywhere
  const open = await db.prisma.testAttempt.create({ data: { testId: fx.test.id, userId: users.l4.id, mode: "practice", seed: 1 } });
  await db.prisma.answer.create({
    data: { attemptId: open.id, itemVersionId: fx.items[0]!.version.id, response: "d", tries: 1, correct: false, score: 0 },
  });
  await submissionWith(db.prisma, fx, users.l2.id, 1, 2, t(3));
  await submissionWith(db.prisma, fx, users.l2.id, 2, 2, t(4));
  // the teacher's own attempt is not a gradebook row
  await attemptWith(db.prisma, fx, users.teacher.id, ["a", "a", "a", "a"], { at: t(7) });
  await teachEveryLearner(db.prisma, users.teacher.id); // the instructor views are scoped to a class
}, 120_000);
afterAll(() => db?.drop());

describe("gradebook", () => {
  it("has one row per learner with best, latest and attempts per test and exercise", async () => {
    const g = await getGradebook(db.prisma);
    expect(g.columns.map((c) => `${c.kind}:${c.slug}`)).toEqual(["test:ptest", "exercise:pex"]);
    expect(g.rows.map((r) => r.name).sort()).toEqual(["=cmd", 'Bob "B", Jr.', "Dora", "山田 太郎"].sort());
    const row = (id: string) => g.rows.find((r) => r.userId === id)!;
    expect(row(users.l1.id).cells[0]).toEqual({ attempts: 2, best: 100, latest: 50, seconds: 0 });
    // (l4's open attempt adds the moments between its creation and its answer's: time only, see gradebook-time.test.ts)
    expect(row(users.l4.id).cells[0]).toMatchObject({ attempts: 1, best: 0, latest: 0 });
    expect(row(users.l2.id).cells[1]).toEqual({ attempts: 2, best: 100, latest: 100, seconds: 0 });
    expect(row(users.l3.id).cells[1]).toEqual({ attempts: 0, best: null, latest: null, seconds: 0 });
  });

  it("CSV: BOM, CRLF, RFC 4180 quoting, formula-safe text", async () => {
    expect(csvField('Bob "B", Jr.')).toBe('"Bob ""B"", Jr."');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField(-5)).toBe("-5");
    expect(csvField(null)).toBe("");
    expect(
      toCsv([
        ["a", "b"],
        [1, null],
      ]),
    ).toBe("\uFEFFa,b\r\n1,\r\n");
    const csv = gradebookCsv(await getGradebook(db.prisma));
    expect(csv.startsWith("\uFEFFname,email,test:ptest best %,test:ptest latest %,test:ptest attempts,exercise:pex best %")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines.at(-1)).toBe("");
    // … then overall % (mean best over the columns, untried = 0) and last activity (UTC ISO)
    expect(lines).toContain(`山田 太郎,${users.l1.email},100,50,2,,,0,50,2026-03-06T00:00:00.000Z,0,0,0`);
    expect(lines).toContain(`"Bob ""B"", Jr.",${csvField(users.l2.email)},75,75,1,100,100,2,87.5,2026-03-04T00:00:00.000Z,0,0,0`);
    expect(lines.some((l) => l.startsWith("'=cmd,"))).toBe(true);
  });
});

describe("GET /api/instructor/gradebook.csv", () => {
  const get = async () => {
    const { GET } = await import("../../app/api/instructor/gradebook.csv/route");
    return GET(new Request("http://localhost/api/instructor/gradebook.csv"), {});
  };
  const as = (u: (typeof users)["l1"] | null, role: "learner" | "instructor" | "admin" = "learner") => {
    session = u ? { id: u.id, email: u.email, name: u.name, role, locale: null } : null;
  };

  it("401 signed out, 403 for a learner, CSV for an instructor", async () => {
    as(null);
    const r401 = await get();
    expect(r401.status).toBe(401);
    expect(r401.headers.get("content-type")).toMatch(/^application\/json/);
    as(users.l1);
    const r403 = await get();
    expect(r403.status).toBe(403);
    expect(await r403.text()).not.toContain("山田");
    as(users.teacher, "instructor");
    const ok = await get();
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(ok.headers.get("content-disposition")).toMatch(/^attachment; filename="kakunin-gradebook-Class-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await ok.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain("山田 太郎");
  });
});

describe("item statistics", () => {
  it("discrimination uses the upper and lower 27%", () => {
    const rs = [1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1].map((total, order) => ({ total, order, correct: total > 0.45 }));
    expect(discrimination(rs)).toEqual({ d: 1, groupSize: 3 });
    expect(discrimination([rs[0]!])).toEqual({ d: null, groupSize: 0 });
  });

  it("facility, discrimination and option distribution on known answers (finished attempts only)", async () => {
    // a review session (an attempt without a test) re-asks a forgotten item: left out of the statistics
    const review = await db.prisma.testAttempt.create({
      data: {
        testId: null,
        userId: users.l4.id,
        mode: "practice",
        status: "submitted",
        seed: 1,
        submittedAt: new Date(),
        score: 0,
        maxScore: 1,
      },
    });
    await db.prisma.answer.create({
      data: {
        attemptId: review.id,
        itemVersionId: fx.items[0]!.version.id,
        response: "c",
        tries: 1,
        correct: false,
        score: 0,
        position: 0,
      },
    });
    // respondents by attempt total: teacher 1, l1 1, l2 .75, l1(practice) .5, l3 .25, l4 0 → n = 6, groups of round(1.62) = 2
    const q1 = (await getItemStats(db.prisma, "q1"))!;
    // q1: teacher a, l1 a, l2 a, l1p a, l3 a, l4 b → 5/6 ; upper {teacher,l1} 1, lower {l3,l4} .5
    expect(q1).toMatchObject({ n: 6, groupSize: 2, unanswered: 0 });
    expect(q1.facility).toBeCloseTo(5 / 6);
    expect(q1.discrimination).toBeCloseTo(0.5);
    expect(q1.options.map((o) => [o.id, o.count, o.correct])).toEqual([
      ["a", 5, true],
      ["b", 1, false],
      ["c", 0, false],
      ["d", 0, false],
    ]);
    // q4: teacher a, l1 a, l2 b, l1p c, l3 c, l4 – → 2/6 ; upper 1, lower 0
    const q4 = (await getItemStats(db.prisma, "q4"))!;
    expect(q4.facility).toBeCloseTo(2 / 6);
    expect(q4.discrimination).toBe(1);
    expect(q4.unanswered).toBe(1);
    expect(q4.options.map((o) => o.count)).toEqual([2, 1, 2, 0]);
    expect(await getItemStats(db.prisma, "nope")).toBeNull();
    const list = await listItemFacility(db.prisma);
    expect(list.find((i) => i.slug === "q1")).toMatchObject({ n: 6 });
  });
});
