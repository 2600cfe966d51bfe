// Confirmation-test attempts against a real PostgreSQL: start/resume, stable shuffles, practice and exam flows,
// secrets never in the page payload, ownership.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../helpers/db";
import { createContentDatabase } from "../helpers/template-db";
import { buildAttemptPayload } from "../../lib/attempts/payload";
import {
  checkAnswer,
  getOwnedAttempt,
  HINT_PENALTY,
  RETRY_PENALTY,
  revealAnswer,
  saveAnswer,
  startAttempt,
  submitAttempt,
  takeHint,
} from "../../lib/attempts/service";
import { correctResponses, EXAM_TEST, makeUser, PRACTICE_TEST, addFixtureTests } from "./fixture";

let db: TestDatabase;
let alice: { id: string };
let bob: { id: string };

beforeAll(async () => {
  db = await createContentDatabase();
  await addFixtureTests(db.prisma);
  alice = await makeUser(db.prisma, "alice");
  bob = await makeUser(db.prisma, "bob");
}, 180_000);
afterAll(() => db?.drop());

const payload = async (userId: string, id: string, locale: "en" | "ja" = "en") =>
  buildAttemptPayload(await getOwnedAttempt(db.prisma, userId, id), locale);

describe("start and resume", () => {
  it("starts a practice attempt, stores a seed, and resumes the same attempt", async () => {
    const a = await startAttempt(db.prisma, alice.id, PRACTICE_TEST, "practice");
    expect(a.resumed).toBe(false);
    const row = await db.prisma.testAttempt.findUniqueOrThrow({ where: { id: a.attemptId }, include: { answers: true } });
    expect(row.seed).toBeGreaterThan(0);
    expect(row.answers).toHaveLength(6);
    expect(row.deadlineAt).toBeNull();
    const b = await startAttempt(db.prisma, alice.id, PRACTICE_TEST, "practice");
    expect(b).toEqual({ attemptId: a.attemptId, resumed: true });
  });

  it("refuses exam mode for an untimed test and unknown tests", async () => {
    await expect(startAttempt(db.prisma, alice.id, PRACTICE_TEST, "exam")).rejects.toMatchObject({ status: 400 });
    await expect(startAttempt(db.prisma, alice.id, "no-such-test", "practice")).rejects.toMatchObject({ status: 404 });
  });

  it("keeps option order, parameters and question order stable across reloads", async () => {
    const { attemptId } = await startAttempt(db.prisma, alice.id, PRACTICE_TEST, "practice");
    const p1 = await payload(alice.id, attemptId);
    const p2 = await payload(alice.id, attemptId);
    expect(p2.items.map((i) => [i.slug, i.options?.map((o) => o.id), i.promptHtml])).toEqual(
      p1.items.map((i) => [i.slug, i.options?.map((o) => o.id), i.promptHtml]),
    );
    // Practice keeps the authored order.
    expect(p1.items.map((i) => i.slug)[0]).toBe("rnn-y1-choice");
    // Different seeds give different orders for some item (8 options across two choice items).
    const seeds = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      await db.prisma.testAttempt.update({ where: { id: attemptId }, data: { seed } });
      const p = await payload(alice.id, attemptId);
      seeds.add(JSON.stringify(p.items.map((i) => [i.options?.map((o) => o.id), i.kind === "numeric" ? i.promptHtml : ""])));
    }
    expect(seeds.size).toBeGreaterThan(1);
  });
});

