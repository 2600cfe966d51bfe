// Review sessions (lib/review/session.ts) and the "what to resume" list (lib/progress/resume.ts), on a real database
// with the real content: due items are chosen most overdue first, capped and mixed across sections; the session is an
// ordinary practice attempt whose submission reschedules every item through FSRS; nothing due → 409 and the next
// date; another learner can reach none of it. Pages are rendered with next-intl's server helpers replaced by the
// English messages (as in grading-pages.test.ts).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import type { SessionUser } from "../../lib/auth/session";
import messages from "../../messages/en.json";
import type { TestDatabase } from "../helpers/db";
import { createContentDatabase } from "../helpers/template-db";
import { recordOutcome } from "../../lib/review/outcome";
import { interleaveBySection, REVIEW_SESSION_SIZE, startReviewSession } from "../../lib/review/session";
import { getReviewSummary, scheduleOf } from "../../lib/review/summary";
import { getResumeList } from "../../lib/progress/resume";
import { buildAttemptPayload } from "../../lib/attempts/payload";
import { checkAnswer, getOwnedAttempt, revealAnswer, saveAnswer, startAttempt, submitAttempt, takeHint } from "../../lib/attempts/service";
import { HttpError } from "../../lib/http/errors";
import { correctResponses, EXAM_TEST, makeUser, PRACTICE_TEST, addFixtureTests } from "../attempts/fixture";
import { pageOutcome } from "../helpers/page-outcome";

let session: SessionUser | null = null;
vi.mock("../../lib/auth/session", () => ({ getSessionUser: async () => session }));
vi.mock("next-intl/server", () => import("../helpers/next-intl-server"));
vi.mock("next/navigation", async (orig) => ({
  ...(await orig<typeof import("next/navigation")>()),
  useRouter: () => ({ refresh() {}, push() {} }),
}));

const render = (node: ReactNode) =>
  renderToStaticMarkup(createElement(NextIntlClientProvider, { locale: "en", messages, timeZone: "UTC", children: node }));
const signIn = (u: { id: string; email: string; name: string }) => {
  session = { id: u.id, email: u.email, name: u.name, role: "learner", locale: null };
};
const status = async (p: Promise<unknown>) => {
  try {
    await p;
    return 200;
  } catch (e) {
    if (e instanceof HttpError) return e.status;
    throw e;
  }
};

const DAY = 86_400_000;
const NOW = new Date();

// Reviewable items of five sections, most overdue first. The first ten make a session; the last three wait.
const DUE = [
  "rnn-y1-choice", // day3-rnn, single choice
  "rnn-three-weights", // day3-rnn, multi choice
  "rnn-param-count", // day3-rnn, numeric
  "bptt-delta-dot-u-choice", // day3-bptt
  "bptt-chain-rule", // day3-bptt, formula
  "attention-vs-seq2seq", // day3-attention
  "lstm-forget-gate", // day3-lstm
  "bptt-delta-dot-u-code", // day3-bptt, code blank
  "attention-softmax-weight", // day3-attention, numeric
  "gru-gates", // day3-gru
  "lstm-gate-activation", // day3-lstm
  "gru-vs-lstm", // day3-gru
  "rnn-y1-formula", // day3-rnn
];
// Round-robin over sections in the order of their most overdue item (rnn, bptt, attention, lstm, gru).
const SESSION_ORDER = [
  "rnn-y1-choice",
  "bptt-delta-dot-u-choice",
  "attention-vs-seq2seq",
  "lstm-forget-gate",
  "gru-gates",
  "rnn-three-weights",
  "bptt-chain-rule",
  "attention-softmax-weight",
  "rnn-param-count",
  "bptt-delta-dot-u-code",
];

let db: TestDatabase;
let itemId: Map<string, string>;

