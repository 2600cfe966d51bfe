// lib/gradebook/manual: grading pending short-text answers and overriding scores — totals recomputed the way
// lib/attempts does, audit rows written, the routes' role enforcement and validation, the queue and the item audit.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../lib/auth/session";
import { teachEveryLearner } from "../helpers/classes";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { gradeShortAnswer, listItemAudit, listPendingShortAnswers, overrideScore } from "../../lib/gradebook/manual";
import { seedSmall, user, type Small } from "./fixture";

let session: SessionUser | null = null;
vi.mock("../../lib/auth/session", () => ({ getSessionUser: async () => session }));

let db: TestDatabase;
let fx: Small;
let st: { itemId: string; versionId: string };
type U = { id: string; email: string; name: string };
let learner: U;
let teacher: U;

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  fx = await seedSmall(db.prisma);
  const item = await db.prisma.item.create({ data: { slug: "st1", sectionId: fx.sections[0]!.id, kind: "short_text", position: 9 } });
  const v = await db.prisma.itemVersion.create({
    data: {
      itemId: item.id,
      version: 1,
      contentHash: "st1",
      content: { prompt: { en: "Why do gradients vanish?", ja: "勾配消失の理由は？" } },
      answer: {
        rubric: [
          { id: "chain", keywords: { en: ["chain rule"], ja: ["連鎖律"] } },
          { id: "small", keywords: { en: ["less than one", "small"], ja: ["小さい"] } },
        ],
      },
    },
  });
  await db.prisma.testItem.create({ data: { testId: fx.test.id, itemId: item.id, position: 4, points: 2 } });
  st = { itemId: item.id, versionId: v.id };
  learner = await user(db.prisma, "Learner");
  teacher = await user(db.prisma, "Teacher", "instructor");
  await teachEveryLearner(db.prisma, teacher.id); // the instructor views are scoped to a class
}, 120_000);
afterAll(() => db?.drop());

/** A submitted exam attempt: q1 right, q2 wrong, q3/q4 right, st1 pending with `text`. Total 3 of 6. */
async function pendingAttempt(
  text = "By the chain rule, factors that are small multiply.",
  status: "submitted" | "in_progress" = "submitted",
) {
  const attempt = await db.prisma.testAttempt.create({
    data: {
      testId: fx.test.id,
      userId: learner.id,
      mode: "exam",
      status,
      seed: 1,
      submittedAt: status === "submitted" ? new Date() : null,
      score: 3,
      maxScore: 6,
    },
  });
  for (const [i, r] of ["a", "b", "a", "a"].entries()) {
    await db.prisma.answer.create({
      data: {
        attemptId: attempt.id,
        itemVersionId: fx.items[i]!.version.id,
        response: r,
        tries: 1,
        correct: r === "a",
        score: r === "a" ? 1 : 0,
      },
    });
  }
  const answer = await db.prisma.answer.create({
    data: {
      attemptId: attempt.id,
      itemVersionId: st.versionId,
      response: text,
      tries: 1,
      correct: null,
      score: null,
      feedback: { code: "short_text.pending", pending: true },
    },
  });
  const q2 = await db.prisma.answer.findFirstOrThrow({ where: { attemptId: attempt.id, itemVersionId: fx.items[1]!.version.id } });
  return { attempt, answer, q2 };
}

const as = (u: U | null, role: "learner" | "instructor" | "admin" = "learner") => {
  session = u ? { id: u.id, email: u.email, name: u.name, role, locale: null } : null;
};