describe("practice", () => {
  it("wrong then right (retry penalty), hints (hint penalty), reveal scores 0, explanation only when unlocked", async () => {
    const user = await makeUser(db.prisma, "pia");
    const { attemptId } = await startAttempt(db.prisma, user.id, PRACTICE_TEST, "practice");
    const attempt = await getOwnedAttempt(db.prisma, user.id, attemptId);
    const right = await correctResponses(db.prisma, attempt.seed);
    const single = "rnn-y1-choice";
    const options = (await payload(user.id, attemptId)).items.find((i) => i.slug === single)!.options!.map((o) => o.id);
    const wrongOpt = options.find((o) => o !== right[single])!;

    // Before answering: no explanation, no solution.
    let item = (await payload(user.id, attemptId)).items.find((i) => i.slug === single)!;
    expect(item.explanationHtml).toBeUndefined();
    expect(item.correctOptionIds).toBeUndefined();

    await takeHint(db.prisma, user.id, attemptId, single);
    item = (await payload(user.id, attemptId)).items.find((i) => i.slug === single)!;
    expect(item.hintsUsed).toBe(1);
    expect(item.hintsHtml).toHaveLength(1);

    await checkAnswer(db.prisma, user.id, attemptId, single, wrongOpt);
    item = (await payload(user.id, attemptId)).items.find((i) => i.slug === single)!;
    expect(item.isCorrect).toBe(false);
    expect(item.feedback?.message).toBeTruthy();
    expect(item.locked).toBe(false);
    expect(item.explanationHtml).toBeUndefined();

    await checkAnswer(db.prisma, user.id, attemptId, single, right[single]);
    item = (await payload(user.id, attemptId)).items.find((i) => i.slug === single)!;
    expect(item.isCorrect).toBe(true);
    expect(item.tries).toBe(2);
    expect(item.score).toBeCloseTo(1 - HINT_PENALTY - RETRY_PENALTY);
    expect(item.locked).toBe(true);
    expect(item.explanationHtml).toBeTruthy();
    expect(item.correctOptionIds).toEqual([right[single]]);
    await expect(checkAnswer(db.prisma, user.id, attemptId, single, right[single])).rejects.toMatchObject({ status: 409 });

    // Formula, right first time.
    await checkAnswer(db.prisma, user.id, attemptId, "bptt-chain-rule", "2x + 2y");
    item = (await payload(user.id, attemptId)).items.find((i) => i.slug === "bptt-chain-rule")!;
    expect(item.isCorrect).toBe(true);
    expect(item.score).toBe(1);

    // Numeric with the drawn parameters.
    await checkAnswer(db.prisma, user.id, attemptId, "attention-softmax-weight", right["attention-softmax-weight"]);
    item = (await payload(user.id, attemptId)).items.find((i) => i.slug === "attention-softmax-weight")!;
    expect(item.isCorrect).toBe(true);

    // Reveal scores 0 and unlocks the explanation.
    await revealAnswer(db.prisma, user.id, attemptId, "rnn-three-weights");
    item = (await payload(user.id, attemptId)).items.find((i) => i.slug === "rnn-three-weights")!;
    expect(item.revealed).toBe(true);
    expect(item.score).toBe(0);
    expect(item.explanationHtml).toBeTruthy();
    expect(item.correctOptionIds?.sort()).toEqual([...(right["rnn-three-weights"] as string[])].sort());

    // Short text: pending, with instant rubric feedback.
    await checkAnswer(db.prisma, user.id, attemptId, "attention-weighted-sum", "a weighted sum of the encoder states");
    item = (await payload(user.id, attemptId)).items.find((i) => i.slug === "attention-weighted-sum")!;
    expect(item.pending).toBe(true);
    expect(item.score).toBeNull();
    expect(item.feedback?.message).toBeTruthy();

    // Every answer stored.
    const rows = await db.prisma.answer.findMany({ where: { attemptId }, include: { itemVersion: { include: { item: true } } } });
    const r = rows.find((x) => x.itemVersion.item.slug === single)!;
    expect(r).toMatchObject({ tries: 2, hintsUsed: 1, revealed: false, correct: true, response: right[single] });
    expect(r.feedback).toMatchObject({ code: expect.any(String) });

    const done = await submitAttempt(db.prisma, user.id, attemptId);
    expect(done.status).toBe("submitted");
    expect(done.score).toBeCloseTo(1 - HINT_PENALTY - RETRY_PENALTY + 1 + 1);
  });

  it("code-blank checks reach the engine on the server (a verdict either way)", async () => {
    const user = await makeUser(db.prisma, "cora");
    const { attemptId } = await startAttempt(db.prisma, user.id, PRACTICE_TEST, "practice");
    await checkAnswer(db.prisma, user.id, attemptId, "bptt-delta-dot-u-code", "delta_t @ U");
    const item = (await payload(user.id, attemptId)).items.find((i) => i.slug === "bptt-delta-dot-u-code")!;
    expect(item.tries).toBe(1);
    expect(item.feedback?.code).toMatch(/^code\./);
    expect(item.feedback?.code).not.toBe("code.engine_unavailable");
  }, 60_000);

  it("grades a code-blank answer by running the engine (wrong, then right)", async () => {
    const user = await makeUser(db.prisma, "cody");
    const { attemptId } = await startAttempt(db.prisma, user.id, PRACTICE_TEST, "practice");
    const t0 = performance.now();
    const base = Date.now();
    await checkAnswer(db.prisma, user.id, attemptId, "bptt-delta-dot-u-code", "delta_t.dot(U.T)", { now: () => new Date(base) });
    let item = (await payload(user.id, attemptId)).items.find((i) => i.slug === "bptt-delta-dot-u-code")!;
    expect(item.isCorrect).toBe(false);
    // The engine runs in-process: a second code check right away is throttled (429), not run.
    await expect(
      checkAnswer(db.prisma, user.id, attemptId, "bptt-delta-dot-u-code", "delta_t @ U", { now: () => new Date(base + 200) }),
    ).rejects.toMatchObject({ status: 429 });
    await checkAnswer(db.prisma, user.id, attemptId, "bptt-delta-dot-u-code", "delta_t @ U", { now: () => new Date(base + 1500) });
    item = (await payload(user.id, attemptId)).items.find((i) => i.slug === "bptt-delta-dot-u-code")!;
    expect(item.isCorrect, item.feedback?.message).toBe(true);
    expect(item.score).toBeCloseTo(1 - RETRY_PENALTY);
    console.log(`[attempts] two code-blank checks in ${Math.round(performance.now() - t0)} ms`);
  }, 60_000);
});

