// The instructor's drill-down into one learner (lib/gradebook/learner.ts + /instructor/learners/[id]) against a real
// PostgreSQL: attempts with every answer made readable, manual grades and audited overrides, submissions grouped by
// exercise with per-test results and the diff to the previous submission — and nothing of another learner. The page
// is rendered with next-intl's server helpers replaced by the English messages (as in grading-pages.test.ts).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import type { SessionUser } from "../../lib/auth/session";
import messages from "../../messages/en.json";
import { teachEveryLearner } from "../helpers/classes";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { gradeShortAnswer, overrideScore } from "../../lib/gradebook/manual";
import { getLearnerDetail, pageSize, type LearnerDetail } from "../../lib/gradebook/learner";
import { attemptWith, seedSmall, user, type Small } from "./fixture";
import { FORBIDDEN, NOT_FOUND, pageOutcome } from "../helpers/page-outcome";

let session: SessionUser | null = null;
vi.mock("../../lib/auth/session", () => ({ getSessionUser: async () => session }));
vi.mock("next/navigation", async (orig) => ({ ...(await orig<typeof import("next/navigation")>()), useRouter: () => ({ refresh() {} }) }));
vi.mock("next-intl/server", () => import("../helpers/next-intl-server"));

const render = (node: ReactNode) =>
  renderToStaticMarkup(createElement(NextIntlClientProvider, { locale: "en", messages, timeZone: "UTC", children: node }));
const asSession = (u: { id: string; email: string; name: string; role: string }): SessionUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role as SessionUser["role"],
  locale: null,
});

const CODE = [
  "def step(x, h):\n    return x\n",
  "def step(x, h):\n    return np.tanh(x)\n",
  "import numpy as np\n\ndef step(x, h):\n    return np.tanh(x + h)\n",
];
const T = (s: string) => new Date(`2026-01-${s}Z`);

let db: TestDatabase;
let fx: Small;
type U = Awaited<ReturnType<typeof user>>;
let teacher: U, ada: U, bob: U;
const ids = {
  examAttempt: "",
  practiceAttempt: "",
  openAttempt: "",
  answers: {} as Record<string, string>,
  subs: [] as string[],
  errorSub: "",
  bobAttempt: "",
  bobSub: "",
  bobAnswer: "",
};