/** Makes `slug` a reviewed card (two good first answers, so FSRS schedules it days ahead) that fell due `overdueDays` ago. */
async function reviewed(userId: string, slug: string, dueDaysAgo: number) {
  const first = new Date(NOW.getTime() - (dueDaysAgo + 30) * DAY);
  const good = { kind: "answer" as const, correct: true, tries: 1, hintsUsed: 0, revealed: false };
  await recordOutcome(db.prisma, { userId, itemId: itemId.get(slug)!, outcome: good, at: first });
  const s = await recordOutcome(db.prisma, { userId, itemId: itemId.get(slug)!, outcome: good, at: new Date(first.getTime() + 3600e3) });
  // then pin the due date to exactly `dueDaysAgo` (the card's own due moves with it)
  const dueAt = new Date(NOW.getTime() - dueDaysAgo * DAY);
  return db.prisma.reviewState.update({
    where: { id: s!.id },
    data: { dueAt, card: { ...(s!.card as object), due: dueAt.toISOString() } },
  });
}

beforeAll(async () => {
  db = await createContentDatabase();
  process.env.DATABASE_URL = db.url;
  await addFixtureTests(db.prisma);
  itemId = new Map((await db.prisma.item.findMany({ select: { id: true, slug: true } })).map((i) => [i.slug, i.id]));
}, 180_000);
afterAll(() => db?.drop());

describe("interleaveBySection", () => {
  it("deals round-robin over sections in order of their first item", () => {
    const xs = ["a1", "a2", "a3", "b1", "c1", "b2"].map((id) => ({ id, sectionId: id[0]! }));
    expect(interleaveBySection(xs).map((x) => x.id)).toEqual(["a1", "b1", "c1", "a2", "b2", "a3"]);
    expect(interleaveBySection([])).toEqual([]);
  });
});

