// Browser: a learner with due reviews starts a review session from /learn, answers the mixed questions with the
// ordinary player (check, feedback), finishes, and sees each question's next review; the dashboard then shows the
// next review date instead of the button. Another learner gets the 404 page and 404 JSON for the session. The
// dashboard lists what to resume (an open practice attempt, an unsubmitted code draft) with links to continue.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../lib/users";
import { recordOutcome } from "../../lib/review/outcome";
import { startTestServer, type TestServer } from "../helpers/server";
import { correctResponses } from "../attempts/fixture";
import { launchBrowser, watchedPage, signIn } from "./browser";

let app: TestServer;
let browser: Browser;
const problems: string[] = [];

const LEARNER = { email: "reviewer@example.com", name: "Rei Reviewer", password: "reviewer-password-1" };
const OTHER = { email: "nosy@example.com", name: "Nosy Neighbour", password: "nosy-password-1" };
const DAY = 86_400_000;
/** State-changing API calls say JSON, body or not (lib/http/route.ts answers 415 otherwise). */
const JSON_TYPE = { "content-type": "application/json" };
// Choice items of three sections, most overdue first; the session deals them round-robin by section.
const DUE = ["rnn-y1-choice", "rnn-tanh-derivative", "lstm-forget-gate", "gru-gates"];
const SESSION_ORDER = ["rnn-y1-choice", "lstm-forget-gate", "gru-gates", "rnn-tanh-derivative"];

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  const learner = await createUser(app.db.prisma, LEARNER);
  await createUser(app.db.prisma, OTHER);
  const good = { kind: "answer" as const, correct: true, tries: 1, hintsUsed: 0, revealed: false };
  for (const [i, slug] of DUE.entries()) {
    const item = await app.db.prisma.item.findUniqueOrThrow({ where: { slug } });
    const first = new Date(Date.now() - (40 - i) * DAY);
    await recordOutcome(app.db.prisma, { userId: learner.id, itemId: item.id, outcome: good, at: first });
    await recordOutcome(app.db.prisma, { userId: learner.id, itemId: item.id, outcome: good, at: new Date(first.getTime() + 3600e3) });
  }
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const newPage = () => watchedPage(browser, app.url, problems);

const question = (page: Page, slug: string) => page.locator(`article[data-item="${slug}"]`);