async function results(submissionId: string, rows: Array<{ name: string; hidden?: boolean; passed: boolean; feedback?: object }>) {
  // stored in reverse so that the order shown must come from the exercise, not from insertion
  for (const r of [...rows].reverse()) {
    await db.prisma.testResult.create({
      data: {
        submissionId,
        testName: r.name,
        hidden: r.hidden ?? false,
        passed: r.passed,
        points: r.passed ? 1 : 0,
        maxPoints: 1,
        durationMs: 3,
        feedback: (r.feedback ?? { passed: r.passed }) as object,
      },
    });
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  fx = await seedSmall(db.prisma);
  teacher = await user(db.prisma, "Teacher T", "instructor");
  ada = await user(db.prisma, "Ada");
  bob = await user(db.prisma, "Bob");

  // A practice test with one question of each remaining kind (in section ps1).
  const s1 = fx.sections[0]!.id;
  const mk = async (
    slug: string,
    kind: "multi_choice" | "numeric" | "short_text" | "code_blank",
    content: object,
    answer: object,
    position: number,
  ) => {
    const item = await db.prisma.item.create({ data: { slug, sectionId: s1, kind, position } });
    return db.prisma.itemVersion.create({
      data: { itemId: item.id, version: 1, contentHash: slug, content: content as object, answer: answer as object },
    });
  };
  const qm = await mk(
    "qm",
    "multi_choice",
    {
      prompt: { en: "Which gates does an **LSTM** have?", ja: "LSTM のゲートは？" },
      options: ["a", "b", "c"].map((id) => ({ id, en: `Option ${id.toUpperCase()}`, ja: `選択肢 ${id}` })),
    },
    { correct: ["a", "c"] },
    10,
  );
  const qn = await mk(
    "qn",
    "numeric",
    {
      prompt: { en: "Output size $H \\times W$ for a ${{n}} \\times {{n}}$ input?", ja: "{{n}} × {{n}} の入力の出力サイズは？" },
      fields: [
        { id: "h", label: { en: "Height", ja: "高さ" }, integer: true },
        { id: "w", label: { en: "Width", ja: "幅" }, integer: true },
      ],
    },
    {
      parameters: { n: { choices: [7] } },
      constraints: [],
      base: {},
      fields: [
        { id: "h", expression: "n - 2" },
        { id: "w", expression: "n - 2" },
      ],
    },
    11,
  );
  const qs = await mk("qs", "short_text", { prompt: { en: "Why do gradients vanish?", ja: "勾配消失の理由は？" } }, { rubric: [] }, 12);
  const qc = await mk(
    "qc",
    "code_blank",
    { prompt: { en: "Fill in the product.", ja: "積を埋めよ。" }, template: "y = ____" },
    { reference: "np.dot(W, h)" },
    13,
  );
  const mixed = await db.prisma.test.create({
    data: {
      slug: "mixed",
      unitId: fx.unit.id,
      title: { en: "Mixed practice", ja: "総合練習" },
      items: { create: [qm, qn, qs, qc].map((v, position) => ({ itemId: v.itemId, position, points: 2 })) },
    },
  });

  // Ada: an exam (5 minutes), a practice attempt with hints and checks (12 min 30 s), and one still open.
  const exam = await attemptWith(db.prisma, fx, ada.id, ["a", "b", null, "a"], { at: T("01T10:05:00") });
  await db.prisma.testAttempt.update({ where: { id: exam.id }, data: { startedAt: T("01T10:00:00") } });
  ids.examAttempt = exam.id;
  const practice = await db.prisma.testAttempt.create({
    data: {
      testId: mixed.id,
      userId: ada.id,
      mode: "practice",
      status: "submitted",
      seed: 7,
      startedAt: T("02T09:00:00"),
      submittedAt: T("02T09:12:30"),
      score: 6.8,
      maxScore: 8,
    },
  });
  ids.practiceAttempt = practice.id;
  const answer = (v: { id: string }, data: object) =>
    db.prisma.answer.create({ data: { attemptId: practice.id, itemVersionId: v.id, ...data } });
  ids.answers.qm = (await answer(qm, { response: ["c", "a"], tries: 2, hintsUsed: 1, correct: true, score: 0.9 })).id;
  ids.answers.qn = (
    await answer(qn, {
      response: { h: "3", w: "4.5" },
      tries: 3,
      correct: false,
      score: 0,
      feedback: { code: "numeric.wrong", message: { en: "Check the stride.", ja: "ストライドを確認しましょう。" } },
    })
  ).id;
  ids.answers.qs = (await answer(qs, { response: "Gradients shrink through the chain rule", tries: 1 })).id;
  ids.answers.qc = (await answer(qc, { response: "np.dot(W, h)", tries: 1, correct: true, score: 1 })).id;
  await gradeShortAnswer(db.prisma, { actorId: teacher.id, answerId: ids.answers.qs, score: 0.5, comment: "Mention the tanh derivative" });
  await overrideScore(db.prisma, { actorId: teacher.id, answerId: ids.answers.qn, score: 0.5, reason: "Rounding accepted" });
  const open = await db.prisma.testAttempt.create({
    data: { testId: fx.test.id, userId: ada.id, mode: "practice", seed: 3, startedAt: T("03T08:00:00") },
  });
  ids.openAttempt = open.id;
  await db.prisma.answer.create({ data: { attemptId: open.id, itemVersionId: fx.items[0]!.version.id, response: "c" } });

  // Ada's code: three submissions to "rnn-step" (Bob submits in between), and between them one to "pex" that failed.
  const rnn = await db.prisma.exercise.create({ data: { slug: "rnn-step", sectionId: fx.sections[1]!.id, position: 5 } });
  const rnnV = await db.prisma.exerciseVersion.create({
    data: {
      exerciseId: rnn.id,
      version: 2,
      contentHash: "rnn",
      content: { title: { en: "One RNN step", ja: "RNN の1ステップ" }, publicTests: [{ name: "shape" }, { name: "values" }] },
      secret: { hiddenTests: [{ name: "edge" }] },
    },
  });
  const sub = (userId: string, code: string, at: Date, key: string, extra: object = {}) =>
    db.prisma.submission.create({
      data: {
        userId,
        exerciseVersionId: rnnV.id,
        idempotencyKey: key,
        code,
        status: "graded",
        createdAt: at,
        gradedAt: at,
        maxScore: 3,
        ...extra,
      },
    });
  for (const [i, code] of CODE.entries()) {
    const s = await sub(ada.id, code, T(`0${4 + 2 * i}T12:00:00`), `ada-${i}`, { score: i === 2 ? 3 : i });
    ids.subs.push(s.id);
  }
  await results(ids.subs[0]!, [
    { name: "shape", passed: false },
    { name: "values", passed: false },
    { name: "edge", hidden: true, passed: false },
  ]);
  await results(ids.subs[1]!, [
    { name: "shape", passed: true, feedback: { code: "exercise.pass", message: { en: "Passed.", ja: "正解です。" } } },
    {
      name: "values",
      passed: false,
      feedback: { code: "exercise.mismatch", message: { en: "Values differ.", ja: "値が違います。" }, expected: "[0.1]", got: "[0.2]" },
    },
    { name: "edge", hidden: true, passed: false },
  ]);
  await results(ids.subs[2]!, [
    { name: "shape", passed: true },
    { name: "values", passed: true },
    { name: "edge", hidden: true, passed: true },
  ]);
  const failed = await db.prisma.submission.create({
    data: {
      userId: ada.id,
      exerciseVersionId: fx.exVersion.id,
      idempotencyKey: "ada-err",
      code: "y = 2",
      status: "error",
      createdAt: T("05T18:00:00"),
      gradedAt: T("05T18:00:01"),
    },
  });
  await db.prisma.gradingJob.create({ data: { submissionId: failed.id, status: "error", error: "Grading timed out twice" } });
  ids.errorSub = failed.id;

  // Bob: an attempt with an override of his own, and a submission between Ada's first two (and later than all hers).
  const bobExam = await attemptWith(db.prisma, fx, bob.id, ["b", "b", "b", "b"], { at: T("02T09:30:00") });
  ids.bobAttempt = bobExam.id;
  const bobAnswer = await db.prisma.answer.findFirstOrThrow({ where: { attemptId: bobExam.id } });
  ids.bobAnswer = bobAnswer.id;
  await overrideScore(db.prisma, { actorId: teacher.id, answerId: bobAnswer.id, score: 1, reason: "Bob's secret reason" });
  ids.bobSub = (await sub(bob.id, "BOB CODE = 1\n", T("05T12:00:00"), "bob-0", { score: 0 })).id;
  await sub(bob.id, "BOB LATER\n", new Date("2030-01-01T00:00:00Z"), "bob-1", { score: 0 });
  await teachEveryLearner(db.prisma, teacher.id); // the instructor views are scoped to a class
}, 120_000);
afterAll(() => db?.drop());

