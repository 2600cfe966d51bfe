// Browser: confirmation tests. A learner takes a test in practice mode (wrong then right answer, a hint, a formula
// with live preview, a code-blank or numeric answer), finishes it, then takes the timed exam, reloads in the
// middle without losing anything, submits and sees score and review. Raw HTML never carries answers.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../lib/users";
import { startTestServer, type TestServer } from "../helpers/server";
import { correctResponses } from "../attempts/fixture";
import { launchBrowser, watchedPage, signIn } from "./browser";

let app: TestServer;
let browser: Browser;
const problems: string[] = [];
const timings: Record<string, number> = {};

const ADMIN = { email: "admin-tests@example.com", name: "Ada Admin", password: "admin-password-1" };
const LEARNER = { email: "taker@example.com", name: "Tara Taker", password: "taker-password-1" };
const OTHER = { email: "other@example.com", name: "Otto Other", password: "other-password-1" };

beforeAll(async () => {
  const t0 = performance.now();
  [app, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  timings.serverStartMs = Math.round(performance.now() - t0);
  await createUser(app.db.prisma, ADMIN);
  await createUser(app.db.prisma, LEARNER);
  await createUser(app.db.prisma, OTHER);
}, 900_000);

// The content's own tests: a section practice test and the full, timed Day 3 exam.
const PRACTICE_TEST = "day3-rnn-practice";
const EXAM_TEST = "day3-exam";

async function testItems(slug: string): Promise<Array<{ slug: string; kind: string; points: number }>> {
  const t = await app.db.prisma.test.findUniqueOrThrow({ where: { slug }, include: { items: { include: { item: true } } } });
  return t.items.map((ti) => ({ slug: ti.item.slug, kind: ti.item.kind, points: ti.points }));
}

async function fillNumeric(page: Page, slug: string, values: Record<string, string>) {
  for (const [field, v] of Object.entries(values)) await page.locator(`#answer-${slug}-${field}`).fill(v);
}

afterAll(async () => {
  console.log(`[tests-flow] timings ${JSON.stringify(timings)}`);
  await browser?.close();
  await app?.stop();
});

const newPage = () => watchedPage(browser, app.url, problems);

const question = (page: Page, slug: string) => page.locator(`article[data-item="${slug}"]`);

async function attemptSeed(testSlug: string): Promise<{ id: string; seed: number }> {
  const user = await app.db.prisma.user.findUniqueOrThrow({ where: { email: LEARNER.email } });
  const a = await app.db.prisma.testAttempt.findFirstOrThrow({
    where: { userId: user.id, test: { slug: testSlug }, status: "in_progress" },
    orderBy: { startedAt: "desc" },
  });
  return { id: a.id, seed: a.seed };
}

/** Plain-text fragments of every explanation (outside math/code), which must not be in the page before unlock. */
async function explanationFragments(): Promise<string[]> {
  const versions = await app.db.prisma.itemVersion.findMany({
    where: { item: { testItems: { some: { test: { slug: { in: [PRACTICE_TEST, EXAM_TEST] } } } } } },
  });
  const out: string[] = [];
  for (const v of versions) {
    const en = (v.content as { explanation: { en: string } }).explanation.en;
    const plain = en
      .replace(/\$\$[\s\S]*?\$\$|\$[^$]*\$|`[^`]*`|\*\*?|_/g, "\n")
      .split("\n")
      .map((s) => s.trim())
      .filter((s) => s.length >= 20 && !/[<>&'"]/.test(s));
    if (plain.length) out.push(plain.sort((a, b) => b.length - a.length)[0]!.slice(0, 40));
  }
  return out;
}

describe("confirmation tests", () => {
  it("practice (section test): wrong then right, hint, formula preview, numeric, code blank; raw HTML holds no answers", async () => {
    const { context, page } = await newPage();
    await signIn(page, LEARNER);
    // From the section page, as a learner would.
    await page.goto("/courses/jdla-e/day3-rnn");
    await page.getByRole("link", { name: "Practice: RNN basics" }).click();
    await page.waitForURL(`**/tests/${PRACTICE_TEST}`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Practice: RNN basics");
    await expect(page.getByText(/Each hint costs 10%/).count()).resolves.toBe(1);
    let t0 = performance.now();
    await page.getByRole("button", { name: "Start practice" }).click();
    await question(page, "rnn-y1-choice").waitFor();
    timings.startPracticeMs = Math.round(performance.now() - t0);
    await page.screenshot({ path: "tmp/tests-practice.png", fullPage: false }).catch(() => {});

    // The raw HTML (server render + RSC payload) of the running attempt.
    const html = await (await context.request.get(`/tests/${PRACTICE_TEST}`)).text();
    expect(html).toContain('data-item="rnn-y1-choice"');
    for (const marker of [
      "correctOptionIds",
      "explanationHtml",
      "solutionHtml",
      "optionFeedback",
      "RandomState(SEED)",
      "keywords",
      '"correct"',
    ]) {
      expect(html, marker).not.toContain(marker);
    }
    for (const frag of await explanationFragments()) expect(html, frag).not.toContain(frag);

    const { seed } = await attemptSeed(PRACTICE_TEST);
    const items = await testItems(PRACTICE_TEST);
    const right = await correctResponses(
      app.db.prisma,
      seed,
      items.map((i) => i.slug),
    );
    for (const i of items) {
      const r = right[i.slug];
      if (typeof r === "string" && r.length >= 6) expect(html, i.slug).not.toContain(r);
    }

    // Single choice: wrong, hint, right.
    const q1 = question(page, "rnn-y1-choice");
    const options = await q1.locator("[data-option]").evaluateAll((els) => els.map((e) => e.getAttribute("data-option")!));
    const wrong = options.find((o) => o !== right["rnn-y1-choice"])!;
    await q1.locator(`[data-option="${wrong}"] input`).check();
    t0 = performance.now();
    await q1.getByRole("button", { name: "Check answer" }).click();
    await q1.getByTestId("verdict").filter({ hasText: "Not quite" }).waitFor();
    timings.checkChoiceMs = Math.round(performance.now() - t0);
    await expect(q1.getByTestId("feedback").count()).resolves.toBe(1);
    await expect(q1.getByTestId("solution").count()).resolves.toBe(0);
    await q1.getByRole("button", { name: /^Hint \(0\/\d/ }).click();
    await q1.getByTestId("hint").first().waitFor();
    await q1.locator(`[data-option="${right["rnn-y1-choice"]}"] input`).check();
    await q1.getByRole("button", { name: "Check answer" }).click();
    await q1.getByTestId("verdict").filter({ hasText: "Correct" }).waitFor();
    await expect(q1.getByTestId("verdict").textContent()).resolves.toContain("65%");
    await expect(q1.getByRole("heading", { name: "Explanation" }).count()).resolves.toBe(1);
    await expect(q1.locator(".katex").count()).resolves.toBeGreaterThan(0);

    // Formula: live KaTeX preview, worded syntax error, then the right answer.
    const qf = question(page, "rnn-y1-formula");
    const input = qf.getByRole("textbox");
    await input.fill("(x +");
    await expect(qf.getByTestId("formula-preview").locator(".field-error").textContent()).resolves.toMatch(/\w+ \w+/);
    await input.fill(String(right["rnn-y1-formula"]));
    await qf.getByTestId("formula-preview").locator(".katex").waitFor();
    await qf.getByRole("button", { name: "Check answer" }).click();
    await qf.getByTestId("verdict").filter({ hasText: "Correct" }).waitFor();

    // Numeric: the prompt shows the drawn values, never {{…}} placeholders.
    const qn = question(page, "rnn-conv-output-size");
    await expect(qn.textContent()).resolves.not.toContain("{{");
    await fillNumeric(page, "rnn-conv-output-size", right["rnn-conv-output-size"] as Record<string, string>);
    await qn.getByRole("button", { name: "Check answer" }).click();
    await qn.getByTestId("verdict").filter({ hasText: "Correct" }).waitFor();

    // Code blank: graded on the server by the Python engine.
    const qc = question(page, "rnn-recursive-tree-code");
    await qc.getByRole("textbox").fill(String(right["rnn-recursive-tree-code"]));
    t0 = performance.now();
    await qc.getByRole("button", { name: "Check answer" }).click();
    await qc.getByTestId("verdict").waitFor({ timeout: 30_000 });
    timings.checkCodeBlankMs = Math.round(performance.now() - t0);
    await expect(qc.getByTestId("verdict").textContent()).resolves.toContain("Correct");

    // Short text: autosaved while typing, survives a reload.
    const qs = question(page, "rnn-hidden-state");
    await qs.getByRole("textbox").fill("it keeps information from previous time steps");
    await page.locator('[data-save-status="saved"]').waitFor();
    await page.reload();
    await expect(question(page, "rnn-hidden-state").getByRole("textbox").inputValue()).resolves.toBe(
      "it keeps information from previous time steps",
    );
    await expect(question(page, "rnn-y1-choice").getByTestId("verdict").textContent()).resolves.toContain("Correct");

    // Offline: the status says so and the save is retried when the connection is back.
    await context.setOffline(true);
    await question(page, "rnn-hidden-state").getByRole("textbox").fill("it keeps information from previous steps");
    await page.locator('[data-save-status="offline"]').waitFor({ timeout: 10_000 });
    await expect(page.getByText("Offline — will retry").count()).resolves.toBe(1);
    await context.setOffline(false);
    await page.locator('[data-save-status="saved"]').waitFor({ timeout: 10_000 });
    const saved = await app.db.prisma.answer.findFirstOrThrow({
      where: { attempt: { test: { slug: PRACTICE_TEST } }, itemVersion: { item: { slug: "rnn-hidden-state" } } },
    });
    expect(saved.response).toBe("it keeps information from previous steps");

    await page.getByRole("button", { name: "Finish practice" }).click();
    await page.getByRole("button", { name: "Yes, submit" }).click();
    await page.waitForURL(new RegExp(`/tests/${PRACTICE_TEST}/attempts/[0-9a-f-]+$`));
    await page.getByTestId("attempt-score").waitFor();
    await expect(page.getByTestId("attempt-score").textContent()).resolves.toMatch(
      new RegExp(`You scored [\\d.]+ of ${items.reduce((a, i) => a + i.points, 0)} points`),
    );
    await context.close();
  }, 180_000);

  it("exam (full Day 3 test): timed, no feedback, reload keeps answers, submit shows score and review; others get 404", async () => {
    const { context, page } = await newPage();
    await signIn(page, LEARNER);
    await page.goto(`/tests/${EXAM_TEST}`);
    await page.getByRole("button", { name: "Start exam" }).click();
    await page.getByTestId("time-left").waitFor();
    await expect(page.getByTestId("time-left").textContent()).resolves.toMatch(/^(30:00|29:5\d)$/);
    await page.screenshot({ path: "tmp/tests-exam.png", fullPage: false }).catch(() => {});
    const { id, seed } = await attemptSeed(EXAM_TEST);
    const items = await testItems(EXAM_TEST);
    const right = await correctResponses(
      app.db.prisma,
      seed,
      items.map((i) => i.slug),
    );

    // No practice controls in an exam.
    await expect(page.getByRole("button", { name: "Check answer" }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: /^Hint/ }).count()).resolves.toBe(0);

    // Answer every choice, formula and numeric question correctly; one code blank; leave the rest.
    let expected = 0;
    const answered: string[] = [];
    let codeItem: { slug: string; points: number } | undefined;
    for (const it of items) {
      const q = question(page, it.slug);
      const r = right[it.slug];
      if (it.kind === "single_choice") await q.locator(`[data-option="${r}"] input`).check();
      else if (it.kind === "multi_choice") for (const o of r as string[]) await q.locator(`[data-option="${o}"] input`).check();
      else if (it.kind === "formula") await q.getByRole("textbox").fill(String(r));
      else if (it.kind === "numeric") await fillNumeric(page, it.slug, r as Record<string, string>);
      else if (it.kind === "code_blank" && !codeItem) {
        // Graded by the engine on submit; whether it passes depends on the engine's NumPy coverage (checked below).
        await q.getByRole("textbox").fill(String(r));
        codeItem = it;
        continue;
      } else continue;
      answered.push(it.slug);
      expected += it.points;
    }
    await page.locator('[data-save-status="saved"]').waitFor();
    await expect(page.getByTestId("feedback").count()).resolves.toBe(0);

    // Reload in the middle: everything is still there, the clock keeps running from the stored deadline.
    await page.reload();
    const single = items.find((i) => i.kind === "single_choice")!.slug;
    await expect(question(page, single).locator(`[data-option="${right[single]}"] input`).isChecked()).resolves.toBe(true);
    await expect(question(page, "bptt-chain-rule").getByRole("textbox").inputValue()).resolves.toBe(String(right["bptt-chain-rule"]));
    await expect(page.getByTestId("time-left").textContent()).resolves.toMatch(/^(30:00|29:\d\d)$/);
    const html = await (await context.request.get(`/tests/${EXAM_TEST}`)).text();
    for (const marker of ["correctOptionIds", "explanationHtml", "solutionHtml", '"correct"']) expect(html, marker).not.toContain(marker);

    await page.getByRole("button", { name: "Submit test" }).click();
    const t0 = performance.now();
    await page.getByRole("button", { name: "Yes, submit" }).click();
    await page.waitForURL(`**/tests/${EXAM_TEST}/attempts/${id}`);
    await page.getByTestId("attempt-score").waitFor();
    timings.submitExamMs = Math.round(performance.now() - t0);
    const max = items.reduce((a, i) => a + i.points, 0);
    const rows = await app.db.prisma.answer.findMany({ where: { attemptId: id }, include: { itemVersion: { include: { item: true } } } });
    const codeRow = rows.find((r) => r.itemVersion.item.slug === codeItem?.slug);
    expect(codeRow?.response).toBe(String(right[codeItem!.slug]));
    expect(codeRow?.feedback).toMatchObject({ code: expect.stringMatching(/^code\./) });
    if (codeRow?.correct) expected += codeItem!.points;
    const scored = rows.filter((r) => (r.score ?? 0) > 0).map((r) => `${r.itemVersion.item.slug}:${r.score}`);
    await expect(
      page.getByTestId("attempt-score").textContent(),
      `${scored.join(", ")} / answered ${answered.join(", ")}`,
    ).resolves.toContain(`You scored ${expected} of ${max} points`);
    await expect(page.getByRole("heading", { name: "Explanation" }).count()).resolves.toBe(items.length);
    await page.screenshot({ path: "tmp/tests-review.png", fullPage: false }).catch(() => {});

    // One exam attempt only.
    await page.goto(`/tests/${EXAM_TEST}`);
    await expect(page.getByText("You have already taken this test in exam mode.").count()).resolves.toBe(1);
    await expect(page.getByRole("button", { name: "Start exam" }).count()).resolves.toBe(0);
    await context.close();

    // Route handlers: JSON 4xx with messages.
    const anon = await browser.newContext({ baseURL: app.url });
    const r401 = await anon.request.post("/api/attempts", { data: { testSlug: EXAM_TEST, mode: "exam" } });
    expect(r401.status()).toBe(401);
    await anon.close();
    const learner = await newPage();
    await signIn(learner.page, LEARNER);
    const r400 = await learner.context.request.post("/api/attempts", { data: { testSlug: EXAM_TEST, mode: "speedrun" } });
    expect(r400.status()).toBe(400);
    expect(await r400.json()).toMatchObject({ error: "Validation failed", fields: { mode: [expect.any(String)] } });
    const r409 = await learner.context.request.post("/api/attempts", { data: { testSlug: EXAM_TEST, mode: "exam" } });
    expect(r409.status()).toBe(409);
    expect((await r409.json()).error).toMatch(/only one exam attempt/);
    const rSave = await learner.context.request.put(`/api/attempts/${id}/answers/${single}`, { data: { response: "a" } });
    expect(rSave.status()).toBe(409);
    await learner.context.close();

    // Another learner: the review page is a 404, the API refuses.
    const other = await newPage();
    await signIn(other.page, OTHER);
    const res = await other.page.goto(`/tests/${EXAM_TEST}/attempts/${id}`);
    expect(res?.status()).toBe(404);
    const api = await other.context.request.post(`/api/attempts/${id}/submit`, {
      headers: { origin: app.url, "content-type": "application/json" },
    });
    expect(api.status()).toBe(404);

    // When the countdown reaches zero the browser submits; the server records the attempt as expired.
    const start = await other.context.request.post("/api/attempts", { data: { testSlug: EXAM_TEST, mode: "exam" } });
    expect(start.status()).toBe(201);
    const otherId = ((await start.json()) as { attemptId: string }).attemptId;
    await app.db.prisma.testAttempt.update({ where: { id: otherId }, data: { deadlineAt: new Date(Date.now() + 4_000) } });
    await other.page.goto(`/tests/${EXAM_TEST}`);
    await other.page.getByTestId("time-left").waitFor();
    await other.page.waitForURL(`**/tests/${EXAM_TEST}/attempts/${otherId}`, { timeout: 20_000 });
    await other.page.getByTestId("attempt-score").waitFor();
    await expect(other.page.getByText("Time expired").count()).resolves.toBeGreaterThan(0);
    const expired = await app.db.prisma.testAttempt.findUniqueOrThrow({ where: { id: otherId } });
    expect(expired.status).toBe("expired");

    // Japanese UI.
    await other.context.addCookies([{ name: "locale", value: "ja", url: app.url }]);
    await other.page.reload();
    await expect(other.page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("振り返り");
    await expect(other.page.getByTestId("attempt-score").textContent()).resolves.toMatch(/点中/);
    await other.context.close();
    expect(problems).toEqual([]);
  }, 240_000);
});
