// Browser: the learner's dashboard and the instructor's desk, end to end on chromium.
//
// A learner (Japanese display name) signs up, submits the section's d-tanh code exercise, takes the section practice
// test "Practice: RNN basics" (one multiple choice partly wrong, the rest right, a short-text answer left for the
// instructor) and opens /learn/progress: mastery of the section follows the rule the page states, the score history has both
// points, the failed question is a weak spot and, once the FSRS "Again" interval has passed, it is due for review;
// the learner starts a review session from the dashboard and answers it right.
// An instructor grades the short answer from the queue, finds the learner by name in the gradebook and opens the
// drill-down, overrides that grade there with the "Override score" form (an empty reason is refused by the browser, a
// blank one by the server with a visible message; with a reason the new grade and its audit entry appear), sees the
// score in the gradebook, downloads the CSV, and opens a question's statistics (facility, option distribution) and
// grading history. The learner's dashboard then counts the
// instructor's grade. No console error and no Content-Security-Policy violation anywhere.
import fs from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "../../lib/generated/prisma/client";
import { createUser } from "../../lib/users";
import { correctResponses } from "../attempts/fixture";
import { startTestServer, type TestServer } from "../helpers/server";
import { launchBrowser } from "./browser";

let app: TestServer;
let browser: Browser;
const problems: string[] = [];
const timings: Record<string, number> = {};

// The first account of an installation becomes admin (lib/users.ts): that is the instructor here.
const INSTRUCTOR = { email: "desk-admin@example.com", name: "Ines Instructor", password: "instructor-pass-1" };
const LEARNER = { email: "hanako@example.com", name: "山田 花子", password: "hanako-password-1" };
const PEER = { email: "peer@example.com", name: "Pat Peer", password: "peer-password-1" };

const COURSE = "jdla-e";
const SECTION = "day3-rnn";
const TEST = "day3-rnn-practice";
const TEST_TITLE = "Practice: RNN basics";
const EXERCISE = "d-tanh";
const WRONG_ITEM = "rnn-three-weights"; // multi choice, answered partly wrong → weak spot, "Again" → due review
const SHORT_ITEM = "rnn-hidden-state"; // short text → grading queue
const STATS_ITEM = "rnn-y1-choice"; // single choice: learner right, peer wrong → facility 50 %
const SHORT_ANSWER = "It feeds the hidden state of the previous time step back into the hidden layer.";
const MANUAL_PERCENT = 80;
const OVERRIDE_PERCENT = 90;
const OVERRIDE_REASON = "Regrade request: the answer names the recurrent weight W after all.";