describe("getLearnerDetail", () => {
  let d: LearnerDetail;
  beforeAll(async () => {
    d = (await getLearnerDetail(db.prisma, ada.id))!;
  });

  it("names the learner, their mastery per section (lib/progress rule) and their last activity", async () => {
    expect(d.learner).toMatchObject({ id: ada.id, name: "Ada", email: ada.email, role: "learner" });
    // ps1: q1 1, q2 0, qm 0.9, qn 0.5 (override), qs 0.5 (manual), qc 1 → 3.9 / 6; ps2: q3 0, q4 1, pex 0 (error), rnn-step 3/3
    const bySlug = Object.fromEntries(d.mastery.map((s) => [s.slug, s]));
    expect(bySlug.ps1!.mastery).toBeCloseTo(0.65, 10);
    expect(bySlug.ps1).toMatchObject({ tried: 6, total: 6 });
    expect(bySlug.ps2!.mastery).toBeCloseTo(0.5, 10);
    expect(bySlug.ps2).toMatchObject({ tried: 3, total: 4 });
    // the newest of her own rows: the answer saved in the attempt still open (Bob's 2030 submission does not count)
    const openAnswer = await db.prisma.answer.findFirstOrThrow({ where: { attemptId: ids.openAttempt } });
    expect(d.lastActivityAt?.toISOString()).toBe(openAnswer.updatedAt.toISOString());
  });

  it("lists every attempt newest first with mode, status, score and time spent", () => {
    expect(d.attempts.total).toBe(3);
    expect(d.attempts.items.map((a) => a.id)).toEqual([ids.openAttempt, ids.practiceAttempt, ids.examAttempt]);
    const [open, practice, exam] = d.attempts.items;
    expect(open).toMatchObject({ status: "in_progress", mode: "practice", submittedAt: null, timeSpentMs: null, testSlug: "ptest" });
    expect(practice).toMatchObject({ status: "submitted", mode: "practice", testSlug: "mixed", timeSpentMs: 750_000 });
    // the manual grade and the override recomputed the total: 2 × (0.9 + 0.5 + 0.5 + 1)
    expect(practice!.score).toBeCloseTo(5.8, 10);
    expect(exam).toMatchObject({ status: "submitted", mode: "exam", score: 2, maxScore: 4, timeSpentMs: 300_000 });
  });

  it("shows every answer in test order with a readable response, grade, hints, checks and manual grade", () => {
    const practice = d.attempts.items[1]!;
    expect(practice.answers.map((a) => a.itemSlug)).toEqual(["qm", "qn", "qs", "qc"]);
    const [qm, qn, qs, qc] = practice.answers;
    expect(qm).toMatchObject({
      kind: "multi_choice",
      points: 2,
      tries: 2,
      hintsUsed: 1,
      correct: true,
      score: 0.9,
      manualScore: null,
      audit: [],
    });
    expect(qm!.prompt).toEqual({ en: "Which gates does an **LSTM** have?", ja: "LSTM のゲートは？" });
    // chosen options by label, in the question's order, each marked right or wrong
    expect(qm!.response).toEqual({
      type: "choices",
      options: [
        { id: "a", text: { en: "Option A", ja: "選択肢 a" }, correct: true },
        { id: "c", text: { en: "Option C", ja: "選択肢 c" }, correct: true },
      ],
    });
    expect(qn!.response).toEqual({
      type: "fields",
      fields: [
        { id: "h", label: { en: "Height", ja: "高さ" }, value: "3" },
        { id: "w", label: { en: "Width", ja: "幅" }, value: "4.5" },
      ],
    });
    // the prompt as the learner saw it, with the parameter drawn for the attempt
    expect(qn!.prompt).toEqual({ en: "Output size $H \\times W$ for a $7 \\times 7$ input?", ja: "7 × 7 の入力の出力サイズは？" });
    expect(qn).toMatchObject({
      tries: 3,
      correct: false,
      score: 0,
      manualScore: 0.5,
      gradedByName: "Teacher T",
      feedback: { en: "Check the stride.", ja: "ストライドを確認しましょう。" },
    });
    expect(qs!.response).toEqual({ type: "text", text: "Gradients shrink through the chain rule", code: false });
    expect(qs).toMatchObject({ correct: null, score: null, manualScore: 0.5, manualComment: "Mention the tanh derivative" });
    expect(qc!.response).toEqual({ type: "text", text: "np.dot(W, h)", code: true });

    const exam = d.attempts.items[2]!;
    expect(exam.answers.map((a) => a.itemSlug)).toEqual(["q1", "q2", "q3", "q4"]);
    expect(exam.answers[1]!.response).toEqual({ type: "choices", options: [{ id: "b", text: { en: "b", ja: "b" }, correct: false }] });
    expect(exam.answers[2]!.response).toEqual({ type: "none" });
    expect(d.attempts.items[0]!.answers.map((a) => [a.itemSlug, a.correct, a.score])).toEqual([["q1", null, null]]);
  });

  it("attaches the audited grade and override (with the reason) to their answers", () => {
    const [, qn, qs] = d.attempts.items[1]!.answers;
    expect(qn!.audit).toHaveLength(1);
    expect(qn!.audit[0]).toMatchObject({
      action: "answer.override",
      actorName: "Teacher T",
      oldScore: 0,
      newScore: 0.5,
      reason: "Rounding accepted",
    });
    expect(qs!.audit).toHaveLength(1);
    expect(qs!.audit[0]).toMatchObject({
      action: "answer.grade",
      oldScore: null,
      newScore: 0.5,
      reason: null,
      comment: "Mention the tanh derivative",
    });
  });

  it("groups submissions by exercise, newest first, with per-test results in the exercise's order (hidden included)", () => {
    expect(d.submissions).toMatchObject({ total: 4, shown: 4 });
    expect(d.submissions.exercises.map((g) => g.exerciseSlug)).toEqual(["rnn-step", "pex"]);
    const [rnn, pex] = d.submissions.exercises;
    expect(pex!.submissions).toHaveLength(1);
    expect(pex!.submissions[0]).toMatchObject({
      id: ids.errorSub,
      status: "error",
      error: "Grading timed out twice",
      number: 1,
      previousId: null,
      diff: null,
      results: [],
    });
    expect(rnn!.exerciseTitle).toEqual({ en: "One RNN step", ja: "RNN の1ステップ" });
    expect(rnn!.submissions.map((s) => [s.id, s.number, s.score, s.exerciseVersion])).toEqual([
      [ids.subs[2], 3, 3, 2],
      [ids.subs[1], 2, 1, 2],
      [ids.subs[0], 1, 0, 2],
    ]);
    expect(rnn!.submissions.map((s) => s.code)).toEqual([CODE[2], CODE[1], CODE[0]]);
    const second = rnn!.submissions[1]!;
    expect(second.results.map((r) => [r.name, r.hidden, r.passed])).toEqual([
      ["shape", false, true],
      ["values", false, false],
      ["edge", true, false],
    ]);
    expect(second.results[1]).toMatchObject({
      message: { en: "Values differ.", ja: "値が違います。" },
      expected: "[0.1]",
      got: "[0.2]",
      error: null,
    });
    expect(second.results[2]).toMatchObject({ message: null, expected: null, got: null });
  });

  it("diffs each submission against the previous one of the same exercise by the same learner", () => {
    const [third, second, first] = d.submissions.exercises[0]!.submissions;
    expect(first).toMatchObject({ previousId: null, diff: null });
    expect(second!.previousId).toBe(ids.subs[0]); // not Bob's, nor her own to another exercise, stored in between
    expect(second!.diff).toEqual({
      added: 1,
      removed: 1,
      hunks: [
        { oldStart: 1, oldLines: 2, newStart: 1, newLines: 2, lines: [" def step(x, h):", "-    return x", "+    return np.tanh(x)"] },
      ],
    });
    expect(third!.previousId).toBe(ids.subs[1]);
    expect(third!.diff).toMatchObject({ added: 3, removed: 1 });
    expect(third!.diff!.hunks.flatMap((h) => h.lines)).toEqual([
      "+import numpy as np",
      "+",
      " def step(x, h):",
      "-    return np.tanh(x)",
      "+    return np.tanh(x + h)",
    ]);
  });

  it("never mixes in another learner's attempts, answers, audit rows or submissions", async () => {
    const text = JSON.stringify(d);
    for (const id of [ids.bobAttempt, ids.bobAnswer, ids.bobSub]) expect(text).not.toContain(id);
    expect(text).not.toContain("Bob's secret reason");
    expect(text).not.toContain("BOB");
    const b = (await getLearnerDetail(db.prisma, bob.id))!;
    expect(b.attempts.items.map((a) => a.id)).toEqual([ids.bobAttempt]);
    expect(b.submissions.exercises[0]!.submissions.map((s) => [s.number, s.previousId === ids.bobSub])).toEqual([
      [2, true],
      [1, false],
    ]);
    const bt = JSON.stringify(b);
    for (const id of [ids.examAttempt, ...ids.subs, ...Object.values(ids.answers)]) expect(bt).not.toContain(id);
    expect(bt).toContain("Bob's secret reason");
  });

  it("caps long histories, still diffing the oldest shown submission against one beyond the cap", async () => {
    const capped = (await getLearnerDetail(db.prisma, ada.id, { attempts: 1, submissions: 2 }))!;
    expect(capped.attempts).toMatchObject({ total: 3 });
    expect(capped.attempts.items.map((a) => a.id)).toEqual([ids.openAttempt]);
    expect(capped.submissions).toMatchObject({ total: 4, shown: 2 });
    expect(capped.submissions.exercises.map((g) => g.exerciseSlug)).toEqual(["rnn-step"]);
    const shown = capped.submissions.exercises[0]!.submissions;
    expect(shown.map((s) => s.id)).toEqual([ids.subs[2], ids.subs[1]]);
    expect(shown[1]!.previousId).toBe(ids.subs[0]);
    expect(shown[1]!.diff).toEqual(d.submissions.exercises[0]!.submissions[1]!.diff);
    expect([
      pageSize("40", 20),
      pageSize("0", 20),
      pageSize("-3", 20),
      pageSize("1e9", 20),
      pageSize("99999", 20),
      pageSize(undefined, 20),
    ]).toEqual([40, 20, 20, 20, 500, 20]);
  });

  it("returns null for an unknown or malformed id", async () => {
    expect(await getLearnerDetail(db.prisma, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await getLearnerDetail(db.prisma, "not-a-uuid")).toBeNull();
    expect(await getLearnerDetail(db.prisma, "' OR 1=1 --")).toBeNull();
  });
});

describe("/instructor/learners/[id]", () => {
  const page = async () => (await import("../../app/instructor/learners/[id]/page")).default;
  const props = (id: string, query: Record<string, string> = {}) => ({
    params: Promise.resolve({ id }),
    searchParams: Promise.resolve(query),
  });

  it("learner → 403 (even for an unknown id), signed out → sign-in redirect back to the page", async () => {
    const Page = await page();
    session = asSession(bob);
    expect(await pageOutcome(Page(props(ada.id)))).toMatch(FORBIDDEN);
    expect(await pageOutcome(Page(props("00000000-0000-4000-8000-000000000000")))).toMatch(FORBIDDEN);
    session = null;
    expect(await pageOutcome(Page(props(ada.id)))).toMatch(
      new RegExp(`NEXT_REDIRECT.*/signin\\?callbackUrl=%2Finstructor%2Flearners%2F${ada.id}`),
    );
  });

  it("unknown or malformed id → 404", async () => {
    const Page = await page();
    session = asSession(teacher);
    expect(await pageOutcome(Page(props("00000000-0000-4000-8000-000000000000")))).toMatch(NOT_FOUND);
    expect(await pageOutcome(Page(props("nobody")))).toMatch(NOT_FOUND);
  });

  it("renders the record for an instructor: anchors, expandable answers and submissions, diffs, the way back", async () => {
    const Page = await page();
    session = asSession(teacher);
    const html = render(await Page(props(ada.id)));
    expect(html).toContain("<h1>Ada</h1>");
    expect(html).toMatch(/data-testid="gradebook-link" href="\/instructor\/gradebook\?class=[0-9a-f-]{36}"/); // back to the class shown
    for (const id of [ids.openAttempt, ids.practiceAttempt, ids.examAttempt]) expect(html).toContain(`id="attempt-${id}"`);
    for (const id of [...ids.subs, ids.errorSub]) expect(html).toContain(`id="submission-${id}"`);
    expect(html).toMatch(/<caption[^>]*>Test attempts, newest first/);
    expect(html).toContain('<th scope="row">');
    expect(html).toContain("<details");
    expect(html).toContain("Show 4 answers");
    expect(html).toContain("12 min 30 s");
    expect(html).toContain("Which gates does an LSTM have?"); // prompt excerpt without Markdown
    expect(html).toContain("Option C");
    expect(html).toContain("Height: <code>3</code>");
    expect(html).toContain("Output size H \\times W for a 7 \\times 7 input?");
    expect(html).toContain("Reason: Rounding accepted");
    expect(html).toContain("Mention the tanh derivative");
    expect(html).toContain("Graded by hand");
    expect(html).toContain("Manual grade");
    expect(html).toContain("50% by Teacher T");
    expect(html).toContain("Grading error: Grading timed out twice");
    expect(html).toMatch(/data-test="edge"[^>]*>[\s\S]*?hidden/);
    expect(html).toContain("Expected: [0.1]");
    expect(html).toContain("Changes since #2");
    expect(html).toContain("+    return np.tanh(x + h)");
    expect(html).toContain("First submission to this exercise");
    expect(html).not.toContain("BOB");
    expect(html).not.toContain("secret reason");
    expect(html).not.toContain("Show more");
    // Every answer of a finished attempt offers "Override score" (labelled score, required reason); an open one's not.
    const answers = await db.prisma.answer.findMany({
      where: { attempt: { userId: ada.id } },
      select: { id: true, attempt: { select: { status: true } } },
    });
    const segments = new Map(
      html
        .split('data-answer="')
        .slice(1)
        .map((s) => [s.slice(0, 36), s.split('data-attempt="')[0]!]),
    );
    expect(answers.some((a) => a.attempt.status === "in_progress")).toBe(true);
    for (const a of answers) {
      const segment = segments.get(a.id);
      expect(segment, a.id).toBeDefined();
      if (a.attempt.status === "in_progress") expect(segment).not.toContain("Override score");
      else {
        expect(segment).toContain("<summary>Override score</summary>");
        const reasonId = /<label for="([^"]+)">Reason for the override<\/label>/.exec(segment!)?.[1];
        expect(segment).toMatch(new RegExp(`<textarea id="${reasonId}" name="reason" rows="2" required=""`));
        expect(segment).toContain(">New score (%)</label>");
      }
    }
  });

  it("offers “show more” when the history is capped", async () => {
    const Page = await page();
    session = asSession(teacher);
    const html = render(await Page(props(ada.id, { attempts: "1", submissions: "2" })));
    expect(html).toContain("Showing 1 of 3");
    expect(html).toContain("Showing 2 of 4");
    expect(html).toContain(`href="/instructor/learners/${ada.id}?attempts=21&amp;submissions=2#attempts"`);
    expect(html).toContain(`href="/instructor/learners/${ada.id}?attempts=1&amp;submissions=32#submissions"`);
  });
});