describe("exam", () => {
  it("no feedback before submit; one attempt; score and review after submit", async () => {
    const user = await makeUser(db.prisma, "eve");
    const { attemptId } = await startAttempt(db.prisma, user.id, EXAM_TEST, "exam");
    const attempt = await getOwnedAttempt(db.prisma, user.id, attemptId);
    expect(attempt.deadlineAt!.getTime() - attempt.startedAt.getTime()).toBe(20 * 60 * 1000);
    const right = await correctResponses(db.prisma, attempt.seed);

    await expect(checkAnswer(db.prisma, user.id, attemptId, "rnn-y1-choice", right["rnn-y1-choice"])).rejects.toMatchObject({
      status: 409,
    });
    await expect(takeHint(db.prisma, user.id, attemptId, "rnn-y1-choice")).rejects.toMatchObject({ status: 409 });
    await expect(revealAnswer(db.prisma, user.id, attemptId, "rnn-y1-choice")).rejects.toMatchObject({ status: 409 });

    await saveAnswer(db.prisma, user.id, attemptId, "rnn-y1-choice", right["rnn-y1-choice"]);
    await saveAnswer(db.prisma, user.id, attemptId, "rnn-three-weights", right["rnn-three-weights"]);
    await saveAnswer(db.prisma, user.id, attemptId, "bptt-chain-rule", "(x+y)^2"); // wrong
    const before = await payload(user.id, attemptId);
    for (const it of before.items) {
      expect(it.isCorrect).toBeNull();
      expect(it.score).toBeNull();
      expect(it.feedback).toBeNull();
      expect(it.explanationHtml).toBeUndefined();
      expect(it.hintsTotal).toBe(0);
    }
    expect(before.items.find((i) => i.slug === "rnn-y1-choice")!.response).toBe(right["rnn-y1-choice"]);
    expect(before.score).toBeNull();

    const done = await submitAttempt(db.prisma, user.id, attemptId);
    expect(done.status).toBe("submitted");
    expect(done.score).toBe(3); // 1 + 2 points
    expect(done.maxScore).toBe(7);
    const after = buildAttemptPayload(done, "en");
    expect(after.items.every((i) => i.locked && i.explanationHtml)).toBe(true);
    expect(after.items.find((i) => i.slug === "bptt-chain-rule")!.isCorrect).toBe(false);
    expect(after.items.find((i) => i.slug === "attention-softmax-weight")!.feedback?.code).toBe("attempt.not_answered");

    await expect(saveAnswer(db.prisma, user.id, attemptId, "rnn-y1-choice", "b")).rejects.toMatchObject({ status: 409 });
    await expect(startAttempt(db.prisma, user.id, EXAM_TEST, "exam")).rejects.toMatchObject({ status: 409 });
  });

  it("shuffles question order by seed, stable on reload", async () => {
    const user = await makeUser(db.prisma, "sam");
    const { attemptId } = await startAttempt(db.prisma, user.id, EXAM_TEST, "exam");
    const orders = new Set<string>();
    for (const seed of [11, 12, 13, 14, 15]) {
      await db.prisma.testAttempt.update({ where: { id: attemptId }, data: { seed } });
      const a = (await payload(user.id, attemptId)).items.map((i) => i.slug).join();
      const b = (await payload(user.id, attemptId)).items.map((i) => i.slug).join();
      expect(a).toBe(b);
      orders.add(a);
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it("grades the saved answers when the deadline passes (lazy expiry)", async () => {
    const user = await makeUser(db.prisma, "tim");
    const { attemptId } = await startAttempt(db.prisma, user.id, EXAM_TEST, "exam");
    const attempt = await getOwnedAttempt(db.prisma, user.id, attemptId);
    const right = await correctResponses(db.prisma, attempt.seed);
    await saveAnswer(db.prisma, user.id, attemptId, "rnn-y1-choice", right["rnn-y1-choice"]);
    await saveAnswer(db.prisma, user.id, attemptId, "attention-softmax-weight", right["attention-softmax-weight"]);
    const later = () => new Date(attempt.deadlineAt!.getTime() + 60_000);
    await expect(saveAnswer(db.prisma, user.id, attemptId, "bptt-chain-rule", "2*(x+y)", { now: later })).rejects.toMatchObject({
      status: 409,
    });
    const done = await getOwnedAttempt(db.prisma, user.id, attemptId);
    expect(done.status).toBe("expired");
    expect(done.score).toBe(2);
    const p = buildAttemptPayload(done, "ja");
    expect(p.items.find((i) => i.slug === "bptt-chain-rule")!.isCorrect).toBe(false);
  });
});

describe("exam deadline", () => {
  it("a submit that arrives after the deadline (within the grace period) is recorded as expired", async () => {
    const user = await makeUser(db.prisma, "late");
    const { attemptId } = await startAttempt(db.prisma, user.id, EXAM_TEST, "exam");
    const a = await getOwnedAttempt(db.prisma, user.id, attemptId);
    const justAfter = () => new Date(a.deadlineAt!.getTime() + 2_000);
    await saveAnswer(db.prisma, user.id, attemptId, "rnn-y1-choice", "a", { now: justAfter }); // still accepted (grace)
    const done = await submitAttempt(db.prisma, user.id, attemptId, { now: justAfter });
    expect(done.status).toBe("expired");
    expect(done.answers.find((x) => x.itemVersion.item.slug === "rnn-y1-choice")!.response).toBe("a");
  });
});

describe("full Day 3 exam (content)", () => {
  it("grades 25 saved answers, code blanks included, on submit", async () => {
    const test = await db.prisma.test.findUnique({ where: { slug: "day3-exam" }, include: { items: { include: { item: true } } } });
    if (!test) return; // content without the exam
    const user = await makeUser(db.prisma, "full");
    const { attemptId } = await startAttempt(db.prisma, user.id, "day3-exam", "exam");
    const a = await getOwnedAttempt(db.prisma, user.id, attemptId);
    const right = await correctResponses(
      db.prisma,
      a.seed,
      test.items.map((ti) => ti.item.slug),
    );
    for (const ti of test.items) await saveAnswer(db.prisma, user.id, attemptId, ti.item.slug, right[ti.item.slug]);
    const t0 = performance.now();
    const done = await submitAttempt(db.prisma, user.id, attemptId);
    const ms = Math.round(performance.now() - t0);
    const codes = done.answers.filter((x) => x.itemVersion.item.kind === "code_blank");
    console.log(
      `[attempts] day3-exam submit: ${test.items.length} answers graded in ${ms} ms (code blanks passing: ${codes.filter((x) => x.correct).length}/${codes.length})`,
    );
    expect(done.status).toBe("submitted");
    const auto = test.items.filter((ti) => ti.item.kind !== "short_text" && ti.item.kind !== "code_blank");
    const byItem = new Map(done.answers.map((x) => [x.itemVersion.itemId, x]));
    for (const ti of auto) expect(byItem.get(ti.itemId)!.correct, ti.item.slug).toBe(true);
    for (const ti of test.items.filter((t) => t.item.kind === "short_text")) expect(byItem.get(ti.itemId)!.correct).toBeNull();
    expect(done.score!).toBeGreaterThanOrEqual(auto.reduce((s, ti) => s + ti.points, 0));
  }, 120_000);
});

describe("security", () => {
  it("the page payload contains no answers, explanations or parameter formulas before unlock", async () => {
    const user = await makeUser(db.prisma, "mallory");
    for (const [test, mode] of [
      [PRACTICE_TEST, "practice"],
      [EXAM_TEST, "exam"],
    ] as const) {
      const { attemptId } = await startAttempt(db.prisma, user.id, test, mode);
      const p = await payload(user.id, attemptId);
      const json = JSON.stringify(p);
      const versions = await db.prisma.itemVersion.findMany({ where: { answers: { some: { attemptId } } } });
      for (const v of versions) {
        const a = v.answer as Record<string, unknown>;
        const c = v.content as { explanation: { en: string; ja: string } };
        // Explanation text (first 40 characters, either language) never appears.
        for (const text of [c.explanation.en, c.explanation.ja]) expect(json).not.toContain(text.slice(0, 40));
        if (typeof a.expression === "string") expect(json).not.toContain(a.expression);
        if (typeof a.reference === "string") expect(json).not.toContain(a.reference);
        if (typeof a.setup === "string") expect(json).not.toContain(a.setup.slice(0, 30));
        for (const f of (a.fields as Array<{ expression?: string }> | undefined) ?? [])
          if (f.expression) expect(json).not.toContain(f.expression);
        if (a.rightSamples && typeof a.rightSamples === "object") expect(json).not.toContain((a.rightSamples as { en: string[] }).en[0]);
        if (a.rubric) expect(json).not.toContain("keywords");
      }
      expect(json).not.toMatch(/"(correct|answer|explanation|secret|parameters|constraints|optionFeedback|rubric)"\s*:/);
      expect(json).not.toContain("correctOptionIds");
      expect(json).not.toContain("explanationHtml");
      expect(json).not.toContain("solutionHtml");
    }
  });

  it("another learner gets 404 for every operation on someone else's attempt", async () => {
    const { attemptId } = await startAttempt(db.prisma, alice.id, PRACTICE_TEST, "practice");
    for (const op of [
      () => getOwnedAttempt(db.prisma, bob.id, attemptId),
      () => saveAnswer(db.prisma, bob.id, attemptId, "rnn-y1-choice", "a"),
      () => checkAnswer(db.prisma, bob.id, attemptId, "rnn-y1-choice", "a"),
      () => takeHint(db.prisma, bob.id, attemptId, "rnn-y1-choice"),
      () => revealAnswer(db.prisma, bob.id, attemptId, "rnn-y1-choice"),
      () => submitAttempt(db.prisma, bob.id, attemptId),
      () => getOwnedAttempt(db.prisma, bob.id, "not-a-uuid"),
    ]) {
      await expect(op()).rejects.toMatchObject({ status: 404 });
    }
  });

  it("validates responses per question kind", async () => {
    const { attemptId } = await startAttempt(db.prisma, alice.id, PRACTICE_TEST, "practice");
    await expect(saveAnswer(db.prisma, alice.id, attemptId, "rnn-three-weights", "a")).rejects.toMatchObject({ status: 400 });
    await expect(saveAnswer(db.prisma, alice.id, attemptId, "attention-softmax-weight", 3)).rejects.toMatchObject({ status: 400 });
    await expect(saveAnswer(db.prisma, alice.id, attemptId, "no-such-item", "a")).rejects.toMatchObject({ status: 404 });
  });
});
