// Time spent in the gradebook (lib/gradebook/gradebook.ts): known timestamps → exact seconds per cell and per learner,
// the practice cap, expired exams at their deadline, open attempts at their last save, exercise gaps around the
// 30-minute threshold, date/section filters, sorting by total time, the CSV columns and the page, on a real database.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import type { SessionUser } from "../../lib/auth/session";
import messages from "../../messages/en.json";
import { teachEveryLearner } from "../helpers/classes";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { getGradebook, gradebookCsv, PRACTICE_CAP_S } from "../../lib/gradebook/gradebook";
import type { GradebookQuery } from "../../lib/gradebook/query";
import { seedSmall, user, type Small } from "./fixture";

let session: SessionUser | null = null;
vi.mock("../../lib/auth/session", () => ({ getSessionUser: async () => session }));
vi.mock("next-intl/server", () => import("../helpers/next-intl-server"));

let db: TestDatabase;
let fx: Small;
const u = {} as Record<"ann" | "ben" | "carl" | "dee" | "teacher", { id: string; email: string; name: string }>;
const at = (iso: string) => new Date(`${iso}Z`);
const MIN = 60;

type AttemptSpec = {
  userId: string;
  mode: "practice" | "exam";
  status: "in_progress" | "submitted" | "expired";
  start: string;
  submitted?: string;
  deadline?: string;
  /** Answer save times (the attempt's Answer rows; their updatedAt). */
  saves?: string[];
  score?: number;
};

async function attempt(s: AttemptSpec) {
  const a = await db.prisma.testAttempt.create({
    data: {
      testId: fx.test.id,
      userId: s.userId,
      mode: s.mode,
      status: s.status,
      seed: 1,
      startedAt: at(s.start),
      submittedAt: s.submitted ? at(s.submitted) : null,
      deadlineAt: s.deadline ? at(s.deadline) : null,
      score: s.status === "in_progress" ? null : (s.score ?? 2),
      maxScore: 4,
    },
  });
  // Every attempt has its Answer rows from the start; set updatedAt by SQL (Prisma would stamp "now").
  for (const [i, item] of fx.items.entries()) {
    const ans = await db.prisma.answer.create({ data: { attemptId: a.id, itemVersionId: item.version.id } });
    const saved = s.saves?.[i] ?? s.start;
    await db.prisma.$executeRaw`UPDATE "Answer" SET "updatedAt" = ${at(saved)} WHERE id = ${ans.id}::uuid`;
  }
  return a;
}

async function submission(userId: string, when: string, status: "graded" | "error" | "queued", score: number | null = null) {
  await db.prisma.submission.create({
    data: {
      userId,
      exerciseVersionId: fx.exVersion.id,
      idempotencyKey: `k-${Math.random()}`,
      code: "y = 1",
      status,
      score,
      maxScore: 4,
      createdAt: at(when),
    },
  });
}

async function draft(userId: string, when: string) {
  await db.prisma.codeDraft.create({ data: { userId, exerciseId: fx.exercise.id, code: "y = 2" } });
  await db.prisma
    .$executeRaw`UPDATE "CodeDraft" SET "updatedAt" = ${at(when)} WHERE "userId" = ${userId}::uuid AND "exerciseId" = ${fx.exercise.id}::uuid`;
}

