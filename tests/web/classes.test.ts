// Browser: running a class on chromium. An instructor creates a class and an assignment (the RNN practice test, due
// tomorrow, two attempts, −20 % per day late, results released immediately); a learner joins with the join code on
// /learn, sees the assignment in "My assignments", submits once on time (empty) and — after the test moves the due
// date into the past on the server (the clock is never touched) — once late with every answer right. The instructor
// sees both attempts on the assignment page, the penalty in the class gradebook's assignment columns, and exports
// the class CSV with the raw and the penalised score. No page error or CSP violation anywhere.
import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "../../lib/generated/prisma/client";
import { createUser } from "../../lib/users";
import { correctResponses } from "../attempts/fixture";
import { startTestServer, type TestServer } from "../helpers/server";
import { launchBrowser, signIn, watchedPage } from "./browser";

let app: TestServer;
let browser: Browser;
const problems: string[] = [];

const ADMIN = { email: "class-admin@example.com", name: "Ada Admin", password: "admin-pass-12" };
const TEACHER = { email: "tara@example.com", name: "Tara Teacher", password: "teacher-pass-1", role: "instructor" as const };
const LEARNER = { email: "lena@example.com", name: "Lena Learner", password: "learner-pass-1" };
const TEST = "day3-rnn-practice";
const TITLE = "RNN quiz";
const HOUR = 3_600_000;

/** An instant as the wall time <input type="datetime-local"> takes, in Asia/Tokyo (the class's default zone). */
function tokyo(at: Date): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: "Asia/Tokyo",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(at)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  expect((await createUser(app.db.prisma, ADMIN)).role).toBe("admin");
  await createUser(app.db.prisma, TEACHER);
  await createUser(app.db.prisma, LEARNER);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function submitAttempt(page: Page) {
  await page.getByRole("button", { name: "Submit test" }).click();
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith("/submit") && r.request().method() === "POST" && r.status() === 200),
    page.getByRole("button", { name: "Yes, submit" }).click(),
  ]);
}