describe("review session in the browser", () => {
  let sessionUrl: string;

  it("Start review → mixed questions with feedback → finish → next review dates; then the next date replaces the button", async () => {
    const { context, page } = await newPage();
    await signIn(page, LEARNER);
    const panel = page.getByTestId("review-panel");
    await expect(panel.textContent()).resolves.toContain("4 questions are due for review.");
    await panel.getByRole("button", { name: "Start review" }).click();
    await page.waitForURL(/\/learn\/review\/[0-9a-f-]+$/);
    sessionUrl = new URL(page.url()).pathname;
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Review session");
    await expect(page.getByText("4 questions due for review, from 3 sections").count()).resolves.toBe(1);
    const slugs = await page.locator("article[data-item]").evaluateAll((els) => els.map((e) => e.getAttribute("data-item")));
    expect(slugs).toEqual(SESSION_ORDER);

    const id = sessionUrl.split("/").pop()!;
    const { seed } = await app.db.prisma.testAttempt.findUniqueOrThrow({ where: { id } });
    const right = await correctResponses(app.db.prisma, seed, DUE);
    // one wrong check, then right; the others right at once
    const q1 = question(page, "rnn-y1-choice");
    const options = await q1.locator("[data-option]").evaluateAll((els) => els.map((e) => e.getAttribute("data-option")!));
    await q1.locator(`[data-option="${options.find((o) => o !== right["rnn-y1-choice"])}"] input`).check();
    await q1.getByRole("button", { name: "Check answer" }).click();
    await q1.getByTestId("verdict").filter({ hasText: "Not quite" }).waitFor();
    await q1.locator(`[data-option="${right["rnn-y1-choice"]}"] input`).check();
    await q1.getByRole("button", { name: "Check answer" }).click();
    await q1.getByTestId("verdict").filter({ hasText: "Correct" }).waitFor();
    for (const slug of SESSION_ORDER.slice(1)) {
      const q = question(page, slug);
      await q.locator(`[data-option="${right[slug]}"] input`).check();
      await q.getByRole("button", { name: "Check answer" }).click();
      await q.getByTestId("verdict").filter({ hasText: "Correct" }).waitFor();
    }
    await page.getByRole("button", { name: "Finish practice" }).click();
    await page.getByRole("button", { name: "Yes, submit" }).click();
    const schedule = page.getByTestId("review-schedule");
    await schedule.waitFor();
    expect(new URL(page.url()).pathname).toBe(sessionUrl);
    await expect(page.getByTestId("attempt-score").textContent()).resolves.toMatch(/You scored 3\.75 of 4 points/);
    const rows = await schedule
      .locator("li[data-item]")
      .evaluateAll((els) => els.map((e) => [e.getAttribute("data-item"), Number(e.getAttribute("data-due-in-days"))] as const));
    expect(rows.map(([s]) => s).sort()).toEqual([...DUE].sort());
    for (const [slug, days] of rows) expect(days, slug!).toBeGreaterThan(1);
    await expect(schedule.textContent()).resolves.toMatch(/next review in \d+ days/);
    const states = await app.db.prisma.reviewState.findMany({ where: { user: { email: LEARNER.email } }, include: { item: true } });
    expect(Object.fromEntries(states.map((s) => [s.item!.slug, s.lastOutcome]))).toEqual({
      "rnn-y1-choice": "hard",
      "rnn-tanh-derivative": "good",
      "lstm-forget-gate": "good",
      "gru-gates": "good",
    });
    expect(states.every((s) => s.dueAt.getTime() > Date.now() + DAY)).toBe(true);

    await page.goto("/learn/progress");
    const after = page.getByTestId("review-panel");
    await expect(after.getByTestId("next-review").textContent()).resolves.toMatch(
      /^Nothing to review right now\. Next review: .+ \(in \d+ days\)\.$/,
    );
    await expect(after.getByRole("button", { name: "Start review" }).count()).resolves.toBe(0);
    await context.close();
  }, 180_000);

  it("another learner gets the 404 page and 404 JSON for the session", async () => {
    const { context, page } = await newPage();
    await signIn(page, OTHER);
    const res = await page.goto(sessionUrl);
    expect(res?.status()).toBe(404);
    await expect(page.locator("article[data-item]").count()).resolves.toBe(0);
    const id = sessionUrl.split("/").pop()!;
    const put = await context.request.put(`/api/attempts/${id}/answers/rnn-y1-choice`, { data: { response: "a" } });
    expect(put.status()).toBe(404);
    expect(await put.json()).toEqual({ error: "Attempt not found", code: "attempt_not_found" });
    const submit = await context.request.post(`/api/attempts/${id}/submit`, { headers: JSON_TYPE });
    expect(submit.status()).toBe(404);
    // and nothing is due for this learner
    const start = await context.request.post("/api/review-sessions", { headers: JSON_TYPE });
    expect(start.status()).toBe(409);
    await context.close();
  }, 120_000);

  it("/learn lists what to resume with links to continue", async () => {
    const { context, page } = await newPage();
    await signIn(page, LEARNER);
    await page.goto("/tests/day3-rnn-practice");
    await page.getByRole("button", { name: "Start practice" }).click();
    await question(page, "rnn-y1-choice").waitFor();
    const exercise = await app.db.prisma.exercise.findFirstOrThrow({ where: { retired: false }, orderBy: { slug: "asc" } });
    const put = await context.request.put(`/api/exercises/${exercise.slug}/draft`, { data: { code: "h = 1  # work in progress" } });
    expect(put.ok()).toBe(true);

    await page.goto("/learn");
    const panel = page.getByTestId("resume-panel");
    await expect(panel.locator("[data-resume-attempt]").textContent()).resolves.toMatch(/Practice.*0 of \d+ answered/);
    await expect(panel.locator("[data-resume-draft]").getAttribute("data-resume-draft")).resolves.toBe(exercise.slug);
    await panel.locator("[data-resume-attempt]").getByRole("link", { name: "Continue" }).click();
    await page.waitForURL("**/tests/day3-rnn-practice?mode=practice");
    await question(page, "rnn-y1-choice").waitFor();
    await page.goto("/learn");
    await page.getByTestId("resume-panel").locator("[data-resume-draft]").getByRole("link", { name: "Continue" }).click();
    await page.waitForURL(`**/exercises/${exercise.slug}`);
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});