// Expected seconds, from the fixtures below.
const ANN_TEST = (120 + 25 + 30 + 12) * MIN; // practice capped at 2 h, exam 25 min, expired exam to its deadline, open exam to last save
const ANN_EX = (10 + 15 + 20) * MIN + 29 * MIN + 30; // gaps < 30 min; the 95-minute gap is a break
const BEN_TEST = (45 + 30) * MIN; // open practice to its last save; open exam past its deadline capped at the deadline

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  fx = await seedSmall(db.prisma);
  u.ann = await user(db.prisma, "Ann");
  u.ben = await user(db.prisma, "Ben");
  u.carl = await user(db.prisma, "Carl");
  u.dee = await user(db.prisma, "Dee");
  u.teacher = await user(db.prisma, "Teach", "instructor");

  // Ann, ptest (times UTC; Japan days in comments where filters use them)
  // practice open for two days → counts PRACTICE_CAP_S
  await attempt({
    userId: u.ann.id,
    mode: "practice",
    status: "submitted",
    start: "2026-04-01T00:00:00",
    submitted: "2026-04-03T00:00:00",
    score: 1,
  });
  // exam submitted after 25 minutes (5 April JST)
  await attempt({
    userId: u.ann.id,
    mode: "exam",
    status: "submitted",
    start: "2026-04-05T01:00:00",
    submitted: "2026-04-05T01:25:00",
    score: 3,
  });
  // exam that expired at 01:30; its expiry was recorded at 09:00 (18:00 on 6 April JST) → 30 minutes
  await attempt({
    userId: u.ann.id,
    mode: "exam",
    status: "expired",
    start: "2026-04-06T01:00:00",
    deadline: "2026-04-06T01:30:00",
    submitted: "2026-04-06T09:00:00",
    score: 2,
  });
  // exam still open (7 April), answers saved at 01:05 and 01:12 → 12 minutes
  await attempt({
    userId: u.ann.id,
    mode: "exam",
    status: "in_progress",
    start: "2026-04-07T01:00:00",
    deadline: "2026-04-07T01:30:00",
    saves: ["2026-04-07T01:05:00", "2026-04-07T01:12:00"],
  });
  // Ann, pex: 10:00 graded, 10:10 error (+10), 10:25 graded (+15), 12:00 graded (95 min: a break), 12:20 queued (+20),
  // draft saved 12:49:30 (+29.5)
  await submission(u.ann.id, "2026-04-10T10:00:00", "graded", 1);
  await submission(u.ann.id, "2026-04-10T10:10:00", "error");
  await submission(u.ann.id, "2026-04-10T10:25:00", "graded", 3);
  await submission(u.ann.id, "2026-04-10T12:00:00", "graded", 2);
  await submission(u.ann.id, "2026-04-10T12:20:00", "queued");
  await draft(u.ann.id, "2026-04-10T12:49:30");

  // Ben: an open practice attempt last saved after 45 minutes; an open exam past its deadline (expiry not yet
  // recorded) whose last save came a minute after it; two submissions exactly 30 minutes apart (a break: 0).
  await attempt({
    userId: u.ben.id,
    mode: "practice",
    status: "in_progress",
    start: "2026-04-08T00:00:00",
    saves: ["2026-04-08T00:20:00", "2026-04-08T00:45:00"],
  });
  await attempt({
    userId: u.ben.id,
    mode: "exam",
    status: "in_progress",
    start: "2026-04-09T00:00:00",
    deadline: "2026-04-09T00:30:00",
    saves: ["2026-04-09T00:31:00"],
  });
  await submission(u.ben.id, "2026-04-11T09:00:00", "graded", 4);
  await submission(u.ben.id, "2026-04-11T09:30:00", "graded", 4);

  // Dee: only a draft — a single event, nothing before it is known.
  await draft(u.dee.id, "2026-04-12T09:00:00");
  // The instructor's time is not a row.
  await attempt({
    userId: u.teacher.id,
    mode: "exam",
    status: "submitted",
    start: "2026-04-05T01:00:00",
    submitted: "2026-04-05T01:50:00",
  });
  await teachEveryLearner(db.prisma, u.teacher.id); // the instructor views are scoped to a class
}, 120_000);
afterAll(() => db?.drop());

const gb = (q: Partial<GradebookQuery> = {}, opts?: { paginate?: boolean }) => getGradebook(db.prisma, q, opts);
const row = (g: Awaited<ReturnType<typeof gb>>, id: string) => g.rows.find((r) => r.userId === id)!;