describe("a review session", () => {
  let ada: Awaited<ReturnType<typeof makeUser>>;
  let bob: Awaited<ReturnType<typeof makeUser>>;
  let sessionId: string;

  beforeAll(async () => {
    ada = await makeUser(db.prisma, "ada-review");
    bob = await makeUser(db.prisma, "bob-review");
    for (const [i, slug] of DUE.entries()) await reviewed(ada.id, slug, 40 - i); // DUE[0] most overdue
    await reviewed(ada.id, "rnn-hidden-state", 60); // short text: most overdue, but waits for an instructor's grade
    await reviewed(ada.id, "gru-interpolation", -5); // due in five days
    await reviewed(bob.id, "w2v-cosine", 50); // another learner's due item
  });

  it("takes the most overdue reviewable items, capped, mixed across sections, as a practice attempt", async () => {
    expect(REVIEW_SESSION_SIZE).toBe(10);
    const summary = await getReviewSummary(db.prisma, ada.id, NOW);
    expect(summary).toMatchObject({ dueItems: DUE.length, openSessionId: null, sessionSize: 10 });

    const started = await startReviewSession(db.prisma, ada.id, { now: () => NOW });
    expect(started.resumed).toBe(false);
    sessionId = started.attemptId;
    const attempt = await getOwnedAttempt(db.prisma, ada.id, sessionId);
    expect(attempt).toMatchObject({ testId: null, test: null, userId: ada.id, mode: "practice", status: "in_progress", maxScore: 10 });
    const payload = buildAttemptPayload(attempt, "en");
    expect(payload.items.map((i) => i.slug)).toEqual(SESSION_ORDER);
    expect(new Set(attempt.answers.map((a) => a.itemVersion.item.sectionId)).size).toBe(5);
    expect(payload).toMatchObject({ testSlug: null, testTitle: null, href: `/learn/review/${sessionId}`, mode: "practice" });
    expect(
      payload.items.every((i) => i.points === 1 && !i.locked && i.correctOptionIds === undefined && i.explanationHtml === undefined),
    ).toBe(true);
    // each answer is pinned to the item's current version
    for (const a of attempt.answers) expect(a.itemVersion.version).toBe(a.itemVersion.item.currentVersion);

    // starting again resumes the open session; the dashboard offers to continue it
    expect(await startReviewSession(db.prisma, ada.id, { now: () => NOW })).toEqual({ attemptId: sessionId, resumed: true });
    expect((await getReviewSummary(db.prisma, ada.id, NOW)).openSessionId).toBe(sessionId);
    const resume = await getResumeList(db.prisma, ada.id, NOW);
    expect(resume.attempts).toEqual([
      expect.objectContaining({
        attemptId: sessionId,
        kind: "review",
        mode: "practice",
        answered: 0,
        total: 10,
        secondsLeft: null,
        href: `/learn/review/${sessionId}`,
      }),
    ]);
  });

  it("another learner can neither open nor act on it", async () => {
    const none = await getReviewSummary(db.prisma, bob.id, NOW);
    expect(none.openSessionId).toBeNull();
    expect(await status(getOwnedAttempt(db.prisma, bob.id, sessionId))).toBe(404);
    expect(await status(saveAnswer(db.prisma, bob.id, sessionId, "rnn-y1-choice", "a"))).toBe(404);
    expect(await status(checkAnswer(db.prisma, bob.id, sessionId, "rnn-y1-choice", "a"))).toBe(404);
    expect(await status(takeHint(db.prisma, bob.id, sessionId, "rnn-y1-choice"))).toBe(404);
    expect(await status(revealAnswer(db.prisma, bob.id, sessionId, "rnn-y1-choice"))).toBe(404);
    expect(await status(submitAttempt(db.prisma, bob.id, sessionId))).toBe(404);
    expect((await getResumeList(db.prisma, bob.id, NOW)).attempts).toEqual([]);

    // pages: Bob gets the 404 page; the test-attempt page does not show a review session either
    const page = (await import("../../app/learn/review/[id]/page")).default;
    const testAttemptPage = (await import("../../app/tests/[slug]/attempts/[id]/page")).default;
    signIn(bob);
    expect(await pageOutcome(page({ params: Promise.resolve({ id: sessionId }) }))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
    signIn(ada);
    expect(await pageOutcome(testAttemptPage({ params: Promise.resolve({ slug: PRACTICE_TEST, id: sessionId }) }))).toMatch(
      /NEXT_HTTP_ERROR_FALLBACK;404/,
    );

    // POST /api/review-sessions as Bob starts Bob's own session, never Ada's
    const { POST } = await import("../../app/api/review-sessions/route");
    signIn(bob);
    const res = await POST(
      new Request("http://localhost/api/review-sessions", { method: "POST", headers: { "content-type": "application/json" } }),
      {},
    );
    expect(res.status).toBe(201);
    const body = (await res.json()) as { attemptId: string; href: string };
    expect(body.attemptId).not.toBe(sessionId);
    const bobs = await getOwnedAttempt(db.prisma, bob.id, body.attemptId);
    expect(bobs.answers.map((a) => a.itemVersion.item.slug)).toEqual(["w2v-cosine"]);
    expect(body.href).toBe(`/learn/review/${body.attemptId}`);
    session = null;
    expect(
      (
        await POST(
          new Request("http://localhost/api/review-sessions", { method: "POST", headers: { "content-type": "application/json" } }),
          {},
        )
      ).status,
    ).toBe(401);
  });

  it("answering and submitting reschedules every item (right → days ahead, hints → hard, wrong → again)", async () => {
    const attempt = await getOwnedAttempt(db.prisma, ada.id, sessionId);
    const right = await correctResponses(db.prisma, attempt.seed, SESSION_ORDER);
    const before = new Map((await db.prisma.reviewState.findMany({ where: { userId: ada.id } })).map((s) => [s.itemId!, s]));

    // the owner's page shows the player over the ten questions
    const page = (await import("../../app/learn/review/[id]/page")).default;
    signIn(ada);
    const open = render(await page({ params: Promise.resolve({ id: sessionId }) }));
    expect(open).toContain("10 questions due for review, from 5 sections");
    expect(open).toContain(`data-attempt-id="${sessionId}"`);
    expect(open).not.toContain('data-testid="review-schedule"');

    const hinted = "bptt-delta-dot-u-choice";
    const wrong = "rnn-y1-choice";
    const unanswered = "gru-gates";
    await takeHint(db.prisma, ada.id, sessionId, hinted);
    const checked = await checkAnswer(db.prisma, ada.id, sessionId, hinted, right[hinted]);
    expect(checked.answers.find((a) => a.itemVersion.item.slug === hinted)).toMatchObject({ correct: true, hintsUsed: 1 });
    const wrongOption = (
      (await db.prisma.itemVersion.findFirstOrThrow({ where: { item: { slug: wrong } } })).content as { options: Array<{ id: string }> }
    ).options
      .map((o) => o.id)
      .find((id) => id !== right[wrong]);
    await saveAnswer(db.prisma, ada.id, sessionId, wrong, wrongOption);
    for (const slug of SESSION_ORDER)
      if (![hinted, wrong, unanswered].includes(slug)) await saveAnswer(db.prisma, ada.id, sessionId, slug, right[slug]);

    const done = await submitAttempt(db.prisma, ada.id, sessionId, { now: () => NOW });
    expect(done.status).toBe("submitted");
    expect(done.score).toBeCloseTo(7.9, 6); // 7 right at first + the hinted one at 0.9

    const after = new Map((await db.prisma.reviewState.findMany({ where: { userId: ada.id } })).map((s) => [s.itemId!, s]));
    for (const slug of SESSION_ORDER) {
      const s = after.get(itemId.get(slug)!)!;
      const was = before.get(itemId.get(slug)!)!;
      expect(s.lastSeenAt?.getTime(), slug).toBe(NOW.getTime());
      expect(s.dueAt.getTime(), slug).toBeGreaterThan(NOW.getTime());
      expect(s.reps, slug).toBe(was.reps + 1);
      const expected = slug === hinted ? "hard" : slug === wrong || slug === unanswered ? "again" : "good";
      expect(s.lastOutcome, slug).toBe(expected);
      if (expected === "good") expect(s.dueAt.getTime() - NOW.getTime(), slug).toBeGreaterThan(7 * DAY);
      if (expected === "again") expect(s.dueAt.getTime() - NOW.getTime(), slug).toBeLessThan(DAY);
    }
    // the three left out of the session are untouched and still due
    for (const slug of DUE.slice(10)) expect(after.get(itemId.get(slug)!)!.dueAt).toEqual(before.get(itemId.get(slug)!)!.dueAt);
    expect(await getReviewSummary(db.prisma, ada.id, NOW)).toMatchObject({ dueItems: 3, openSessionId: null });

    const schedule = await scheduleOf(
      db.prisma,
      ada.id,
      [...SESSION_ORDER].map((s) => itemId.get(s)!),
      NOW,
    );
    expect(schedule).toHaveLength(10);
    expect(schedule.find((s) => s.slug === wrong)).toMatchObject({ inDays: 0, lastOutcome: "again" });
    expect(schedule.find((s) => s.slug === "rnn-three-weights")!.inDays).toBeGreaterThan(7);

    // the closed session's page shows the new schedule and offers the three that are still due
    const closed = render(await page({ params: Promise.resolve({ id: sessionId }) }));
    const good = schedule.find((s) => s.slug === "rnn-three-weights")!;
    expect(closed).toContain('data-testid="review-schedule"');
    expect(closed).toContain(`next review in ${good.inDays} days`);
    expect(closed).toContain("again within a day");
    expect(closed).toContain("3 questions are due for review.");
    expect(closed).toContain('data-testid="start-review"');
    // and the next session takes the rest
    const next = await startReviewSession(db.prisma, ada.id, { now: () => NOW });
    const rest = await getOwnedAttempt(db.prisma, ada.id, next.attemptId);
    expect(buildAttemptPayload(rest, "en").items.map((i) => i.slug)).toEqual(["lstm-gate-activation", "gru-vs-lstm", "rnn-y1-formula"]);
  });
});

describe("nothing due", () => {
  it("409 from the service and the route; the dashboard shows the next review date instead of the button", async () => {
    const cy = await makeUser(db.prisma, "cy-review");
    await reviewed(cy.id, "lstm-peephole", -3); // due in three days
    const exercise = await db.prisma.exercise.findFirstOrThrow({ where: { retired: false }, orderBy: { slug: "asc" } });
    await recordOutcome(db.prisma, {
      userId: cy.id,
      exerciseId: exercise.id,
      outcome: { kind: "submission", score: 0, maxScore: 2 },
      at: new Date(NOW.getTime() - 2 * DAY),
    });

    const e = await startReviewSession(db.prisma, cy.id, { now: () => NOW }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HttpError);
    expect(e).toMatchObject({ status: 409, message: "Nothing is due for review right now" });
    expect(await db.prisma.testAttempt.count({ where: { userId: cy.id } })).toBe(0);

    const summary = await getReviewSummary(db.prisma, cy.id, NOW);
    expect(summary.dueItems).toBe(0);
    expect(summary.nextDueAt!.getTime()).toBe(NOW.getTime() + 3 * DAY);
    // a due code exercise is listed with its link, but is not part of a session
    expect(summary.dueExercises).toEqual([
      expect.objectContaining({ slug: exercise.slug, href: `/exercises/${exercise.slug}`, lastOutcome: "again" }),
    ]);

    signIn(cy);
    const { POST } = await import("../../app/api/review-sessions/route");
    const res = await POST(
      new Request("http://localhost/api/review-sessions", { method: "POST", headers: { "content-type": "application/json" } }),
      {},
    );
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: "Nothing is due for review right now", code: "nothing_due" });

    const progress = (await import("../../app/learn/progress/page")).default;
    const html = render(await progress());
    expect(html).toContain("Nothing to review right now.");
    expect(html).toMatch(/Next review: [^<]*\(in 3 days\)/);
    expect(html).not.toContain('data-testid="start-review"');
    expect(html).toContain(`data-due-exercise="${exercise.slug}"`);

    // a learner with no reviews at all
    const dee = await makeUser(db.prisma, "dee-review");
    expect(await getReviewSummary(db.prisma, dee.id, NOW)).toEqual({
      dueItems: 0,
      sessionSize: 10,
      openSessionId: null,
      nextDueAt: null,
      dueExercises: [],
    });
  });
});