beforeAll(async () => {
  const t0 = performance.now();
  [app, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  timings.serverStartMs = Math.round(performance.now() - t0);
  const admin = await createUser(app.db.prisma, INSTRUCTOR);
  expect(admin.role).toBe("admin");
  await createUser(app.db.prisma, PEER);
}, 900_000);

afterAll(async () => {
  console.log(`[progress-desk] timings ${JSON.stringify(timings)}`);
  await browser?.close();
  await app?.stop();
});

async function newPage(who: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: app.url,
    locale: "en-US",
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  // Chromium reports CSP violations on the console too; the event catches those a console filter might miss.
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => problems.push(`${who} pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`${who} console: ${m.text()} @ ${m.location().url}`);
  });
  return { context, page };
}

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(who.email);
  await page.getByLabel("Password", { exact: true }).fill(who.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL("**/learn");
}

const question = (page: Page, slug: string) => page.locator(`article[data-item="${slug}"]`);

async function userId(email: string): Promise<string> {
  return (await app.db.prisma.user.findUniqueOrThrow({ where: { email } })).id;
}

async function testItems(): Promise<Array<{ slug: string; kind: string; points: number }>> {
  const t = await app.db.prisma.test.findUniqueOrThrow({
    where: { slug: TEST },
    include: { items: { include: { item: true }, orderBy: { position: "asc" } } },
  });
  return t.items.map((ti) => ({ slug: ti.item.slug, kind: ti.item.kind, points: ti.points }));
}

async function optionIds(slug: string): Promise<string[]> {
  const item = await app.db.prisma.item.findUniqueOrThrow({ where: { slug }, include: { versions: true } });
  const v = item.versions.find((x) => x.version === item.currentVersion)!;
  return (v.content as { options: Array<{ id: string }> }).options.map((o) => o.id);
}

/** Percent as the gradebook stores it (one decimal) and shows it (en number format). */
const pct1 = (score: number, max: number) => Math.round((1000 * score) / max) / 10;
const enNumber = (x: number) => new Intl.NumberFormat("en").format(x);

// Shared between the journeys (they run in order).
const learner = {
  attemptId: "",
  score: 0,
  max: 0,
  /** item slug → the learner's options for the choice items */
  chosen: {} as Record<string, string | string[]>,
  exerciseFraction: 0,
};

describe("progress dashboard and instructor desk", () => {
  it("learner: practice test + code exercise → mastery, history, weak spot; after the Again interval a due review, answered in a review session", async () => {
    const { context, page } = await newPage("learner");

    // Sign up through the form (not the first account, so a learner).
    await page.goto("/signup");
    await page.getByLabel("Display name").fill(LEARNER.name);
    await page.getByLabel("Email address").fill(LEARNER.email);
    await page.getByLabel("Password", { exact: true }).fill(LEARNER.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL("**/learn");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(LEARNER.name);

    // Nothing yet on the dashboard.
    await page.getByRole("link", { name: "My progress" }).click();
    await page.waitForURL("**/learn/progress");
    await expect(page.getByText("No graded tests or exercises yet.").count()).resolves.toBeGreaterThan(0);
    await expect(page.getByText("Reviews are scheduled once you submit a test or an exercise.").count()).resolves.toBe(1);

    // The section's code exercise first, submitted from the editor (its review is 10 minutes away when it is right).
    let t0 = performance.now();
    await page.goto(`/courses/${COURSE}/${SECTION}`);
    await page.getByRole("link", { name: "The derivative of tanh" }).first().click();
    await page.waitForURL(`**/exercises/${EXERCISE}`);
    await page.locator("[data-testid=code-editor] .kk-gap").first().waitFor({ timeout: 30_000 });
    await page.locator("[data-testid=code-editor] .native-edit-context, [data-testid=code-editor] textarea").first().focus();
    await page.keyboard.press("Control+Home");
    await page.keyboard.press("Tab"); // selects the blank
    await page.keyboard.insertText("1 - np.tanh(x) ** 2");
    await expect
      .poll(async () => (await page.locator("[data-testid=code-editor] .view-lines").innerText()).replace(/\u00a0/g, " "))
      .toContain("return 1 - np.tanh(x) ** 2");
    await page.getByTestId("submit").click();
    const submission = page.locator('[data-testid=submission][data-status="graded"]');
    await submission.waitFor({ timeout: 60_000 });
    const [, got, max] = /Score: ([\d.]+) \/ ([\d.]+)/.exec(await submission.innerText()) ?? [];
    learner.exerciseFraction = Number(got) / Number(max);
    expect(learner.exerciseFraction).toBe(1);
    timings.exerciseMs = Math.round(performance.now() - t0);

    // Then the section's practice test, from the section page; the dashboard follows at once (the Again interval is 1 minute).
    t0 = performance.now();
    await page.goto(`/courses/${COURSE}/${SECTION}`);
    await page.getByRole("link", { name: TEST_TITLE }).click();
    await page.waitForURL(`**/tests/${TEST}`);
    await page.getByRole("button", { name: "Start practice" }).click();
    const items = await testItems();
    await question(page, items[0]!.slug).waitFor();
    const uid = await userId(LEARNER.email);
    const attempt = await app.db.prisma.testAttempt.findFirstOrThrow({
      where: { userId: uid, test: { slug: TEST }, status: "in_progress" },
    });
    learner.attemptId = attempt.id;
    const right = await correctResponses(
      app.db.prisma,
      attempt.seed,
      items.map((i) => i.slug),
    );

    // Everything right except WRONG_ITEM (two right options and a wrong one); the short text for the instructor.
    const wrongChoice = [
      ...(right[WRONG_ITEM] as string[]).slice(0, 2),
      (await optionIds(WRONG_ITEM)).find((o) => !(right[WRONG_ITEM] as string[]).includes(o))!,
    ];
    for (const it of items) {
      const q = question(page, it.slug);
      const r = it.slug === WRONG_ITEM ? wrongChoice : right[it.slug];
      if (it.kind === "single_choice") await q.locator(`[data-option="${r}"] input`).check();
      else if (it.kind === "multi_choice") for (const o of r as string[]) await q.locator(`[data-option="${o}"] input`).check();
      else if (it.kind === "numeric") {
        for (const [field, v] of Object.entries(r as Record<string, string>)) await page.locator(`#answer-${it.slug}-${field}`).fill(v);
      } else if (it.kind === "short_text") await q.getByRole("textbox").fill(SHORT_ANSWER);
      else await q.getByRole("textbox").fill(String(r));
      if (it.kind === "single_choice" || it.kind === "multi_choice") learner.chosen[it.slug] = r as string | string[];
    }
    // The wrong one is checked, as a learner would: feedback now, and the grade is kept at submit.
    await question(page, WRONG_ITEM).getByRole("button", { name: "Check answer" }).click();
    await question(page, WRONG_ITEM).getByTestId("verdict").filter({ hasText: "Not quite" }).waitFor();
    await page.locator('[data-save-status="saved"]').waitFor();
    await page.getByRole("button", { name: "Finish practice" }).click();
    await page.getByRole("button", { name: "Yes, submit" }).click();
    await untilOrAlert(page, page.waitForURL(new RegExp(`/tests/${TEST}/attempts/${attempt.id}$`), { timeout: 60_000 }));
    const submitted = await app.db.prisma.testAttempt.findUniqueOrThrow({ where: { id: attempt.id } });
    learner.score = submitted.score!;
    learner.max = submitted.maxScore!;
    expect(learner.max).toBe(items.reduce((a, i) => a + i.points, 0));
    await expect(page.getByTestId("attempt-score").textContent()).resolves.toContain(
      `You scored ${Math.round(learner.score * 100) / 100} of ${learner.max} points (${Math.round((100 * learner.score) / learner.max)}%)`,
    );
    timings.practiceMs = Math.round(performance.now() - t0);

    // What the learner was told per question is what was stored.
    const answers = await app.db.prisma.answer.findMany({
      where: { attemptId: attempt.id },
      include: { itemVersion: { include: { item: true } } },
    });
    const bySlug = new Map(answers.map((a) => [a.itemVersion.item.slug, a]));
    for (const it of items) {
      const verdict = (await question(page, it.slug).getByTestId("verdict").textContent())!;
      const a = bySlug.get(it.slug)!;
      if (it.slug === SHORT_ITEM) {
        expect(verdict).toBe("Sent for instructor grading");
        expect(a.score).toBeNull();
      } else if (it.slug === WRONG_ITEM) {
        expect(verdict).toMatch(/^Not quite/);
        expect(a.correct).toBe(false);
      } else {
        expect(verdict, it.slug).toMatch(/^Correct/);
      }
      if (a.score !== null) expect(verdict).toContain(`Score: ${Math.round(a.score * 100)}%`);
    }
    expect(bySlug.get(WRONG_ITEM)!.score).toBeLessThan(1);
    await expect(page.getByText(/1 answer is waiting for instructor grading/).count()).resolves.toBe(1);

    // The dashboard.
    await page.goto("/learn");
    await page.getByRole("link", { name: "My progress" }).click();
    await page.waitForURL("**/learn/progress");
    await checkMastery(page, uid);

    // Score history: one point per graded test / exercise, oldest first, with its percentage.
    const chart = page.getByRole("img", { name: "Scores of your last 2 graded tests and exercises, oldest first" });
    const points = await chart.locator("circle title").allTextContents();
    expect(points).toHaveLength(2);
    expect(points[0]).toContain(`${EXERCISE} — 100%`);
    expect(points[1]).toContain(`${TEST_TITLE} — ${pct1(learner.score, learner.max)}%`);

    // Weak spots: the failed question, and only it (the pending short answer is not a failure).
    const weak = page.getByRole("region", { name: "Weak spots" });
    await expect(weak.getByRole("listitem").allTextContents()).resolves.toEqual([
      expect.stringMatching(new RegExp(`^${WRONG_ITEM} — .*1 of 1 wrong$`)),
    ]);

    // Reviews: FSRS puts an "Again" card 1 minute ahead, "Good" 10 minutes (lib/review/outcome.ts, no fuzz), so right
    // after submitting nothing is due yet and the failed question is coming up.
    const dueRegion = page.getByRole("region", { name: "Due for review" });
    await expect(dueRegion.getByText("Nothing is due right now.").count()).resolves.toBe(1);
    await expect(dueRegion.getByRole("link", { name: WRONG_ITEM }).count()).resolves.toBe(1);
    // Time passing, simulated: the app has no injectable clock, so the learner's review states are moved 2 minutes
    // into the past (due date, the stored FSRS card's dates and last-seen time alike), as if the learner came back
    // 2 minutes later: past the Again interval (1 min), before the Hard (6 min) and Good (10 min) ones.
    await shiftReviewStates(uid, 2 * 60_000);
    await page.reload();
    const due = page.getByRole("region", { name: "Due for review" });
    await expect(due.getByText("Nothing is due right now.").count()).resolves.toBe(0);
    const dueLinks = due.locator("ul").first().getByRole("listitem");
    await expect(dueLinks.allTextContents()).resolves.toEqual([`Test: ${WRONG_ITEM}last: forgotten`]);
    await expect(due.getByRole("link", { name: `Test: ${WRONG_ITEM}` }).getAttribute("href")).resolves.toBe(
      `/courses/${COURSE}/${SECTION}`,
    );

    // The review session from the dashboard: the due question, answered right this time.
    t0 = performance.now();
    const panel = page.getByTestId("review-panel");
    await expect(panel.getByText("1 question is due for review.").count()).resolves.toBe(1);
    await panel.getByRole("button", { name: "Start review" }).click();
    await page.waitForURL(/\/learn\/review\/[0-9a-f-]+$/);
    const sessionId = page.url().split("/").pop()!;
    await question(page, WRONG_ITEM).waitFor();
    await expect(page.locator("article[data-item]").count()).resolves.toBe(1);
    const session = await app.db.prisma.testAttempt.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session.userId).toBe(uid);
    const sessionRight = (await correctResponses(app.db.prisma, session.seed, [WRONG_ITEM]))[WRONG_ITEM] as string[];
    for (const o of sessionRight) await question(page, WRONG_ITEM).locator(`[data-option="${o}"] input`).check();
    await question(page, WRONG_ITEM).getByRole("button", { name: "Check answer" }).click();
    await question(page, WRONG_ITEM).getByTestId("verdict").filter({ hasText: "Correct" }).waitFor();
    await page.getByRole("button", { name: "Finish practice" }).click();
    await page.getByRole("button", { name: "Yes, submit" }).click();
    // Rescheduled by FSRS: right at the first try → Good; the card is still in its learning steps, so the next review
    // is the 10-minute step — within the day.
    const scheduled = page.getByTestId("review-schedule").locator(`li[data-item="${WRONG_ITEM}"]`);
    await untilOrAlert(page, scheduled.waitFor());
    const state = await app.db.prisma.reviewState.findFirstOrThrow({ where: { userId: uid, item: { slug: WRONG_ITEM } } });
    expect(state.lastOutcome).toBe("good");
    expect(state.dueAt.getTime() - Date.now()).toBeGreaterThan(5 * 60_000);
    expect(state.dueAt.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    await expect(scheduled.getAttribute("data-due-in-days")).resolves.toBe("0");
    await expect(scheduled.textContent()).resolves.toBe(`${WRONG_ITEM}again within a day · good`);
    timings.reviewSessionMs = Math.round(performance.now() - t0);

    // Back on the dashboard: nothing due, the latest (right) answer counts for mastery, the weak spot remembers the
    // failure, and the session is a third point of the history.
    await page.getByRole("link", { name: "Back to my progress" }).click();
    await page.waitForURL("**/learn/progress");
    await expect(page.getByRole("region", { name: "Due for review" }).getByText("Nothing is due right now.").count()).resolves.toBe(1);
    await expect(page.getByTestId("review-panel").getByText("Nothing to review right now.").count()).resolves.toBe(1);
    await checkMastery(page, uid);
    await expect(page.getByRole("region", { name: "Weak spots" }).getByRole("listitem").allTextContents()).resolves.toEqual([
      expect.stringMatching(new RegExp(`^${WRONG_ITEM} — .*1 of 2 wrong$`)),
    ]);
    const after = await page
      .getByRole("img", { name: "Scores of your last 3 graded tests and exercises, oldest first" })
      .locator("circle title")
      .allTextContents();
    expect(after[2]).toContain("Review session — 100%");

    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);

  it("instructor: grades the short answer, learner drill-down, overrides it there with a reason, gradebook + CSV, question statistics and history", async () => {
    // A second learner's finished attempt (set up through the API the test player uses): the STATS_ITEM wrong, the
    // WRONG_ITEM right, a short answer that stays in the queue.
    const peer = await newPage("peer");
    await signIn(peer.page, PEER);
    const origin = { origin: app.url };
    const start = await peer.context.request.post("/api/attempts", { data: { testSlug: TEST, mode: "practice" }, headers: origin });
    expect(start.status()).toBe(201);
    const peerAttempt = ((await start.json()) as { attemptId: string }).attemptId;
    const peerSeed = (await app.db.prisma.testAttempt.findUniqueOrThrow({ where: { id: peerAttempt } })).seed;
    const right = await correctResponses(app.db.prisma, peerSeed, [STATS_ITEM, WRONG_ITEM]);
    const peerChoice = (await optionIds(STATS_ITEM)).find((o) => o !== right[STATS_ITEM])!;
    for (const [slug, response] of [
      [STATS_ITEM, peerChoice],
      [WRONG_ITEM, right[WRONG_ITEM]],
      [SHORT_ITEM, "a convolution layer"],
    ] as const) {
      const r = await peer.context.request.put(`/api/attempts/${peerAttempt}/answers/${slug}`, { data: { response }, headers: origin });
      expect(r.status(), slug).toBe(200);
    }
    expect(
      (
        await peer.context.request.post(`/api/attempts/${peerAttempt}/submit`, {
          headers: { ...origin, "content-type": "application/json" },
        })
      ).status(),
    ).toBe(200);
    await peer.context.close();

    const { context, page } = await newPage("instructor");
    await signIn(page, INSTRUCTOR);
    await page.goto("/instructor");
    await page.getByTestId("grading-link").click();
    await page.waitForURL("**/instructor/grading");

    // The queue: both short answers, oldest first; the learner's shows the answer and the rubric check.
    await expect(page.getByRole("heading", { name: "2 answers to grade (showing 2)" }).count()).resolves.toBe(1);
    const card = page.locator("li[data-answer]").filter({ hasText: LEARNER.name });
    await expect(card.count()).resolves.toBe(1);
    const answerId = (await card.getAttribute("data-answer"))!;
    await expect(card.getByRole("blockquote").textContent()).resolves.toBe(SHORT_ANSWER);
    await expect(card.getByText("Rubric criteria met: 1 of 1").count()).resolves.toBe(1);
    await expect(card.getByLabel("Score (%)").inputValue()).resolves.toBe("100"); // suggested from the rubric
    await card.getByLabel("Score (%)").fill(String(MANUAL_PERCENT));
    await card.getByLabel("Comment for the learner (optional)").fill("Right idea; name the weight matrix W too.");
    await card.getByRole("button", { name: "Save grade" }).click();
    // It leaves the queue (the page refreshes once saved).
    await page.locator(`li[data-answer="${answerId}"]`).waitFor({ state: "detached" });
    await page.getByRole("heading", { name: "1 answer to grade (showing 1)" }).waitFor();
    await expect(page.locator("li[data-answer]").filter({ hasText: PEER.name }).count()).resolves.toBe(1);

    // The learner's score went up by the short item's points × 80 %.
    const items = await testItems();
    const shortPoints = items.find((i) => i.slug === SHORT_ITEM)!.points;
    const graded = Math.round(1000 * (learner.score + (shortPoints * MANUAL_PERCENT) / 100)) / 1000; // stored to 3 decimals
    const stored = await app.db.prisma.testAttempt.findUniqueOrThrow({ where: { id: learner.attemptId } });
    expect(stored.score).toBe(graded);

    const final = Math.round(1000 * (learner.score + (shortPoints * OVERRIDE_PERCENT) / 100)) / 1000;

    // Find the learner by (Japanese) name in the gradebook and open the drill-down: the attempt, its answers, the grade.
    await page.getByRole("link", { name: "Back to the gradebook" }).click();
    await page.waitForURL("**/instructor/gradebook");
    await page.getByLabel("Learner name or e-mail contains").fill("山田");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/[?&]q=/);
    await expect(page.getByTestId("gradebook-count").textContent()).resolves.toBe("Learners 1–1 of 1");
    await page.getByRole("rowheader").getByRole("link", { name: LEARNER.name }).click();
    await page.waitForURL(`**/instructor/learners/${await userId(LEARNER.email)}`);
    const attemptRow = page.locator(`tr[data-attempt="${learner.attemptId}"]`);
    await expect(attemptRow.getByRole("rowheader").textContent()).resolves.toContain(TEST_TITLE);
    await expect(attemptRow.getByRole("cell").nth(4).textContent()).resolves.toBe(`${enNumber(graded)} / ${enNumber(learner.max)}`);
    await page.locator(`tbody:has(tr[data-attempt="${learner.attemptId}"]) summary`).first().click();
    const shortAnswer = page.locator(`li[data-answer="${answerId}"]`);
    await expect(shortAnswer.getByRole("blockquote").textContent()).resolves.toBe(SHORT_ANSWER);
    await expect(shortAnswer.getByText("Graded by hand").count()).resolves.toBe(1);
    await expect(shortAnswer.locator("[data-manual-score]").textContent()).resolves.toBe(`${MANUAL_PERCENT}% by ${INSTRUCTOR.name}`);
    await expect(shortAnswer.locator('li[data-audit="answer.grade"]').textContent()).resolves.toContain(`Graded — → ${MANUAL_PERCENT}%`);

    // A regrade request: the instructor overrides the short answer's grade from its "Override score" control, opened
    // with the keyboard. The score field starts at the current grade.
    const overrideToggle = shortAnswer.locator("summary", { hasText: "Override score" });
    await overrideToggle.focus();
    await page.keyboard.press("Enter");
    const newScore = shortAnswer.getByLabel("New score (%)");
    const reason = shortAnswer.getByLabel("Reason for the override");
    const save = shortAnswer.getByRole("button", { name: "Save override" });
    await expect(newScore.inputValue()).resolves.toBe(String(MANUAL_PERCENT));
    await newScore.fill(String(OVERRIDE_PERCENT));
    const overrideRequests: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST" && r.url().includes(`/api/instructor/answers/${answerId}/override`))
        overrideRequests.push(r.postData() ?? "");
    });
    const unchanged = async () => {
      expect((await app.db.prisma.answer.findUniqueOrThrow({ where: { id: answerId } })).manualScore).toBe(MANUAL_PERCENT / 100);
      expect((await app.db.prisma.testAttempt.findUniqueOrThrow({ where: { id: learner.attemptId } })).score).toBe(graded);
      expect(await app.db.prisma.auditLog.count({ where: { targetId: answerId, action: "answer.override" } })).toBe(0);
      await expect(shortAnswer.locator('li[data-audit="answer.override"]').count()).resolves.toBe(0);
      await expect(shortAnswer.locator("[data-manual-score]").textContent()).resolves.toBe(`${MANUAL_PERCENT}% by ${INSTRUCTOR.name}`);
    };
    // No reason: the browser refuses the form (the reason field is required; its validation message is shown) and
    // nothing is sent.
    await save.click();
    await expect(reason.evaluate((el: HTMLTextAreaElement) => el.validity.valueMissing)).resolves.toBe(true);
    await expect(reason.evaluate((el: HTMLTextAreaElement) => el.validationMessage)).resolves.not.toBe("");
    await expect(reason.evaluate((el) => el === document.activeElement)).resolves.toBe(true); // the browser focuses the refused field
    expect(overrideRequests).toEqual([]);
    await unchanged();
    // A blank reason passes the browser's check; the server refuses it (400) and its message shows under the field.
    await reason.fill("   ");
    await save.click();
    const refusal = shortAnswer.getByRole("alert");
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toBe("A reason is required");
    await expect(reason.getAttribute("aria-invalid")).resolves.toBe("true");
    expect(overrideRequests.map((b) => JSON.parse(b))).toEqual([{ score: OVERRIDE_PERCENT / 100, reason: "   " }]);
    await unchanged();
    // Chromium logs the refused request on the console; that one is expected, any other console error is not.
    const refusedLog = problems.findIndex(
      (p) =>
        p.startsWith("instructor console: Failed to load resource: the server responded with a status of 400") &&
        p.includes(`/api/instructor/answers/${answerId}/override`),
    );
    if (refusedLog >= 0) problems.splice(refusedLog, 1);
    // With a reason it is saved; the page refreshes with the new grade, the attempt total and the audit entry.
    await reason.fill(OVERRIDE_REASON);
    await expect(reason.getAttribute("aria-invalid")).resolves.toBe(null);
    await save.click();
    const overrideEntry = shortAnswer.locator('li[data-audit="answer.override"]');
    await untilOrAlert(page, overrideEntry.waitFor());
    expect(overrideRequests.length).toBe(2);
    await expect(shortAnswer.getByRole("status").textContent()).resolves.toBe("Override saved.");
    await expect(shortAnswer.locator("[data-manual-score]").textContent()).resolves.toBe(`${OVERRIDE_PERCENT}% by ${INSTRUCTOR.name}`);
    const entryText = (await overrideEntry.textContent())!;
    expect(entryText).toContain(`${INSTRUCTOR.name} · Override ${MANUAL_PERCENT}% → ${OVERRIDE_PERCENT}% · Reason: ${OVERRIDE_REASON}`);
    const audited = await app.db.prisma.auditLog.findFirstOrThrow({ where: { targetId: answerId, action: "answer.override" } });
    await expect(overrideEntry.locator("time").getAttribute("datetime")).resolves.toBe(audited.createdAt.toISOString());
    expect(audited.details).toMatchObject({
      oldScore: MANUAL_PERCENT / 100,
      newScore: OVERRIDE_PERCENT / 100,
      reason: OVERRIDE_REASON,
      oldTotal: graded,
      newTotal: final,
    });
    await expect(shortAnswer.locator('li[data-audit="answer.grade"]').textContent()).resolves.toContain(`Graded — → ${MANUAL_PERCENT}%`);
    await expect(attemptRow.getByRole("cell").nth(4).textContent()).resolves.toBe(`${enNumber(final)} / ${enNumber(learner.max)}`);
    expect((await app.db.prisma.answer.findUniqueOrThrow({ where: { id: answerId } })).manualScore).toBe(OVERRIDE_PERCENT / 100);
    expect((await app.db.prisma.testAttempt.findUniqueOrThrow({ where: { id: learner.attemptId } })).score).toBe(final);

    // Gradebook: the learner's row shows the new percentage.
    await page.getByRole("link", { name: "Back to the gradebook" }).click();
    await page.waitForURL("**/instructor/gradebook");
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(LEARNER.name) }) });
    const finalPct = enNumber(pct1(final, learner.max));
    await expect(
      row
        .getByRole("cell")
        .filter({ hasText: `best ${finalPct}% · latest ${finalPct}%` })
        .count(),
    ).resolves.toBe(1);

    // CSV download through the link: UTF-8 BOM, header, the learner's row with the final score and the name intact.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /^Download CSV/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kakunin-gradebook-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = fs.readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString("utf8").split("\r\n");
    const header = lines[0]!.split(",");
    expect(header.slice(0, 2)).toEqual(["name", "email"]);
    const col = header.indexOf(`test:${TEST} best %`);
    expect(col).toBeGreaterThan(1);
    expect(header.slice(col, col + 3)).toEqual([`test:${TEST} best %`, `test:${TEST} latest %`, `test:${TEST} attempts`]);
    const learnerLine = lines.find((l) => l.startsWith(`${LEARNER.name},`));
    expect(learnerLine, lines.join("\n")).toBeDefined();
    const cells = learnerLine!.split(",");
    expect(cells[1]).toBe(LEARNER.email);
    expect(cells.slice(col, col + 3).map(Number)).toEqual([pct1(final, learner.max), pct1(final, learner.max), 1]);
    const exCol = header.indexOf(`exercise:${EXERCISE} best %`);
    expect(Number(cells[exCol])).toBe(100);
    expect(lines.some((l) => l.startsWith(`${PEER.name},`))).toBe(true);
    expect(lines.some((l) => l.startsWith(`${INSTRUCTOR.name},`))).toBe(false); // staff are not rows

    // Question statistics: learner right, peer wrong → facility 50 %, one pick each.
    await page.getByRole("link", { name: STATS_ITEM, exact: true }).click();
    await page.waitForURL(`**/instructor/items/${STATS_ITEM}`);
    const stat = (name: string) =>
      page
        .locator("dl > div")
        .filter({ has: page.getByRole("term").filter({ hasText: new RegExp(`^${name}$`) }) })
        .getByRole("definition");
    await expect(stat("Answers").textContent()).resolves.toBe("2");
    await expect(stat("Facility").textContent()).resolves.toBe("50%");
    const options = await optionIds(STATS_ITEM);
    for (const o of options) {
      const expected = [learner.chosen[STATS_ITEM], peerChoice].filter((c) => c === o).length;
      const r = page.locator(`tr[data-option="${o}"]`);
      await expect(r.getByRole("cell").first().textContent(), o).resolves.toBe(String(expected));
      await expect(r.getByRole("cell").nth(1).textContent(), o).resolves.toBe(expected ? "50%" : "0%");
      await expect(r.getByText("Correct answer").count()).resolves.toBe(o === right[STATS_ITEM] ? 1 : 0);
    }

    // The short item's grading history: who, whom, the change, the comment and the override's reason.
    await page.goto(`/instructor/items/${SHORT_ITEM}`);
    const gradeRow = page.locator('tr[data-audit="answer.grade"]');
    await expect(gradeRow.count()).resolves.toBe(1);
    expect((await gradeRow.getByRole("cell").allTextContents()).slice(1)).toEqual([
      INSTRUCTOR.name,
      LEARNER.name,
      "Graded",
      `— → ${MANUAL_PERCENT}%`,
      "Right idea; name the weight matrix W too.",
    ]);
    const overrideRow = page.locator('tr[data-audit="answer.override"]');
    await expect(overrideRow.count()).resolves.toBe(1);
    expect((await overrideRow.getByRole("cell").allTextContents()).slice(1)).toEqual([
      INSTRUCTOR.name,
      LEARNER.name,
      "Override",
      `${MANUAL_PERCENT}% → ${OVERRIDE_PERCENT}%`,
      OVERRIDE_REASON,
    ]);

    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  it("learner: the dashboard counts the instructor's grade", async () => {
    const { context, page } = await newPage("learner");
    await signIn(page, LEARNER);
    await page.goto("/learn/progress");
    const uid = await userId(LEARNER.email);
    await checkMastery(page, uid);
    const points = await page
      .getByRole("img", { name: /Scores of your last 3 graded/ })
      .locator("circle title")
      .allTextContents();
    const graded = (await app.db.prisma.testAttempt.findUniqueOrThrow({ where: { id: learner.attemptId } })).score!;
    expect(graded).toBeGreaterThan(learner.score);
    expect(points[1]).toContain(`${TEST_TITLE} — ${pct1(graded, learner.max)}%`);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});