async function post(kind: "grade" | "override", id: string, body: unknown) {
  const mod =
    kind === "grade"
      ? await import("../../app/api/instructor/answers/[id]/grade/route")
      : await import("../../app/api/instructor/answers/[id]/override/route");
  const req = new Request(`http://localhost/api/instructor/answers/${id}/${kind}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return mod.POST(req, { params: Promise.resolve({ id }) });
}

describe("gradeShortAnswer / overrideScore", () => {
  it("grading a pending answer sets manualScore, recomputes the total and writes an audit row", async () => {
    const { attempt, answer } = await pendingAttempt();
    const r = await gradeShortAnswer(db.prisma, { actorId: teacher.id, answerId: answer.id, score: 0.5, comment: " Good start " });
    // total = 1 + 0 + 1 + 1 + 2 × 0.5 = 4 of 6
    expect(r).toMatchObject({
      answerId: answer.id,
      attemptId: attempt.id,
      oldScore: null,
      score: 0.5,
      attemptScore: 4,
      attemptMaxScore: 6,
    });
    const a = await db.prisma.answer.findUniqueOrThrow({ where: { id: answer.id } });
    expect(a).toMatchObject({ manualScore: 0.5, manualComment: "Good start", gradedById: teacher.id });
    expect((await db.prisma.testAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).score).toBe(4);
    const logs = await db.prisma.auditLog.findMany({ where: { targetId: answer.id } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ actorId: teacher.id, action: "answer.grade", targetType: "answer" });
    expect(logs[0]!.details).toMatchObject({
      oldScore: null,
      newScore: 0.5,
      oldTotal: 3,
      newTotal: 4,
      itemSlug: "st1",
      comment: "Good start",
    });
    // the grade is the outcome spaced review waited for: half marks → Hard, scheduled ahead
    const review = await db.prisma.reviewState.findFirstOrThrow({ where: { userId: attempt.userId, item: { slug: "st1" } } });
    expect(review).toMatchObject({ lastOutcome: "hard", reps: 1 });
    expect(review.dueAt.getTime()).toBeGreaterThan(Date.now());
    // a second grade is refused; the override changes it, with the reason in the audit log
    await expect(gradeShortAnswer(db.prisma, { actorId: teacher.id, answerId: answer.id, score: 1, comment: null })).rejects.toMatchObject({
      status: 409,
    });
    const o = await overrideScore(db.prisma, { actorId: teacher.id, answerId: answer.id, score: 1, reason: "Re-read: fully correct" });
    expect(o).toMatchObject({ oldScore: 0.5, score: 1, attemptScore: 5 });
    const a2 = await db.prisma.answer.findUniqueOrThrow({ where: { id: answer.id } });
    expect(a2.manualComment).toBe("Good start"); // kept when the override gives no comment
    // an override corrects the grade; it is no new recall
    expect(await db.prisma.reviewState.findFirstOrThrow({ where: { userId: attempt.userId, item: { slug: "st1" } } })).toEqual(review);
    const last = await db.prisma.auditLog.findFirstOrThrow({ where: { targetId: answer.id, action: "answer.override" } });
    expect(last.details).toMatchObject({ oldScore: 0.5, newScore: 1, reason: "Re-read: fully correct", oldTotal: 4, newTotal: 5 });
  });

  it("override of an automatically scored answer; validation; unfinished attempts and unknown answers", async () => {
    const { attempt, q2, answer } = await pendingAttempt();
    const o = await overrideScore(db.prisma, { actorId: teacher.id, answerId: q2.id, score: 1, reason: "Option b accepted too" });
    expect(o).toMatchObject({ oldScore: 0, score: 1, attemptScore: 4 });
    expect((await db.prisma.testAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).score).toBe(4);
    // choice answers are not "graded", only overridden
    await expect(gradeShortAnswer(db.prisma, { actorId: teacher.id, answerId: q2.id, score: 1 })).rejects.toMatchObject({ status: 409 });
    await expect(overrideScore(db.prisma, { actorId: teacher.id, answerId: answer.id, score: 1, reason: "  " })).rejects.toMatchObject({
      status: 400,
    });
    await expect(
      overrideScore(db.prisma, { actorId: teacher.id, answerId: answer.id, score: 1, reason: "x".repeat(501) }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(gradeShortAnswer(db.prisma, { actorId: teacher.id, answerId: answer.id, score: 1.5 })).rejects.toMatchObject({
      status: 400,
    });
    await expect(gradeShortAnswer(db.prisma, { actorId: teacher.id, answerId: "nope", score: 1 })).rejects.toMatchObject({ status: 404 });
    await expect(gradeShortAnswer(db.prisma, { actorId: teacher.id, answerId: crypto.randomUUID(), score: 1 })).rejects.toMatchObject({
      status: 404,
    });
    const open = await pendingAttempt("chain rule", "in_progress");
    await expect(gradeShortAnswer(db.prisma, { actorId: teacher.id, answerId: open.answer.id, score: 1 })).rejects.toMatchObject({
      status: 409,
    });
    // nothing was written for the refused calls
    expect(await db.prisma.auditLog.count({ where: { targetId: answer.id } })).toBe(0);
    expect((await db.prisma.answer.findUniqueOrThrow({ where: { id: answer.id } })).manualScore).toBeNull();
  });

  it("concurrent grades of the same answer: exactly one succeeds", async () => {
    const { answer, attempt } = await pendingAttempt();
    const rs = await Promise.allSettled(
      [0.25, 0.75].map((score) => gradeShortAnswer(db.prisma, { actorId: teacher.id, answerId: answer.id, score })),
    );
    expect(rs.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.prisma.auditLog.count({ where: { targetId: answer.id } })).toBe(1);
    const a = await db.prisma.answer.findUniqueOrThrow({ where: { id: answer.id } });
    expect((await db.prisma.testAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).score).toBe(3 + 2 * a.manualScore!);
  });

  it("queue lists pending answers with matched rubric keywords; the item audit lists grade and override rows", async () => {
    const { answer } = await pendingAttempt("連鎖律で小さい値が掛かる");
    const q = await listPendingShortAnswers(db.prisma, { limit: 500 });
    const row = q.answers.find((x) => x.answerId === answer.id)!;
    expect(row).toMatchObject({ itemSlug: "st1", learner: { id: learner.id }, response: "連鎖律で小さい値が掛かる" });
    expect(row.criteria).toEqual([
      { id: "chain", met: true, keyword: "連鎖律" },
      { id: "small", met: true, keyword: "小さい" },
    ]);
    expect(q.answers.every((x) => x.itemSlug === "st1")).toBe(true);
    await gradeShortAnswer(db.prisma, { actorId: teacher.id, answerId: answer.id, score: 1 });
    expect((await listPendingShortAnswers(db.prisma, { limit: 500 })).answers.some((x) => x.answerId === answer.id)).toBe(false);
    const audit = await listItemAudit(db.prisma, "st1");
    expect(audit[0]).toMatchObject({ action: "answer.grade", answerId: answer.id, actorName: "Teacher", learnerName: "Learner" });
    expect(audit.some((e) => e.action === "answer.override")).toBe(true);
    expect((await listItemAudit(db.prisma, "q2")).map((e) => e.details.reason)).toEqual(["Option b accepted too"]);
    expect(await listItemAudit(db.prisma, "q1")).toEqual([]);
  });
});

describe("POST /api/instructor/answers/[id]/grade and /override", () => {
  it("signed out → 401, learner → 403, with nothing written", async () => {
    const { answer } = await pendingAttempt();
    as(null);
    const r401 = await post("grade", answer.id, { score: 1 });
    expect(r401.status).toBe(401);
    expect(r401.headers.get("content-type")).toMatch(/^application\/json/);
    expect((await post("override", answer.id, { score: 1, reason: "r" })).status).toBe(401);
    as(learner);
    const r403 = await post("grade", answer.id, { score: 1 });
    expect(r403.status).toBe(403);
    expect(await r403.json()).toHaveProperty("error");
    expect((await post("override", answer.id, { score: 1, reason: "r" })).status).toBe(403);
    expect(await db.prisma.auditLog.count({ where: { targetId: answer.id } })).toBe(0);
  });

  it("instructor: 400 on a missing reason or bad score, 404/409 as JSON, 200 with recomputed totals", async () => {
    const { answer, attempt } = await pendingAttempt();
    as(teacher, "instructor");
    const noReason = await post("override", answer.id, { score: 1 });
    expect(noReason.status).toBe(400);
    expect((await noReason.json()).fields).toHaveProperty("reason");
    expect((await post("override", answer.id, { score: 1, reason: "" })).status).toBe(400);
    expect((await post("grade", answer.id, { score: 2 })).status).toBe(400);
    expect((await post("grade", answer.id, { score: "1" })).status).toBe(400);
    expect((await post("grade", answer.id, "{oops")).status).toBe(400);
    expect((await post("grade", crypto.randomUUID(), { score: 1 })).status).toBe(404);
    const ok = await post("grade", answer.id, { score: 1, comment: "Well explained" });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ attemptScore: 5, attemptMaxScore: 6 });
    const again = await post("grade", answer.id, { score: 0 });
    expect(again.status).toBe(409);
    expect(again.headers.get("content-type")).toMatch(/^application\/json/);
    as(teacher, "admin");
    const ov = await post("override", answer.id, { score: 0, reason: "Copied from a classmate" });
    expect(ov.status).toBe(200);
    expect((await db.prisma.testAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).score).toBe(3);
    const actions = (await db.prisma.auditLog.findMany({ where: { targetId: answer.id }, orderBy: { createdAt: "asc" } })).map(
      (l) => l.action,
    );
    expect(actions).toEqual(["answer.grade", "answer.override"]);
  });
});
