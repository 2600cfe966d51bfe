// Browser: the mock exam. An instructor sets a small mock exam for the class (4 questions, Day 1 and Day 3 equally);
// the learner opens it from the course map, starts it, answers, submits and sees the score by unit and section and
// the questions to review; the instructor sees the result by section for the class.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../lib/users";
import { makeClass } from "../helpers/classes";
import { startTestServer, type TestServer } from "../helpers/server";
import { correctResponses } from "../attempts/fixture";
import { launchBrowser, signIn, watchedPage } from "./browser";

let app: TestServer;
let browser: Browser;
let classId: string;
const problems: string[] = [];

const TEACHER = { email: "mock-teacher@example.com", name: "Mika Teacher", password: "teacher-pass-1", role: "instructor" as const };
const LEARNER = { email: "mock-learner@example.com", name: "Mo Learner", password: "learner-pass-1" };
const MOCK = "mock-exam";

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  const teacher = await createUser(app.db.prisma, TEACHER);
  const learner = await createUser(app.db.prisma, LEARNER);
  classId = (await makeClass(app.db.prisma, { instructorIds: [teacher.id], learnerIds: [learner.id] })).id;
}, 1_500_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const newPage = () => watchedPage(browser, app.url, problems);
const question = (page: Page, slug: string) => page.locator(`article[data-item="${slug}"]`);

describe("mock exam", () => {
  it("the instructor sets 4 questions over Day 1 and Day 3 for the class", async () => {
    const { context, page } = await newPage();
    await signIn(page, TEACHER);
    await page.goto(`/instructor/classes/${classId}`);
    await page.getByTestId(`mock-link-${MOCK}`).click();
    await page.waitForURL(`**/mock-exams/${MOCK}`);
    const form = page.getByTestId("mock-settings");
    await form.getByLabel("Questions", { exact: true }).fill("4");
    await form.getByLabel("Minutes", { exact: true }).fill("5");
    // Day 1 and Day 3 only: every other unit of the course weighs 0
    for (const unit of await form.locator("input[id^=mock-unit-]").all()) await unit.fill("0");
    await form.locator("#mock-unit-day1").fill("1");
    await form.locator("#mock-unit-day3").fill("1");
    await form.getByRole("button", { name: "Save settings" }).click();
    await form.getByRole("status").waitFor();
    // the page refreshes with the stored settings
    await page.getByTestId("mock-plan").filter({ hasText: "Questions: 4 · Minutes: 5" }).waitFor();
    // a refused setting is explained, not stored
    await form.getByLabel("Questions", { exact: true }).fill("4");
    await form.locator("#mock-unit-day1").fill("0");
    await form.locator("#mock-unit-day3").fill("0");
    await form.getByRole("button", { name: "Save settings" }).click();
    await expect(form.getByRole("alert").textContent()).resolves.toContain("cannot be drawn from this course");
    await context.close();
  });

  it("the learner takes it from the course map, submits and sees the score by section", async () => {
    const { context, page } = await newPage();
    await signIn(page, LEARNER);
    await page.goto("/courses/jdla-e");
    await page.getByRole("link", { name: "Mock exam: the whole course" }).click();
    await page.waitForURL(`**/tests/${MOCK}`);
    await expect(page.getByText("Your class's settings apply.").count()).resolves.toBe(1);
    await page.getByTestId("start-mock").click();
    await page.getByTestId("time-left").waitFor();
    await expect(page.getByTestId("time-left").textContent()).resolves.toMatch(/^(5:00|4:5\d|05:00|04:5\d)$/);

    const user = await app.db.prisma.user.findUniqueOrThrow({ where: { email: LEARNER.email } });
    const attempt = await app.db.prisma.testAttempt.findFirstOrThrow({
      where: { userId: user.id, test: { slug: MOCK }, status: "in_progress" },
      include: { answers: { include: { itemVersion: { include: { item: { include: { section: { include: { unit: true } } } } } } } } },
    });
    const drawn = attempt.answers.map((a) => ({
      slug: a.itemVersion.item.slug,
      kind: a.itemVersion.item.kind,
      section: a.itemVersion.item.section.slug,
      unit: a.itemVersion.item.section.unit.slug,
    }));
    expect(drawn).toHaveLength(4);
    expect(drawn.filter((d) => d.unit === "day1")).toHaveLength(2);
    const right = await correctResponses(
      app.db.prisma,
      attempt.seed,
      drawn.map((d) => d.slug),
    );
    // answer the choice, formula and numeric questions correctly; code blanks stay empty (scored 0, to review)
    const answered = new Set<string>();
    for (const d of drawn) {
      const q = question(page, d.slug);
      const r = right[d.slug];
      if (d.kind === "single_choice") await q.locator(`[data-option="${r}"] input`).check();
      else if (d.kind === "multi_choice") for (const o of r as string[]) await q.locator(`[data-option="${o}"] input`).check();
      else if (d.kind === "formula") await q.getByRole("textbox").fill(String(r));
      else if (d.kind === "numeric")
        for (const [f, v] of Object.entries(r as Record<string, string>)) await page.locator(`#answer-${d.slug}-${f}`).fill(v);
      else continue;
      answered.add(d.slug);
    }
    if (answered.size) await page.locator('[data-save-status="saved"]').waitFor();
    await page.getByRole("button", { name: "Submit test" }).click();
    await page.getByRole("button", { name: "Yes, submit" }).click();
    await page.waitForURL(`**/tests/${MOCK}/attempts/${attempt.id}`);
    const table = page.getByTestId("mock-by-section");
    await table.waitFor();
    for (const section of new Set(drawn.map((d) => d.section))) {
      const mine = drawn.filter((d) => d.section === section);
      const got = mine.filter((d) => answered.has(d.slug)).length;
      await expect(table.locator(`tr[data-section="${section}"] td`).first().textContent()).resolves.toBe(`${got} / ${mine.length}`);
    }
    await expect(table.locator("tr[data-total] td").first().textContent()).resolves.toBe(`${answered.size} / 4`);
    const toReview = drawn.filter((d) => !answered.has(d.slug)).map((d) => d.slug);
    await expect(page.locator("[data-testid=mock-review] li").count()).resolves.toBe(toReview.length);
    for (const slug of toReview) await expect(page.locator(`[data-testid=mock-review] li[data-item="${slug}"] a`).count()).resolves.toBe(1);
    await page.screenshot({ path: "tmp/mock-exam-result.png", fullPage: true }).catch(() => {});
    await context.close();
  });

  it("the instructor sees the class's result by section", async () => {
    const { context, page } = await newPage();
    await signIn(page, TEACHER);
    await page.goto(`/instructor/classes/${classId}/mock-exams/${MOCK}`);
    const row = page.locator(`[data-testid=mock-class-results] tr[data-learner="${LEARNER.email}"]`);
    await expect(row.locator("td").first().textContent()).resolves.toBe("1");
    const user = await app.db.prisma.user.findUniqueOrThrow({ where: { email: LEARNER.email } });
    const a = await app.db.prisma.testAttempt.findFirstOrThrow({ where: { userId: user.id, test: { slug: MOCK } } });
    await expect(row.locator("td").nth(1).textContent()).resolves.toBe(String(Math.round((a.score! / a.maxScore!) * 100)));
    await context.close();
    expect(problems).toEqual([]);
  });
});