/** Waits for `step`, failing at once with the page's message if an error alert shows up first. */
async function untilOrAlert(page: Page, step: Promise<unknown>): Promise<void> {
  const alert = page.locator(".alert-error[role=alert]").first();
  const failed = alert.waitFor({ timeout: 120_000 }).then(
    async () => `error shown: ${await alert.innerText()}`,
    () => null,
  );
  const outcome = await Promise.race([step.then(() => null), failed]);
  if (outcome) throw new Error(outcome);
}

/**
 * Mastery of SECTION per the rule the page states ("the average of your latest grade on every question and exercise of
 * the section; anything not yet tried counts as 0"), from the learner's stored grades (manual grade first).
 */
async function checkMastery(page: Page, uid: string) {
  const section = await app.db.prisma.section.findUniqueOrThrow({
    where: { slug: SECTION },
    include: { items: { where: { retired: false } }, exercises: { where: { retired: false } } },
  });
  const total = section.items.length + section.exercises.length;
  const answers = await app.db.prisma.answer.findMany({
    where: {
      attempt: { userId: uid },
      itemVersion: { item: { sectionId: section.id } },
      OR: [{ score: { not: null } }, { manualScore: { not: null } }],
    },
    orderBy: { updatedAt: "desc" },
    include: { itemVersion: true },
  });
  const latest = new Map<string, number>();
  for (const a of answers) if (!latest.has(a.itemVersion.itemId)) latest.set(a.itemVersion.itemId, a.manualScore ?? a.score ?? 0);
  const tried = latest.size + 1; // + the exercise
  const sum = [...latest.values()].reduce((x, y) => x + y, 0) + learner.exerciseFraction;
  const percent = Math.round((100 * sum) / total);
  expect(percent).toBeGreaterThan(0);
  expect(percent).toBeLessThan(100);
  await page.getByRole("heading", { name: "Mastery by section" }).waitFor();
  await expect(page.getByText(/^Mastery is the average of your latest grade/).count()).resolves.toBe(1);
  const row = page.locator(`li[data-section="${SECTION}"]`);
  await expect(row.getByText(`${percent}% — ${tried} of ${total} tried`).count()).resolves.toBe(1);
  await expect(row.getByRole("meter").getAttribute("aria-valuenow")).resolves.toBe(String(percent));
}

/** Moves all of a learner's review states `ms` into the past (see the comment at the call). */
async function shiftReviewStates(uid: string, ms: number) {
  const back = (d: unknown) => new Date(new Date(String(d)).getTime() - ms).toISOString();
  const states = await app.db.prisma.reviewState.findMany({ where: { userId: uid } });
  expect(states.length).toBeGreaterThan(0);
  for (const s of states) {
    const card = { ...(s.card as Record<string, unknown>) };
    card.due = back(card.due);
    if (card.last_review) card.last_review = back(card.last_review);
    await app.db.prisma.reviewState.update({
      where: { id: s.id },
      data: {
        dueAt: new Date(s.dueAt.getTime() - ms),
        lastSeenAt: s.lastSeenAt ? new Date(s.lastSeenAt.getTime() - ms) : s.lastSeenAt,
        card: card as Prisma.InputJsonObject,
      },
    });
  }
}
