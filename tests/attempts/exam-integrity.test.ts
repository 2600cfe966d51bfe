// Exam integrity against a real PostgreSQL (lib/attempts/exam-integrity): while a learner's exam is open, practice
// attempts and review sessions give no help (check, hint, reveal, submit) on the exam's items; other items, other
// learners and the time after the exam are unaffected; an exam start waits for practice help in flight.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../lib/auth/session";
import type { TestDatabase } from "../helpers/db";
import { createContentDatabase } from "../helpers/template-db";
import { lockForPracticeHelp } from "../../lib/attempts/exam-integrity";
import { checkAnswer, getOwnedAttempt, revealAnswer, saveAnswer, startAttempt, submitAttempt, takeHint } from "../../lib/attempts/service";
import { correctResponses, EXAM_TEST, makeUser, PRACTICE_TEST, addFixtureTests } from "./fixture";

let session: SessionUser | null = null;
vi.mock("../../lib/auth/session", () => ({ getSessionUser: async () => session }));

let db: TestDatabase;
const SHARED = "rnn-y1-choice"; // in the practice test and in the one-item exam below
const OTHER = "rnn-three-weights"; // only in the practice test
const SMALL_EXAM = "kk-integrity-exam";

beforeAll(async () => {
  db = await createContentDatabase();
  process.env.DATABASE_URL = db.url; // the route handlers' client (db() in lib/db/client)
  await addFixtureTests(db.prisma);
  // An exam on another test than the practice one, sharing one item with it.
  const unit = await db.prisma.unit.findUniqueOrThrow({ where: { slug: "day3" } });
  const item = await db.prisma.item.findUniqueOrThrow({ where: { slug: SHARED } });
  await db.prisma.test.create({
    data: {
      slug: SMALL_EXAM,
      unitId: unit.id,
      title: { en: "Integrity exam", ja: "整合性の試験" },
      timeLimitS: 600,
      items: { create: [{ itemId: item.id, position: 0, points: 1 }] },
    },
  });
}, 180_000);
afterAll(() => db?.drop());

const refused = { status: 409, body: { code: "exam_in_progress" } };

/** A review session (an attempt without a test) holding `slugs`, as lib/review/session.ts creates it. */
async function reviewSession(userId: string, slugs: string[]): Promise<string> {
  const items = await db.prisma.item.findMany({ where: { slug: { in: slugs } }, include: { versions: true } });
  const attempt = await db.prisma.testAttempt.create({
    data: {
      testId: null,
      userId,
      mode: "practice",
      seed: 7,
      maxScore: items.length,
      answers: {
        create: items.map((it, position) => ({ position, itemVersionId: it.versions.find((v) => v.version === it.currentVersion)!.id })),
      },
    },
  });
  return attempt.id;
}