describe("time spent", () => {
  it("tests: submitted, expired at the deadline, open at the last save, practice capped; exercises: gaps under 30 minutes", async () => {
    expect(PRACTICE_CAP_S).toBe(2 * 3600);
    const g = await gb();
    expect(g.columns.map((c) => c.key)).toEqual(["test:ptest", "exercise:pex"]);
    const ann = row(g, u.ann.id);
    // the open attempt adds time but is not an attempt for the scores: 3 finished attempts, latest = the expired one
    expect(ann.cells[0]).toEqual({ attempts: 3, best: 75, latest: 50, seconds: ANN_TEST });
    expect(ann.cells[0]!.seconds).toBe(11_220); // 187 minutes
    // error and queued submissions and the draft are activity, not graded attempts
    expect(ann.cells[1]).toEqual({ attempts: 3, best: 75, latest: 50, seconds: ANN_EX });
    expect(ann.cells[1]!.seconds).toBe(4_470); // 74.5 minutes
    expect(ann.totalSeconds).toBe(ANN_TEST + ANN_EX);

    const ben = row(g, u.ben.id);
    expect(ben.cells[0]).toEqual({ attempts: 0, best: null, latest: null, seconds: BEN_TEST });
    expect(ben.cells[1]).toEqual({ attempts: 2, best: 100, latest: 100, seconds: 0 }); // exactly 30 minutes apart
    expect(ben.totalSeconds).toBe(4_500);
    expect(ben.lastActivity?.toISOString()).toBe("2026-04-11T09:30:00.000Z"); // open attempts do not change it

    const dee = row(g, u.dee.id);
    expect([dee.cells[1]!.seconds, dee.totalSeconds, dee.lastActivity]).toEqual([0, 0, null]);
    expect(row(g, u.carl.id).totalSeconds).toBe(0);
    expect(g.rows.some((r) => r.userId === u.teacher.id)).toBe(false);
  });

  it("follows the date and section filters; the total is the sum of the shown columns", async () => {
    // From 6 April (Japan time): Ann's expired exam (recorded on the 6th) and the open one (started on the 7th) only.
    const from6 = await gb({ from: "2026-04-06" });
    expect(row(from6, u.ann.id).cells[0]!.seconds).toBe((30 + 12) * MIN);
    expect(row(from6, u.ann.id).cells[1]!.seconds).toBe(ANN_EX);
    // Until 10 April: the draft on the 10th at 21:49 JST is in, events of 11 April are out.
    const until10 = await gb({ from: "2026-04-10", to: "2026-04-10" });
    expect(row(until10, u.ann.id).cells[1]!.seconds).toBe(ANN_EX);
    expect(row(until10, u.ben.id).totalSeconds).toBe(0);
    // Only the draft of 12 April: a single event in the period, nothing before it is known.
    const only12 = await gb({ from: "2026-04-12" });
    expect(row(only12, u.dee.id).totalSeconds).toBe(0);
    const ps1 = await gb({ sections: ["ps1"] });
    expect(ps1.columns.map((c) => c.key)).toEqual(["test:ptest"]);
    expect(row(ps1, u.ann.id).totalSeconds).toBe(ANN_TEST);
    const ps2 = await gb({ sections: ["ps2"] });
    expect(row(ps2, u.ann.id).totalSeconds).toBe(ANN_EX);
  });

  it("sorts by total time, most first or least first, ties by name", async () => {
    const names = (g: Awaited<ReturnType<typeof gb>>) => g.rows.map((r) => r.name);
    const desc = await gb({ sort: "time", dir: "desc" });
    expect(names(desc)).toEqual(["Ann", "Ben", "Carl", "Dee"]);
    expect(desc.rows.map((r) => r.totalSeconds)).toEqual([ANN_TEST + ANN_EX, BEN_TEST, 0, 0]);
    expect(names(await gb({ sort: "time", dir: "asc" }))).toEqual(["Carl", "Dee", "Ben", "Ann"]);
    // in the exercise section only, Ben's two submissions 30 minutes apart count nothing
    expect(names(await gb({ sections: ["ps2"], sort: "time", dir: "desc" }))).toEqual(["Ann", "Ben", "Carl", "Dee"]);
    expect((await gb({ sections: ["ps2"], sort: "time", dir: "desc" })).rows.map((r) => r.totalSeconds)).toEqual([ANN_EX, 0, 0, 0]);
  });
});

