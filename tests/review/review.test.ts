// lib/review: outcome → FSRS rating rule, ReviewState updates, and the hooks in attempt finalisation and grading.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Rating } from "ts-fsrs";
import type { TestDatabase } from "../helpers/db";
import { createContentDatabase } from "../helpers/template-db";
import { parseCard, ratingFor, recordOutcome } from "../../lib/review/outcome";
import { checkAnswer, getOwnedAttempt, revealAnswer, startAttempt, submitAttempt, takeHint } from "../../lib/attempts/service";
import { writeGradeResult } from "../../lib/exercises/queue-worker";
import { correctResponses, makeUser, PRACTICE_TEST, addFixtureTests } from "../attempts/fixture";
import { seedExercise } from "../exercises/queue-fixture";

const ans = (o: Partial<{ correct: boolean | null; tries: number; hintsUsed: number; revealed: boolean }>) => ({
  kind: "answer" as const,
  correct: true,
  tries: 1,
  hintsUsed: 0,
  revealed: false,
  ...o,
});

describe("rating rule", () => {
  it("maps answers: first try → Good, hints or retries → Hard, wrong/revealed → Again, pending → nothing", () => {
    expect(ratingFor(ans({}))).toBe(Rating.Good);
    expect(ratingFor(ans({ hintsUsed: 1 }))).toBe(Rating.Hard);
    expect(ratingFor(ans({ tries: 3 }))).toBe(Rating.Hard);
    expect(ratingFor(ans({ correct: false }))).toBe(Rating.Again);
    expect(ratingFor(ans({ revealed: true, correct: false }))).toBe(Rating.Again);
    expect(ratingFor(ans({ correct: null }))).toBeNull();
  });
  it("maps submissions by score fraction", () => {
    expect(ratingFor({ kind: "submission", score: 2, maxScore: 2 })).toBe(Rating.Good);
    expect(ratingFor({ kind: "submission", score: 1, maxScore: 2 })).toBe(Rating.Hard);
    expect(ratingFor({ kind: "submission", score: 0.5, maxScore: 2 })).toBe(Rating.Again);
    expect(ratingFor({ kind: "submission", score: 0, maxScore: 0 })).toBe(Rating.Again);
  });
});

let db: TestDatabase;
beforeAll(async () => {
  db = await createContentDatabase();
  await addFixtureTests(db.prisma);
}, 180_000);
afterAll(() => db?.drop());

describe("recordOutcome", () => {
  it("creates then advances the FSRS card; Good schedules later than Again", async () => {
    const u = await makeUser(db.prisma, "rev1");
    const item = await db.prisma.item.findUniqueOrThrow({ where: { slug: "rnn-y1-choice" } });
    const t0 = new Date("2026-01-01T00:00:00Z");
    const s1 = await recordOutcome(db.prisma, { userId: u.id, itemId: item.id, outcome: ans({}), at: t0 });
    expect(s1).toMatchObject({ lastOutcome: "good", reps: 1, lapses: 0 });
    expect(s1!.dueAt.getTime()).toBeGreaterThan(t0.getTime());
    // review again when due, Good again: the interval grows to days
    const t1 = new Date(s1!.dueAt.getTime() + 1000);
    const s2 = await recordOutcome(db.prisma, { userId: u.id, itemId: item.id, outcome: ans({}), at: t1 });
    expect(s2!.reps).toBe(2);
    expect(s2!.dueAt.getTime() - t1.getTime()).toBeGreaterThan(24 * 3600e3);
    expect(parseCard(s2!.card)!.due.getTime()).toBe(s2!.dueAt.getTime());
    // a lapse
    const t2 = new Date(s2!.dueAt.getTime() + 1000);
    const s3 = await recordOutcome(db.prisma, { userId: u.id, itemId: item.id, outcome: ans({ correct: false }), at: t2 });
    expect(s3).toMatchObject({ lastOutcome: "again", reps: 3, lapses: 1 });
    expect(s3!.dueAt.getTime() - t2.getTime()).toBeLessThan(3600e3);
    expect(await db.prisma.reviewState.count({ where: { userId: u.id } })).toBe(1);
    // pending: nothing recorded
    expect(await recordOutcome(db.prisma, { userId: u.id, itemId: item.id, outcome: ans({ correct: null }), at: t2 })).toBeNull();
  });
});