describe("what to resume", () => {
  it("lists open attempts with mode and time left, and drafts newer than (and different from) the last submission", async () => {
    const eve = await makeUser(db.prisma, "eve-resume");
    const other = await makeUser(db.prisma, "other-resume");
    const t0 = new Date();
    const practice = await startAttempt(db.prisma, eve.id, PRACTICE_TEST, "practice", { now: () => new Date(t0.getTime() - 1800e3) });
    await saveAnswer(db.prisma, eve.id, practice.attemptId, "rnn-y1-choice", "a");
    const exam = await startAttempt(db.prisma, eve.id, EXAM_TEST, "exam", { now: () => t0 });
    // another learner's open attempt, and an exam whose time is up, are not listed
    await startAttempt(db.prisma, other.id, PRACTICE_TEST, "practice");
    const late = await makeUser(db.prisma, "late-resume");
    await startAttempt(db.prisma, late.id, EXAM_TEST, "exam", { now: () => new Date(t0.getTime() - 3600e3) });
    expect((await getResumeList(db.prisma, late.id, t0)).attempts).toEqual([]);

    const exercises = await db.prisma.exercise.findMany({
      where: { retired: false },
      orderBy: { slug: "asc" },
      take: 5,
      include: { versions: true },
    });
    const [never, newer, same, older, retired] = exercises;
    const draft = async (ex: (typeof exercises)[number], code: string, savedAt: Date, userId = eve.id) => {
      await db.prisma.codeDraft.create({ data: { userId, exerciseId: ex.id, code } });
      await db.prisma
        .$executeRaw`UPDATE "CodeDraft" SET "updatedAt" = ${savedAt} WHERE "userId" = ${userId}::uuid AND "exerciseId" = ${ex.id}::uuid`;
    };
    const submit = (ex: (typeof exercises)[number], code: string, at: Date) =>
      db.prisma.submission.create({
        data: {
          userId: eve.id,
          exerciseVersionId: ex.versions[0]!.id,
          idempotencyKey: `k-${ex.slug}-${at.getTime()}`,
          code,
          status: "graded",
          score: 1,
          maxScore: 2,
          createdAt: at,
          gradedAt: at,
        },
      });
    const h = (n: number) => new Date(t0.getTime() - n * 3600e3);
    await draft(never!, "x = 1", h(5));
    await submit(newer!, "y = 1", h(4));
    await draft(newer!, "y = 2", h(3));
    await submit(same!, "z = 1", h(4));
    await draft(same!, "z = 1", h(3)); // autosaved after submitting, but nothing changed
    await draft(older!, "w = 1", h(5));
    await submit(older!, "w = 2", h(4));
    await draft(retired!, "r = 1", h(1));
    await db.prisma.exercise.update({ where: { id: retired!.id }, data: { retired: true } });
    await draft(never!, "not eve's", h(1), other.id);

    const now = new Date(t0.getTime() + 5 * 60e3);
    const list = await getResumeList(db.prisma, eve.id, now);
    expect(list.attempts).toEqual([
      expect.objectContaining({
        attemptId: exam.attemptId,
        kind: "test",
        mode: "exam",
        secondsLeft: 15 * 60,
        answered: 0,
        total: 6,
        href: `/tests/${EXAM_TEST}`,
      }),
      expect.objectContaining({
        attemptId: practice.attemptId,
        kind: "test",
        mode: "practice",
        secondsLeft: null,
        answered: 1,
        total: 6,
        href: `/tests/${PRACTICE_TEST}?mode=practice`,
      }),
    ]);
    expect(list.attempts[0]!.title).toEqual({ en: "Fixture Day 3 exam", ja: "Day 3 模擬試験" });
    expect(list.drafts).toEqual([
      { slug: newer!.slug, title: expect.anything(), href: `/exercises/${newer!.slug}`, savedAt: h(3), lastSubmittedAt: h(4) },
      { slug: never!.slug, title: expect.anything(), href: `/exercises/${never!.slug}`, savedAt: h(5), lastSubmittedAt: null },
    ]);

    // and the dashboard shows them with links to continue
    await db.prisma.exercise.update({ where: { id: retired!.id }, data: { retired: false } }); // leave the content as found
    await db.prisma.codeDraft.delete({ where: { userId_exerciseId: { userId: eve.id, exerciseId: retired!.id } } });
    signIn(eve);
    const progress = (await import("../../app/learn/progress/page")).default;
    const html = render(await progress());
    expect(html).toContain('data-testid="resume-panel"');
    expect(html).toContain(`data-resume-attempt="${exam.attemptId}"`);
    expect(html).toMatch(/Exam<\/span><strong>Fixture Day 3 exam<\/strong><span class="muted">0 of 6 answered · (19|20) minutes left/);
    expect(html).toContain(`data-resume-draft="${newer!.slug}"`);
    expect(html).toContain("changed since your last submission");
    expect(html).toContain(`href="/exercises/${never!.slug}"`);
    expect(html).not.toContain(`data-resume-draft="${same!.slug}"`);
    expect(html).not.toContain(`data-resume-draft="${older!.slug}"`);
  });
});
