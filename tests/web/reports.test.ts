// Browser: "Report a problem" end to end (lib/reports). A learner reports a question from inside a practice attempt
// (after answering it) and a code exercise (after typing a fill); the report keeps the version they saw, the variant
// and their answer or code. The instructor home and the question's statistics count the open reports; the instructor
// opens the desk's reports, reads the learner's answer, replies to one and resolves the other; the learner finds the
// reply and both statuses on their progress page. No page error and no CSP refusal anywhere.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../lib/users";
import { correctResponses } from "../attempts/fixture";
import { startTestServer, type TestServer } from "../helpers/server";
import { launchBrowser, signIn, watchedPage } from "./browser";

let app: TestServer;
let browser: Browser;
const problems: string[] = [];

// The first account of an installation becomes admin (lib/users.ts): the instructor here.
const INSTRUCTOR = { email: "reports-admin@example.com", name: "Iris Instructor", password: "reports-admin-pass-1" };
const LEARNER = { email: "reporter@example.com", name: "Rei Reporter", password: "reporter-pass-1" };
const TEST = "day3-rnn-practice";
const ITEM = "rnn-y1-choice"; // single choice in that test
const EXERCISE = "d-tanh";
const FILL = "1 - np.tanh(x) ** 2";
const ITEM_MESSAGE = "Option B and option C say the same thing, I think.";
const EXERCISE_MESSAGE = "The prompt does not say whether x may be a matrix.";
const REPLY = "Thanks: B now says the output uses V, not W. Fixed in the next version.";

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  expect((await createUser(app.db.prisma, INSTRUCTOR)).role).toBe("admin");
  await createUser(app.db.prisma, LEARNER);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Opens the report form under `scope`, sends `message` and waits for the thanks. */
async function report(scope: ReturnType<Page["locator"]>, message: string) {
  await scope.getByTestId("report-open").click();
  await scope.getByTestId("report-message").fill(message);
  await scope.getByTestId("report-submit").click();
  await scope.getByTestId("report-sent").waitFor();
}

describe("report a problem", () => {
  it("learner reports a question in an attempt and a code exercise; what they saw is kept", async () => {
    const { context, page } = await watchedPage(browser, app.url, problems);
    await signIn(page, LEARNER);

    await page.goto(`/tests/${TEST}`);
    await page.getByRole("button", { name: "Start practice" }).click();
    const question = page.locator(`article[data-item="${ITEM}"]`);
    await question.waitFor();
    const attempt = await app.db.prisma.testAttempt.findFirstOrThrow({
      where: { user: { email: LEARNER.email }, test: { slug: TEST }, status: "in_progress" },
    });
    const right = (await correctResponses(app.db.prisma, attempt.seed, [ITEM]))[ITEM] as string;
    await question.locator(`[data-option="${right}"] input`).check();
    await page.locator('[data-save-status="saved"]').waitFor();
    await report(question, ITEM_MESSAGE);

    await page.goto(`/exercises/${EXERCISE}`);
    await page.locator("[data-testid=code-editor] .kk-gap").first().waitFor({ timeout: 30_000 });
    await page.locator("[data-testid=code-editor] .native-edit-context, [data-testid=code-editor] textarea").first().focus();
    await page.keyboard.press("Control+Home");
    await page.keyboard.press("Tab"); // selects the blank
    await page.keyboard.insertText(FILL);
    await expect
      .poll(async () => (await page.locator("[data-testid=code-editor] .view-lines").innerText()).replace(/\u00a0/g, " "))
      .toContain(`return ${FILL}`);
    await report(page.locator("main"), EXERCISE_MESSAGE);

    const rows = await app.db.prisma.problemReport.findMany({
      where: { user: { email: LEARNER.email } },
      include: { itemVersion: { include: { item: true } }, exerciseVersion: { include: { exercise: true } } },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((r) => [r.itemVersion?.item.slug ?? r.exerciseVersion?.exercise.slug, r.message, r.status])).toEqual([
      [ITEM, ITEM_MESSAGE, "open"],
      [EXERCISE, EXERCISE_MESSAGE, "open"],
    ]);
    expect(rows[0]!.answer).toEqual({ response: right });
    expect(rows[0]!.variant).toMatchObject({ attemptId: attempt.id });
    expect((rows[1]!.answer as { code: string }).code).toContain(`return ${FILL}`);
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  it("instructor sees the counts, reads the answer, replies to one and resolves the other; the learner sees the reply", async () => {
    const { context, page } = await watchedPage(browser, app.url, problems);
    await signIn(page, INSTRUCTOR);
    await page.goto("/instructor");
    await expect(page.getByTestId("reports-link").getAttribute("data-open")).resolves.toBe("2");
    await expect(page.getByTestId("reports-link").textContent()).resolves.toBe("2 open problem reports");

    // The question's statistics count its open report and link to it.
    await page.goto(`/instructor/items/${ITEM}`);
    const stat = page.locator('[data-stat="open-reports"]');
    await expect(stat.locator("dd").textContent()).resolves.toBe("1");
    await stat.getByRole("link").click();
    await page.waitForURL(`**/instructor/reports?slug=${ITEM}`);
    const cards = page.locator("li[data-report]");
    await expect(cards.count()).resolves.toBe(1);
    await expect(cards.getByTestId("report-message").textContent()).resolves.toBe(ITEM_MESSAGE);
    await cards.locator("summary").click();
    await expect(cards.locator("pre").textContent()).resolves.toContain('"response"');
    await cards.getByTestId("reply-text").fill(REPLY);
    await cards.getByTestId("reply-send").click();
    // Answered reports leave the open list.
    await cards.first().waitFor({ state: "detached" });

    await page.goto("/instructor/reports");
    const open = page.locator("li[data-report]");
    await expect(open.count()).resolves.toBe(1);
    await expect(open.locator("code").first().textContent()).resolves.toBe(EXERCISE);
    await open.locator("summary").click();
    await expect(open.locator("pre").textContent()).resolves.toContain(`return ${FILL}`);
    await open.getByTestId("reply-resolve").click();
    await page.getByText("No open reports.").waitFor();
    await page.goto("/instructor");
    await expect(page.getByTestId("reports-link").getAttribute("data-open")).resolves.toBe("0");
    await context.close();

    const learner = await watchedPage(browser, app.url, problems);
    await signIn(learner.page, LEARNER);
    await learner.page.goto("/learn/progress");
    const mine = learner.page.getByTestId("my-reports");
    await expect(mine.locator(`li[data-status="answered"] [data-testid=report-reply]`).textContent()).resolves.toBe(
      `Instructor's reply: ${REPLY}`,
    );
    await expect(mine.locator('li[data-status="answered"] code').textContent()).resolves.toBe(ITEM);
    await expect(mine.locator('li[data-status="resolved"] code').textContent()).resolves.toBe(EXERCISE);
    expect(problems).toEqual([]);
    await learner.context.close();
  }, 180_000);
});
