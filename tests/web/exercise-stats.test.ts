// The instructor's exercise page in a real browser against `next start` (embedded grading worker) + PostgreSQL:
// overview link → statistics and failure patterns → Regrade: the progress bar follows the run to "done" and the
// page refreshes with the new grades and the run in the regrade history.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createUser } from "../../lib/users";
import { teachEveryLearner } from "../helpers/classes";
import { startTestServer, type TestServer } from "../helpers/server";
import { launchBrowser } from "./browser";

vi.setConfig({ testTimeout: 180_000 });

let app: TestServer;
let browser: Browser;
const problems: string[] = [];
const TEACHER = { email: "teacher@example.com", name: "Tomoko Teacher", password: "teacher-password-1", role: "instructor" as const };
let slug = "";
let testNames: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  await createUser(app.db.prisma, { ...TEACHER, email: "admin-first@example.com", name: "First Admin" });
  const teacher = await createUser(app.db.prisma, TEACHER);
  const ex = await app.db.prisma.exercise.findFirstOrThrow({
    where: { retired: false },
    orderBy: { slug: "asc" },
    include: { versions: true },
  });
  const v = ex.versions.find((x) => x.version === ex.currentVersion)!;
  slug = ex.slug;
  const content = v.content as { starter: string; publicTests: { name: string }[] };
  const secret = v.secret as { solution: string; hiddenTests: { name: string }[] };
  testNames = [...content.publicTests, ...secret.hiddenTests].map((t) => t.name);
  // Two learners' submissions stored with a stale grade (as if the tests had changed since): every test "failed"
  // with a shape mismatch. The regrade replaces these with the real results: the solution passes, the starter fails.
  for (const [i, code] of [secret.solution, content.starter].entries()) {
    const learner = await createUser(app.db.prisma, {
      email: `learner${i}@example.com`,
      name: `Learner ${i}`,
      password: "learner-password-1",
    });
    await app.db.prisma.submission.create({
      data: {
        userId: learner.id,
        exerciseVersionId: v.id,
        idempotencyKey: `seed-${i}-000000`,
        code,
        status: "graded",
        score: 0,
        maxScore: testNames.length,
        gradedAt: new Date(),
        results: {
          create: testNames.map((name, k) => ({
            testName: name,
            hidden: k >= content.publicTests.length,
            passed: false,
            points: 0,
            maxPoints: 1,
            durationMs: 1,
            feedback:
              k >= content.publicTests.length
                ? { passed: false }
                : { code: "exercise.mismatch.shape_mismatch", message: { en: "Stale shape message", ja: "古い形状メッセージ" } },
          })),
        },
      },
    });
  }
  await teachEveryLearner(app.db.prisma, teacher.id); // the exercise page shows the teacher's class
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function signedInPage(): Promise<Page> {
  const context = await browser.newContext({ baseURL: app.url, locale: "en-US", viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(60_000);
  context.setDefaultNavigationTimeout(60_000);
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto("/signin");
  await page.getByLabel(/email/i).fill(TEACHER.email);
  await page.getByLabel(/^password$/i).fill(TEACHER.password);
  await page.getByRole("button", { name: /^sign in$/i }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/signin"));
  return page;
}

describe("instructor exercise page", () => {
  it("from the overview to the failure patterns, then a regrade followed live to done", async () => {
    const page = await signedInPage();
    await page.goto("/instructor");
    await page.locator(`a[data-testid="exercise-stats-link"][href^="/instructor/exercises/${slug}?class="]`).click(); // the link keeps the class
    await page.waitForURL(`**/instructor/exercises/${slug}?class=*`);
    await expect(page.locator('[data-stat="submissions"] dd').textContent()).resolves.toMatch(/^2/);
    // the stale grades: one pattern, every public test a shape mismatch, both learners
    await expect(page.locator("[data-pattern]").count()).resolves.toBe(1);
    await expect(page.locator('[data-pattern="0"]').textContent()).resolves.toContain("2 submissions (100%) · 2 learners");
    await expect(page.locator('[data-pattern="0"]').textContent()).resolves.toContain("Stale shape message");
    await page.locator('[data-pattern="0"] summary').click();
    await expect(page.locator('[data-pattern="0"] a[href^="/instructor/learners/"]').isVisible()).resolves.toBe(true);

    await page.getByTestId("regrade-button").click();
    await page.getByTestId("regrade-done").waitFor({ timeout: 90_000 });
    await expect(page.getByTestId("regrade-counts").textContent()).resolves.toMatch(
      /^2 of 2 regraded · 0 queued · 0 running · 2 graded · 0 failed/,
    );
    await expect(page.locator('[role="progressbar"]').getAttribute("aria-valuenow")).resolves.toBe("2");
    // the refreshed page: the solution now has full marks, the stale message is gone, the run is in the history
    await page.locator('[data-stat="eventual-pass"] dd', { hasText: "50%" }).waitFor();
    await expect(page.locator("main").textContent()).resolves.not.toContain("Stale shape message");
    await expect(page.locator("tr[data-run]").count()).resolves.toBe(1);
    await expect(page.locator("tr[data-run]").textContent()).resolves.toMatch(
      new RegExp(`${TEACHER.name}.*Done — 2 graded, 0 failed of 2`),
    );
    for (const name of testNames) await expect(page.locator(`li[data-test="${name}"]`).count()).resolves.toBe(1);
    expect(await app.db.prisma.auditLog.count({ where: { action: "exercise.regrade" } })).toBe(1);
    expect(problems).toEqual([]);
  });
});