describe("while an exam is open", () => {
  it("refuses check, hint, reveal and submit of its items in a practice attempt on another test; other items stay open", async () => {
    const user = await makeUser(db.prisma, "ina");
    const practice = await startAttempt(db.prisma, user.id, PRACTICE_TEST, "practice"); // opened before the exam
    const seed = (await getOwnedAttempt(db.prisma, user.id, practice.attemptId)).seed;
    const right = await correctResponses(db.prisma, seed);
    const exam = await startAttempt(db.prisma, user.id, SMALL_EXAM, "exam");

    await expect(revealAnswer(db.prisma, user.id, practice.attemptId, SHARED)).rejects.toMatchObject(refused);
    await expect(takeHint(db.prisma, user.id, practice.attemptId, SHARED)).rejects.toMatchObject(refused);
    await expect(checkAnswer(db.prisma, user.id, practice.attemptId, SHARED, right[SHARED])).rejects.toMatchObject(refused);
    await expect(submitAttempt(db.prisma, user.id, practice.attemptId)).rejects.toMatchObject(refused);
    // saving shows nothing and is allowed
    await saveAnswer(db.prisma, user.id, practice.attemptId, SHARED, right[SHARED]);

    // nothing was written by the refused calls
    const row = (await getOwnedAttempt(db.prisma, user.id, practice.attemptId)).answers.find((a) => a.itemVersion.item.slug === SHARED)!;
    expect(row).toMatchObject({ revealed: false, hintsUsed: 0, tries: 0, correct: null, score: null });
    expect((await getOwnedAttempt(db.prisma, user.id, practice.attemptId)).status).toBe("in_progress");

    // an item that is not in the exam keeps its practice help
    const afterHint = await takeHint(db.prisma, user.id, practice.attemptId, OTHER);
    expect(afterHint.answers.find((a) => a.itemVersion.item.slug === OTHER)!.hintsUsed).toBe(1);

    // once the exam is submitted, help returns
    await submitAttempt(db.prisma, user.id, exam.attemptId);
    const revealed = await revealAnswer(db.prisma, user.id, practice.attemptId, SHARED);
    expect(revealed.answers.find((a) => a.itemVersion.item.slug === SHARED)!.revealed).toBe(true);
    expect((await submitAttempt(db.prisma, user.id, practice.attemptId)).status).toBe("submitted");
  });

  it("covers review sessions (attempts without a test) and a practice attempt on the exam's own test", async () => {
    const user = await makeUser(db.prisma, "rei");
    const session = await reviewSession(user.id, [SHARED, OTHER]);
    await startAttempt(db.prisma, user.id, EXAM_TEST, "exam"); // holds every practice item
    const same = await startAttempt(db.prisma, user.id, EXAM_TEST, "practice"); // practice attempts may start…
    await expect(revealAnswer(db.prisma, user.id, same.attemptId, OTHER)).rejects.toMatchObject(refused); // …but give no help
    await expect(revealAnswer(db.prisma, user.id, session, SHARED)).rejects.toMatchObject(refused);
    await expect(takeHint(db.prisma, user.id, session, OTHER)).rejects.toMatchObject(refused);
    await expect(submitAttempt(db.prisma, user.id, session)).rejects.toMatchObject(refused);
  });

  it("another learner's exam, and an exam past its deadline, block nothing", async () => {
    const examTaker = await makeUser(db.prisma, "eli");
    const learner = await makeUser(db.prisma, "lou");
    await startAttempt(db.prisma, examTaker.id, SMALL_EXAM, "exam");
    const practice = await startAttempt(db.prisma, learner.id, PRACTICE_TEST, "practice");
    expect((await takeHint(db.prisma, learner.id, practice.attemptId, SHARED)).status).toBe("in_progress");

    const late = await makeUser(db.prisma, "lat");
    const exam = await startAttempt(db.prisma, late.id, SMALL_EXAM, "exam");
    const own = await startAttempt(db.prisma, late.id, PRACTICE_TEST, "practice");
    const deadline = (await getOwnedAttempt(db.prisma, late.id, exam.attemptId)).deadlineAt!;
    await expect(takeHint(db.prisma, late.id, own.attemptId, SHARED)).rejects.toMatchObject(refused);
    const after = () => new Date(deadline.getTime() + 60_000);
    expect((await takeHint(db.prisma, late.id, own.attemptId, SHARED, { now: after })).status).toBe("in_progress");
  });
});

describe("through the route handler", () => {
  it("the learner gets the refusal as 409 JSON in their language, with the code", async () => {
    const user = await makeUser(db.prisma, "jun");
    session = { id: user.id, email: user.email, name: user.name, role: "learner", locale: null };
    const practice = await startAttempt(db.prisma, user.id, PRACTICE_TEST, "practice");
    await startAttempt(db.prisma, user.id, SMALL_EXAM, "exam");
    const { POST } = await import("../../app/api/attempts/[id]/answers/[itemSlug]/reveal/route");
    const reveal = (headers: Record<string, string>) =>
      POST(
        new Request(`http://localhost/api/attempts/${practice.attemptId}/answers/${SHARED}/reveal`, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
        }),
        {
          params: Promise.resolve({ id: practice.attemptId, itemSlug: SHARED }),
        },
      );
    const ja = await reveal({ "accept-language": "ja" });
    expect(ja.status).toBe(409);
    expect(await ja.json()).toEqual({
      error: "この問題は受験中の試験に含まれています。チェック・ヒント・答えの表示は試験が終わると使えるようになります",
      code: "exam_in_progress",
    });
    const en = await reveal({ cookie: "locale=en" });
    expect(((await en.json()) as { error: string }).error).toMatch(/part of your exam in progress/);
    session = null;
  });
});

describe("the start of an exam", () => {
  it("waits for practice help in flight (shared lock), so no help commits after the exam began", async () => {
    const user = await makeUser(db.prisma, "ola");
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const help = db.prisma.$transaction(
      async (tx) => {
        await lockForPracticeHelp(tx, user.id);
        locked();
        await held;
      },
      { timeout: 20_000 },
    );
    await isLocked;
    let started = false;
    const exam = startAttempt(db.prisma, user.id, SMALL_EXAM, "exam").then((r) => {
      started = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 400));
    expect(started).toBe(false);
    release();
    await help;
    expect((await exam).resumed).toBe(false);
  });
});