describe("a class from join code to CSV", () => {
  let classId = "";
  let joinCode = "";
  let assignmentId = "";

  it("the instructor creates a class and an assignment due tomorrow", async () => {
    const { page } = await watchedPage(browser, app.url, problems);
    await signIn(page, TEACHER);
    await page.goto("/instructor/classes");
    const form = page.getByTestId("create-class");
    await form.getByLabel("Name", { exact: true }).fill("Deep Learning Spring");
    await form.getByLabel("Term", { exact: true }).fill("2026 spring");
    await form.getByRole("button", { name: "Create class" }).click();
    await page.waitForURL(/\/instructor\/classes\/[0-9a-f-]{36}$/);
    classId = page.url().split("/").pop()!;
    joinCode = (await page.getByTestId("join-code").textContent())!.trim();
    expect(joinCode).toMatch(/^[2-9A-Z]{8}$/);

    await page.getByText("Create assignment", { exact: true }).first().click(); // opens the <details>
    const a = page.getByTestId("create-assignment");
    const now = new Date();
    await a.getByLabel("Title", { exact: true }).fill(TITLE);
    await a.getByLabel("Test", { exact: true }).selectOption({ value: TEST });
    await a.getByLabel("Opens", { exact: true }).fill(tokyo(new Date(now.getTime() - HOUR)));
    await a.getByLabel("Due", { exact: true }).fill(tokyo(new Date(now.getTime() + 24 * HOUR)));
    await a.getByLabel("Closes", { exact: true }).fill(tokyo(new Date(now.getTime() + 72 * HOUR)));
    await a.getByLabel("Attempts allowed", { exact: true }).fill("2");
    await a.getByLabel("Late work", { exact: true }).selectOption("penalty_per_day");
    await a.getByLabel("Penalty per day (%)", { exact: true }).fill("20");
    await a.getByLabel("Answers and explanations", { exact: true }).selectOption("immediately");
    await a.getByRole("button", { name: "Create assignment" }).click();
    await page.getByTestId("assignment-list").getByText(TITLE).waitFor();
    const stored = await app.db.prisma.assignment.findFirstOrThrow({ where: { classId } });
    assignmentId = stored.id;
    expect(Math.abs(stored.dueAt.getTime() - (now.getTime() + 24 * HOUR))).toBeLessThan(2 * 60_000); // Tokyo wall time → the instant
    expect(stored).toMatchObject({ attemptsAllowed: 2, latePolicy: "penalty_per_day", penaltyPerDay: 20, release: "immediately" });
    await page.context().close();
  });

  it("the learner joins with the code, sees it, submits once on time and once late", async () => {
    const { page } = await watchedPage(browser, app.url, problems);
    await signIn(page, LEARNER);
    const panel = page.getByTestId("my-assignments");
    await expect(panel.getByText(TITLE).count()).resolves.toBe(0);
    await panel.getByTestId("join-class").getByLabel("Join code").fill(joinCode.toLowerCase());
    await panel.getByRole("button", { name: "Join class" }).click();
    await panel.getByText("You joined Deep Learning Spring.").waitFor();
    const row = panel.locator(`[data-assignment="${assignmentId}"]`);
    await row.waitFor();
    expect(await row.getAttribute("data-status")).toBe("not_started");

    // on time: started from the panel, submitted empty
    await row.getByRole("button", { name: "Start" }).click();
    await page.waitForURL(/\/tests\/day3-rnn-practice\/attempts\//);
    await submitAttempt(page);
    const first = await app.db.prisma.testAttempt.findFirstOrThrow({ where: { assignmentId }, orderBy: { startedAt: "asc" } });
    expect(first.mode).toBe("exam");

    // The due date passes — on the server: the assignment was due 25 h ago, and the first attempt happened before.
    const due = new Date(Date.now() - 25 * HOUR);
    await app.db.prisma.assignment.update({
      where: { id: assignmentId },
      data: { opensAt: new Date(due.getTime() - 48 * HOUR), dueAt: due },
    });
    await app.db.prisma.testAttempt.update({
      where: { id: first.id },
      data: { startedAt: new Date(due.getTime() - 2 * HOUR), submittedAt: new Date(due.getTime() - HOUR) },
    });

    // late: every answer right (saved through the learner's own session), submitted in the page
    await page.goto("/learn");
    await page.locator(`[data-assignment="${assignmentId}"]`).getByRole("button", { name: "Start" }).click();
    await page.waitForURL(/\/tests\/day3-rnn-practice\/attempts\//);
    const attemptId = page.url().split("/").pop()!;
    const attempt = await app.db.prisma.testAttempt.findUniqueOrThrow({
      where: { id: attemptId },
      include: { answers: { include: { itemVersion: { include: { item: true } } } } },
    });
    const slugs = attempt.answers.map((a) => a.itemVersion.item.slug);
    const right = await correctResponses(app.db.prisma, attempt.seed, slugs);
    for (const slug of slugs) {
      const r = await page.request.put(`/api/attempts/${attemptId}/answers/${slug}`, {
        data: { response: right[slug] as Prisma.InputJsonValue },
      });
      expect(r.status(), slug).toBe(200);
    }
    await page.reload();
    await submitAttempt(page);

    await page.goto("/learn");
    const after = page.locator(`[data-assignment="${assignmentId}"]`);
    expect(await after.getAttribute("data-status")).toBe("submitted"); // the on-time attempt counts as submitted
    await expect(after.getByRole("button", { name: "Start" }).count()).resolves.toBe(0); // both attempts used: nothing left to start
    await page.context().close();
  });

  it("the instructor sees both attempts, the penalty, and exports the class CSV with raw and penalised scores", async () => {
    const late = await app.db.prisma.testAttempt.findFirstOrThrow({ where: { assignmentId }, orderBy: { startedAt: "desc" } });
    const raw = late.score! / late.maxScore!;
    expect(raw).toBeGreaterThan(0);
    const penalised = raw * (1 - 2 * 0.2); // 25 h late = 2 started days × 20 %

    const { page, context } = await watchedPage(browser, app.url, problems);
    await signIn(page, TEACHER);
    await page.goto(`/instructor/classes/${classId}/assignments/${assignmentId}`);
    const r = page.getByTestId("assignment-report").locator(`tr[data-learner="${LEARNER.email}"]`);
    expect(await r.getAttribute("data-status")).toBe("submitted");
    await expect(r.locator("td").nth(5).textContent()).resolves.toBe("2");
    await expect(r.locator("td").nth(4).textContent()).resolves.toBe("2 days");

    await page.goto(`/instructor/gradebook?class=${classId}`);
    const cell = page.getByTestId("assignment-scores").locator(`tr[data-learner="${LEARNER.email}"] td[data-assignment="${assignmentId}"]`);
    expect(Number(await cell.getAttribute("data-penalised"))).toBeCloseTo(penalised, 6);
    expect(Number(await cell.getAttribute("data-raw"))).toBeCloseTo(raw, 6);
    await expect(cell.textContent()).resolves.toMatch(/raw .*2 days late/);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("gradebook-csv").click()]);
    const csv = fs.readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
    const [header, ...lines] = csv
      .trim()
      .split("\r\n")
      .map((l) => l.split(","));
    const line = lines.find((l) => l.includes(LEARNER.email))!;
    expect(lines.every((l) => !l.includes(ADMIN.email) && !l.includes(TEACHER.email))).toBe(true);
    const col = (name: string) => Number(line[header!.indexOf(name)]);
    expect(col(`${TITLE} raw %`)).toBeCloseTo(Math.round(raw * 1000) / 10, 6);
    expect(col(`${TITLE} penalised %`)).toBeCloseTo(Math.round(penalised * 1000) / 10, 6);
    expect(col(`${TITLE} late days`)).toBe(2);
    await context.close();
    expect(problems).toEqual([]);
  });
});
