// Browser: each unit as a learner meets it, on one server. The course map lists the unit and its sections with their
// question counts; the learner takes one section's practice test (every item kind, answered right and checked one by
// one, then submitted) and solves one gap-fill exercise in the editor (a typical wrong fill fails Run, the right fills
// pass Run and score full marks on Submit).
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

interface UnitFlow {
  unit: string;
  sections: string[];
  /** fewest questions any of its sections has */
  minQuestions: number;
  practice: { section: string; link: string };
  /** the exercise's blanks in order (solution.py), and a typical wrong fill of the first blank */
  exercise: { slug: string; section: string; fills: string[]; wrongFirst: string };
}

const UNITS: UnitFlow[] = [
  {
    unit: "Day 1",
    sections: ["day1-input-affine", "day1-activation", "day1-output-loss", "day1-gradient-descent", "day1-backprop"],
    minQuestions: 9,
    practice: { section: "day1-output-loss", link: "Practice: Output layer and error functions" },
    exercise: {
      slug: "softmax-with-loss",
      section: "day1-output-loss",
      fills: [
        "np.max(a, axis=1, keepdims=True)",
        "np.exp(a) / np.sum(np.exp(a), axis=1, keepdims=True)",
        "-np.sum(t * np.log(y + delta)) / y.shape[0]",
        "(self.y - self.t) / batch_size",
      ],
      wrongFirst: "np.max(a)", // one maximum for the whole batch: rows far below it underflow to 0/0
    },
  },
  {
    unit: "Day 2",
    sections: ["day2-vanishing-gradient", "day2-optimizers", "day2-overfitting", "day2-cnn", "day2-classic-cnn"],
    minQuestions: 7,
    practice: { section: "day2-vanishing-gradient", link: "Practice: Vanishing gradients" },
    exercise: {
      slug: "dropout-layer",
      section: "day2-overfitting",
      fills: ["r > self.dropout_ratio", "x * self.mask", "x * (1.0 - self.dropout_ratio)", "dout * self.mask"],
      wrongFirst: "r < self.dropout_ratio", // keeps a share dropout_ratio of the units instead of dropping it
    },
  },
  {
    unit: "Day 4",
    sections: [
      "day4-reinforcement-learning",
      "day4-lightweight",
      "day4-cnn-architectures",
      "day4-normalization",
      "day4-transformer",
      "day4-detection-segmentation",
      "day4-pretraining",
      "day4-gan",
    ],
    minQuestions: 4,
    practice: { section: "day4-transformer", link: "Practice: Transformer" },
    exercise: {
      slug: "masked-attention",
      section: "day4-transformer",
      fills: ["Q.shape[-1]", "Q @ K.T / np.sqrt(d_k)", "-1e9", "weights @ V"],
      wrongFirst: "V.shape[-1]", // the scale taken from the values' dimension d_v instead of d_k
    },
  },
];

let app: TestServer;
let browser: Browser;
const problems: string[] = [];
const LEARNER = { email: "units@example.com", name: "Una Unit", password: "units-password-1" };

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

describe.each(UNITS)("$unit unit", (u) => {
  const PRACTICE = `${u.practice.section}-practice`;
  const FILLS = u.exercise.fills;
  const STARTER = fs.readFileSync(path.join(ROOT, "exercises/code", u.exercise.slug, "starter.py"), "utf8");
  /** The whole program the editor must hold with these fills (nothing typed may land outside a blank). */
  const program = (fills: readonly string[]) => compose(parseTemplate(STARTER), fills);

  it(`the course map lists ${u.unit} with its ${u.sections.length} sections`, async () => {
    const { context, page } = await watchedPage(browser, app.url, problems);
    await signIn(page, LEARNER);
    await page.goto("/courses/jdla-e");
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(u.unit) }).count()).resolves.toBe(1);
    for (const s of u.sections) {
      const card = page.locator(`[data-section="${s}"]`);
      const n = await app.db.prisma.item.count({ where: { section: { slug: s }, retired: false } });
      expect(n, s).toBeGreaterThanOrEqual(u.minQuestions);
      await expect(card.textContent(), s).resolves.toContain(`${n} question`);
    }
    await context.close();
  }, 120_000);

  it(`takes the practice test of a ${u.unit} section: every item answered right and checked, then submitted`, async () => {
    const { context, page } = await watchedPage(browser, app.url, problems);
    await signIn(page, LEARNER);
    await page.goto(`/courses/jdla-e/${u.practice.section}`);
    await page.getByRole("link", { name: u.practice.link }).click();
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

  it(`solves the ${u.unit} code exercise ${u.exercise.slug}: a wrong fill fails Run, the right fills pass and score full marks`, async () => {
    const { context, page } = await watchedPage(browser, app.url, problems);
    await signIn(page, LEARNER);
    await page.goto(`/courses/jdla-e/${u.exercise.section}`);
    await page.locator(`a[href="/exercises/${u.exercise.slug}"]`).first().click();
    await page.waitForURL(`**/exercises/${u.exercise.slug}`);
    await page.locator("[data-testid=code-editor] .monaco-editor").waitFor({ timeout: 60_000 });
    await page.locator(".kk-gap").first().waitFor();
    expect(await page.getByTestId("code-editor").getAttribute("data-mode")).toBe("gapfill");
    expect((await editorView(page)).blanks).toBe(FILLS.length);

    const wrong = [u.exercise.wrongFirst, ...FILLS.slice(1)];
    await fillBlanks(page, wrong);
    await expect.poll(() => editorText(page), { timeout: 10_000 }).toBe(program(wrong));
    expect(await run(page)).toMatch(/of 2 public tests passed/);
    expect(await page.locator("[data-testid=run-panel] li[data-passed=false]").count()).toBeGreaterThan(0);

    // Replace the first blank's fill with the right one.
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
      where: { exerciseVersion: { exercise: { slug: u.exercise.slug } } },
      orderBy: { createdAt: "desc" },
    });
    expect(stored.score).toBe(stored.maxScore);
    for (const f of FILLS) expect(stored.code).toContain(f);
    expect(problems).toEqual([]);
    await context.close();
  }, 600_000);
});