describe("time spent in the CSV", () => {
  const get = async (qs: string) => {
    const { GET } = await import("../../app/api/instructor/gradebook.csv/route");
    return GET(new Request(`http://localhost/api/instructor/gradebook.csv${qs}`), {});
  };

  it("minutes per column and in total, after the existing columns", async () => {
    const csv = gradebookCsv(await gb({}, { paginate: false }));
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe(
      "name,email,test:ptest best %,test:ptest latest %,test:ptest attempts,exercise:pex best %,exercise:pex latest %,exercise:pex attempts," +
        "overall %,last activity,test:ptest time min,exercise:pex time min,total time min",
    );
    expect(lines[1]).toBe(`Ann,${u.ann.email},75,50,3,75,50,3,75,2026-04-10T12:00:00.000Z,187,74.5,261.5`);
    expect(lines[2]).toBe(`Ben,${u.ben.email},,,0,100,100,2,50,2026-04-11T09:30:00.000Z,75,0,75`);
    expect(lines[3]).toBe(`Carl,${u.carl.email},,,0,,,0,0,,0,0,0`);
  });

  it("the route sorts by time and keeps the filters", async () => {
    session = { id: u.teacher.id, email: u.teacher.email, name: u.teacher.name, role: "instructor", locale: null };
    const r = await get("?sort=time&dir=asc&section=ps1");
    expect(r.status).toBe(200);
    const lines = (await r.text())
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .filter((l) => l !== "");
    expect(lines[0]!.split(",").slice(-2)).toEqual(["test:ptest time min", "total time min"]);
    expect(lines.slice(1).map((l) => [l.split(",")[0], l.split(",").at(-1)])).toEqual([
      ["Carl", "0"],
      ["Dee", "0"],
      ["Ben", "75"],
      ["Ann", "187"],
    ]);
  });
});

describe("time spent on the page", () => {
  const render = (node: ReactNode) =>
    renderToStaticMarkup(createElement(NextIntlClientProvider, { locale: "en", messages, timeZone: "UTC", children: node }));
  const page = async (sp: Record<string, string>) => {
    session = { id: u.teacher.id, email: u.teacher.email, name: u.teacher.name, role: "instructor", locale: null };
    const Page = (await import("../../app/instructor/gradebook/page")).default;
    return render(await Page({ searchParams: Promise.resolve(sp) }));
  };

  it("a compact time in each cell, a sortable total column and the rule under the table", async () => {
    const html = await page({ sort: "time" });
    const tr = (id: string) => new RegExp(`<tr data-learner="${id}">.*?</tr>`).exec(html)![0];
    expect(tr(u.ann.id)).toContain('data-time="15690">4 hr 22 min</td>');
    expect(tr(u.ann.id)).toContain("3 attempts · 3 hr 7 min spent");
    expect(tr(u.ann.id)).toContain("3 attempts · 1 hr 15 min spent"); // 74.5 minutes, rounded
    expect(tr(u.ben.id)).toContain('data-time="4500">1 hr 15 min</td>');
    expect(tr(u.ben.id)).toMatch(/<td data-time="4500">—<br\/><span class="muted">1 hr 15 min spent<\/span><\/td>/);
    expect(tr(u.carl.id)).toContain('data-time="0">—</td>');
    // the header sorts by time (active: descending, the link reverses it); the form offers it
    expect(html).toMatch(
      /<th[^>]*aria-sort="descending"[^>]*data-column="time"><a[^>]*href="\/instructor\/gradebook\?sort=time&amp;dir=asc&amp;class=[^"]+"/,
    );
    expect(html).toContain('<option value="time" selected="">Total time spent</option>');
    expect(html).toContain("each counts at most 2 hours");
    expect(html).toContain("shorter than 30 minutes");
  });
});
