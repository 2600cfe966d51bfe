// Browser: the Day 4 unit as a learner meets it. The course map lists Day 4; the learner takes the practice test of
// "Transformer" (every item kind, answered right and checked one by one, then submitted), and solves the gap-fill
// exercise masked-attention in the editor (a wrong fill fails Run, the right fills pass Run and score full marks on
// Submit).
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CODE_CHECK_INTERVAL_MS } from "../../lib/attempts/service";
import { createUser } from "../../lib/users";
import { compose, parseTemplate } from "../../app/exercises/gapfill";
import { ROOT, startTestServer, type TestServer } from "../helpers/server";
import { correctResponses } from "../attempts/fixture";
import { launchBrowser, watchedPage, signIn } from "./browser";
import { editorView } from "./monaco";

let app: TestServer;
let browser: Browser;
const problems: string[] = [];

const LEARNER = { email: "day4@example.com", name: "Dai Yon", password: "day4-password-1" };
const SECTION = "day4-transformer";
const PRACTICE = "day4-transformer-practice";
const EXERCISE = "masked-attention";
// The exercise's four blanks in order (solution.py).
const FILLS = ["Q.shape[-1]", "Q @ K.T / np.sqrt(d_k)", "-1e9", "weights @ V"];
const STARTER = fs.readFileSync(path.join(ROOT, "exercises/code", EXERCISE, "starter.py"), "utf8");
/** The whole program the editor must hold with these fills (nothing typed may land outside a blank). */
const program = (fills: readonly string[]) => compose(parseTemplate(STARTER), fills);

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  await createUser(app.db.prisma, LEARNER);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const question = (page: Page, slug: string) => page.locator(`article[data-item="${slug}"]`);

/** Monaco takes input through an EditContext element in Chromium (a textarea elsewhere). */
async function focusEditor(page: Page) {
  await page.locator("[data-testid=code-editor] .native-edit-context, [data-testid=code-editor] textarea").first().focus();
}

/** The whole program in the editor (the starter is longer than the editor box shows: editorView scrolls). */
async function editorText(page: Page): Promise<string> {
  return (await editorView(page)).text;
}

/** Types `fills` into the gap-fill blanks from the first one on (Tab selects the next blank). */
async function fillBlanks(page: Page, fills: readonly string[]) {
  await focusEditor(page);
  await page.keyboard.press("Control+Home");
  for (const f of fills) {
    await page.keyboard.press("Tab");
    await page.keyboard.insertText(f);
  }
}

async function run(page: Page): Promise<string> {
  const summary = page.locator("[data-testid=run-summary]");
  const before = (await summary.count()) ? await summary.getAttribute("data-run") : null;
  await page.getByTestId("run").click();
  await page.waitForFunction(
    (prev) => {
      const el = document.querySelector("[data-testid=run-summary]");
      return !!el && el.getAttribute("data-run") !== prev;
    },
    before,
    { timeout: 60_000 },
  );
  return (await summary.textContent()) ?? "";
}