describe("hooks", () => {
  it("submitting a practice attempt records one review per objectively graded answer, once", async () => {
    const u = await makeUser(db.prisma, "rev2");
    const { attemptId } = await startAttempt(db.prisma, u.id, PRACTICE_TEST, "practice");
    const attempt = await getOwnedAttempt(db.prisma, u.id, attemptId);
    const right = await correctResponses(db.prisma, attempt.seed);
    await checkAnswer(db.prisma, u.id, attemptId, "rnn-y1-choice", right["rnn-y1-choice"]);
    await takeHint(db.prisma, u.id, attemptId, "rnn-three-weights");
    await checkAnswer(db.prisma, u.id, attemptId, "rnn-three-weights", right["rnn-three-weights"]);
    await revealAnswer(db.prisma, u.id, attemptId, "bptt-chain-rule");
    await checkAnswer(db.prisma, u.id, attemptId, "attention-weighted-sum", right["attention-weighted-sum"]); // short text: pending
    await submitAttempt(db.prisma, u.id, attemptId);
    await submitAttempt(db.prisma, u.id, attemptId); // idempotent
    const states = await db.prisma.reviewState.findMany({ where: { userId: u.id }, include: { item: true } });
    const by = Object.fromEntries(states.map((s) => [s.item!.slug, s]));
    expect(by["rnn-y1-choice"]).toMatchObject({ lastOutcome: "good", reps: 1 });
    expect(by["rnn-three-weights"]).toMatchObject({ lastOutcome: "hard", reps: 1 });
    expect(by["bptt-chain-rule"]).toMatchObject({ lastOutcome: "again" });
    expect(by["attention-softmax-weight"]).toMatchObject({ lastOutcome: "again" }); // not answered
    expect(by["attention-weighted-sum"]).toBeUndefined();
    expect(states).toHaveLength(5);
    for (const s of states) {
      expect(parseCard(s.card)!.due.getTime()).toBe(s.dueAt.getTime()); // stored in UTC, as the card says
      expect(Math.abs(Date.now() - s.lastSeenAt!.getTime())).toBeLessThan(120_000);
    }

    // a second attempt updates the same rows: the card goes on from its stored state
    const second = await startAttempt(db.prisma, u.id, PRACTICE_TEST, "practice");
    const again = await getOwnedAttempt(db.prisma, u.id, second.attemptId);
    const right2 = await correctResponses(db.prisma, again.seed);
    await checkAnswer(db.prisma, u.id, second.attemptId, "rnn-y1-choice", right2["rnn-y1-choice"]);
    await submitAttempt(db.prisma, u.id, second.attemptId);
    const after = await db.prisma.reviewState.findMany({ where: { userId: u.id }, include: { item: true } });
    const by2 = Object.fromEntries(after.map((s) => [s.item!.slug, s]));
    expect(after).toHaveLength(6); // the short-text question, unanswered this time, is graded wrong: a new row
    expect(by2["attention-weighted-sum"]).toMatchObject({ lastOutcome: "again", reps: 1 });
    expect(by2["rnn-y1-choice"]).toMatchObject({ lastOutcome: "good", reps: 2 });
    expect(by2["rnn-y1-choice"].dueAt.getTime()).toBeGreaterThan(by["rnn-y1-choice"].dueAt.getTime());
    expect(by2["rnn-three-weights"]).toMatchObject({ lastOutcome: "again", reps: 2 }); // not answered this time
  });

  it("grading a submission records a review for the exercise (exactly once)", async () => {
    const { exercise, version } = await seedExercise(db.prisma, { slug: "rev-ex" });
    const u = await makeUser(db.prisma, "rev3");
    const sub = await db.prisma.submission.create({
      data: { userId: u.id, exerciseVersionId: version.id, idempotencyKey: "k", code: "y = 2 * x\n" },
    });
    const job = await db.prisma.gradingJob.create({ data: { submissionId: sub.id } });
    const report = { score: 1, maxScore: 2, tests: [] };
    const data = { submissionId: sub.id, gradingJobId: job.id };
    expect(await writeGradeResult(db.prisma, data, report)).toBe(true);
    expect(await writeGradeResult(db.prisma, data, report)).toBe(false);
    const st = await db.prisma.reviewState.findUniqueOrThrow({ where: { userId_exerciseId: { userId: u.id, exerciseId: exercise.id } } });
    expect(st).toMatchObject({ lastOutcome: "hard", reps: 1 });
  });
});