describe("Day 4 unit", () => {
  it("the course map lists Day 4 with its eight sections", async () => {
    const { context, page } = await watchedPage(browser, app.url, problems);
    await signIn(page, LEARNER);
    await page.goto("/courses/jdla-e");
    await expect(page.getByRole("heading", { level: 2, name: /Day 4/ }).count()).resolves.toBe(1);
    for (const s of [
      "day4-reinforcement-learning",
      "day4-lightweight",
      "day4-cnn-architectures",
      "day4-normalization",
      "day4-transformer",
      "day4-detection-segmentation",
      "day4-pretraining",
      "day4-gan",
    ]) {
      const card = page.locator(`[data-section="${s}"]`);
      const n = await app.db.prisma.item.count({ where: { section: { slug: s }, retired: false } });
      expect(n, s).toBeGreaterThanOrEqual(4);
      await expect(card.textContent(), s).resolves.toContain(`${n} question`);
    }
    await context.close();
  }, 120_000);

  it("takes the practice test of a Day 4 section: every item answered right and checked, then submitted", async () => {
    const { context, page } = await watchedPage(browser, app.url, problems);
    await signIn(page, LEARNER);
    await page.goto(`/courses/jdla-e/${SECTION}`);
    await page.getByRole("link", { name: "Practice: Transformer" }).click();
    await page.waitForURL(`**/tests/${PRACTICE}`);
    await page.getByRole("button", { name: "Start practice" }).click();

    const test = await app.db.prisma.test.findUniqueOrThrow({
      where: { slug: PRACTICE },
      include: { items: { include: { item: true }, orderBy: { position: "asc" } } },
    });
    const items = test.items.map((ti) => ({ slug: ti.item.slug, kind: ti.item.kind, points: ti.points }));
    expect(new Set(items.map((i) => i.kind))).toEqual(
      new Set(["single_choice", "multi_choice", "numeric", "formula", "code_blank", "short_text"]),
    );
    await question(page, items[0]!.slug).waitFor();
    const user = await app.db.prisma.user.findUniqueOrThrow({ where: { email: LEARNER.email } });
    const attempt = await app.db.prisma.testAttempt.findFirstOrThrow({
      where: { userId: user.id, test: { slug: PRACTICE }, status: "in_progress" },
    });
    const right = await correctResponses(
      app.db.prisma,
      attempt.seed,
      items.map((i) => i.slug),
    );

    // A learner's code checks are at most one per CODE_CHECK_INTERVAL_MS (429 otherwise): the next code blank is
    // checked that long after the previous code verdict arrived (the server took its time stamp before answering).
    let lastCodeVerdict = 0;
    for (const it of items) {
      const q = question(page, it.slug);
      const r = right[it.slug];
      if (it.kind === "single_choice") await q.locator(`[data-option="${r}"] input`).check();
      else if (it.kind === "multi_choice") for (const o of r as string[]) await q.locator(`[data-option="${o}"] input`).check();
      else if (it.kind === "numeric") {
        await expect(q.textContent()).resolves.not.toContain("{{");
        for (const [field, v] of Object.entries(r as Record<string, string>)) await page.locator(`#answer-${it.slug}-${field}`).fill(v);
      } else await q.getByRole("textbox").fill(String(r));
      if (it.kind === "short_text") continue; // graded by an instructor; saved, not checked here
      if (it.kind === "code_blank") await page.waitForTimeout(Math.max(0, lastCodeVerdict + CODE_CHECK_INTERVAL_MS - Date.now()));
      await q.getByRole("button", { name: "Check answer" }).click();
      await q.getByTestId("verdict").waitFor({ timeout: 60_000 });
      if (it.kind === "code_blank") lastCodeVerdict = Date.now();
      await expect(q.getByTestId("verdict").textContent(), it.slug).resolves.toContain("Correct");
    }
    await page.locator('[data-save-status="saved"]').waitFor();

    await page.getByRole("button", { name: "Finish practice" }).click();
    await page.getByRole("button", { name: "Yes, submit" }).click();
    await page.waitForURL(new RegExp(`/tests/${PRACTICE}/attempts/${attempt.id}$`));
    await page.getByTestId("attempt-score").waitFor();
    const max = items.reduce((a, i) => a + i.points, 0);
    await expect(page.getByTestId("attempt-score").textContent()).resolves.toMatch(new RegExp(`You scored [\\d.]+ of ${max} points`));
    const rows = await app.db.prisma.answer.findMany({
      where: { attemptId: attempt.id },
      include: { itemVersion: { include: { item: true } } },
    });
    const graded = rows.filter((r) => r.itemVersion.item.kind !== "short_text");
    expect(graded.map((r) => r.itemVersion.item.slug).sort()).toEqual(
      items
        .filter((i) => i.kind !== "short_text")
        .map((i) => i.slug)
        .sort(),
    );
    for (const r of graded) expect(r.correct, r.itemVersion.item.slug).toBe(true);
    await expect(page.getByRole("heading", { name: "Explanation" }).count()).resolves.toBe(items.length);
    expect(problems).toEqual([]);
    await context.close();
  }, 300_000);

  it("solves the Day 4 code exercise masked-attention: a wrong fill fails Run, the right fills pass and score full marks", async () => {
    const { context, page } = await watchedPage(browser, app.url, problems);
    await signIn(page, LEARNER);
    await page.goto(`/courses/jdla-e/${SECTION}`);
    await page.locator(`a[href="/exercises/${EXERCISE}"]`).first().click();
    await page.waitForURL(`**/exercises/${EXERCISE}`);
    await page.locator("[data-testid=code-editor] .monaco-editor").waitFor({ timeout: 60_000 });
    await page.locator(".kk-gap").first().waitFor();
    expect(await page.getByTestId("code-editor").getAttribute("data-mode")).toBe("gapfill");
    expect((await editorView(page)).blanks).toBe(FILLS.length);

    // A classic mistake: the scale taken from the values' dimension d_v instead of d_k.
    await fillBlanks(page, ["V.shape[-1]", ...FILLS.slice(1)]);
    await expect.poll(() => editorText(page), { timeout: 10_000 }).toBe(program(["V.shape[-1]", ...FILLS.slice(1)]));
    expect(await run(page)).toMatch(/of 2 public tests passed/);
    expect(await page.locator("[data-testid=run-panel] li[data-passed=false]").count()).toBeGreaterThan(0);

    // Replace the first blank's fill with the key dimension.
    await focusEditor(page);
    await page.keyboard.press("Control+Home");
    await page.keyboard.press("Tab");
    await page.keyboard.insertText(FILLS[0]!);
    await expect.poll(() => editorText(page), { timeout: 10_000 }).toBe(program(FILLS));
    expect(await run(page)).toMatch(/^2 of 2 public tests passed/);

    await page.getByTestId("submit").click();
    await page.waitForFunction(
      () => {
        const s = document.querySelector("[data-testid=submission]")?.getAttribute("data-status");
        return s === "graded" || s === "error";
      },
      undefined,
      { timeout: 120_000 },
    );
    const sub = page.getByTestId("submission");
    expect(await sub.getAttribute("data-status")).toBe("graded");
    const [, got, max] = /Score: (\d+(?:\.\d+)?) \/ (\d+(?:\.\d+)?)/.exec(await sub.innerText())!;
    expect(Number(got)).toBe(Number(max));
    const stored = await app.db.prisma.submission.findFirstOrThrow({
      where: { exerciseVersion: { exercise: { slug: EXERCISE } } },
      orderBy: { createdAt: "desc" },
    });
    expect(stored.score).toBe(stored.maxScore);
    for (const f of FILLS) expect(stored.code).toContain(f);
    expect(problems).toEqual([]);
    await context.close();
  }, 600_000);
});
