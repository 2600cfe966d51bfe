// End-to-end: a real `next start` + PostgreSQL, driven through Debian chromium.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createUser } from "../../lib/users";
import { ROOT, startTestServer, type TestServer } from "../helpers/server";
import { launchBrowser } from "./browser";

// Browser and server steps can be slow on a loaded CI machine.
vi.setConfig({ testTimeout: 120_000 });

let app: TestServer;
let browser: Browser;
const problems: string[] = [];

const ADMIN = { email: "admin@example.com", name: "Ada Admin", password: "admin-password-1" };
const LEARNER = { email: "learner@example.com", name: "Lena Learner", password: "learner-password-1" };

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  // The first account of an installation becomes admin; create it here so UI sign-ups are learners.
  await createUser(app.db.prisma, ADMIN);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function newPage(locale = "en-US"): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: app.url, locale, viewport: { width: 1280, height: 900 } });
  // Generous waits: CI machines (and this one, shared with other test runs) can be slow.
  context.setDefaultTimeout(60_000);
  context.setDefaultNavigationTimeout(60_000);
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  return { context, page };
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel(/email|メールアドレス/i).fill(email);
  await page.getByLabel(/^(password|パスワード)$/i).fill(password);
  await page.getByRole("button", { name: /^(sign in|ログイン)$/i }).click();
}

describe("learner journey", () => {
  it("signs up, lands on the learner home, and the course map shows the Day 3 sections", async () => {
    const { context, page } = await newPage();
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(/deep learning/i);
    await page.getByRole("link", { name: "Create a free account" }).click();
    await page.waitForURL("**/signup");
    await page.getByLabel("Display name").fill(LEARNER.name);
    await page.getByLabel("Email address").fill(LEARNER.email);
    await page.getByLabel("Password", { exact: true }).fill(LEARNER.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL("**/learn");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(`Hello, ${LEARNER.name}`);

    const user = await app.db.prisma.user.findUnique({ where: { email: LEARNER.email } });
    expect(user?.role).toBe("learner");
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);

    // Session cookie: HttpOnly, SameSite=Lax.
    const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
    expect(cookie).toBeDefined();
    expect(cookie!.httpOnly).toBe(true);
    expect(cookie!.sameSite).toBe("Lax");

    await page.getByRole("link", { name: "Open course map" }).first().click();
    await page.waitForURL("**/courses/jdla-e");
    await expect(page.getByRole("heading", { level: 2, name: /Day 3/ }).count()).resolves.toBe(1);
    // The four units of the course, in order, then the mock exams.
    await expect(page.getByRole("heading", { level: 2 }).allTextContents()).resolves.toEqual([
      expect.stringMatching(/^Day 1/),
      expect.stringMatching(/^Day 2/),
      expect.stringMatching(/^Day 3/),
      expect.stringMatching(/^Day 4/),
      "Mock exams",
    ]);
    const sectionLinks = await page.locator("[data-section] h3 a").allTextContents();
    expect(sectionLinks.join(" | ")).toMatch(/Recurrent neural networks/);
    expect(sectionLinks.join(" | ")).toMatch(/LSTM/);
    expect(sectionLinks.join(" | ")).toMatch(/GRU/);
    expect(sectionLinks.length).toBeGreaterThanOrEqual(4);
    // Counts are real data from the database.
    const rnnCard = page.locator('[data-section="day3-rnn"]');
    const expected = await app.db.prisma.item.count({ where: { section: { slug: "day3-rnn" }, retired: false } });
    await expect(rnnCard.textContent()).resolves.toContain(`${expected} question`);

    // Screenshot for the README.
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.mouse.move(0, 0);
    // KAKUNIN_UPDATE_SCREENSHOT=1 refreshes the README's picture; otherwise the run leaves the tree untouched.
    const shot =
      process.env.KAKUNIN_UPDATE_SCREENSHOT === "1"
        ? path.join(ROOT, "docs/screenshot.png")
        : path.join(os.tmpdir(), "kakunin-course-map.png");
    await page.screenshot({ path: shot });
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000);

    // Section page lists its tests and exercises; unimplemented targets give a friendly 404.
    await rnnCard.getByRole("link").click();
    await page.waitForURL("**/courses/jdla-e/day3-rnn");
    await expect(page.getByRole("heading", { level: 2, name: "Code exercises" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("heading", { level: 2, name: "Tests" }).isVisible()).resolves.toBe(true);
    const res = await page.goto("/exercises/does-not-exist");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Page not found");
    await context.close();
  });

  it("switches the language to Japanese, persists it across reloads and saves it on the account", async () => {
    const { context, page } = await newPage();
    await signIn(page, LEARNER.email, LEARNER.password);
    await page.waitForURL("**/learn");
    await page.getByRole("button", { name: "日本語" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "ja");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(`こんにちは、${LEARNER.name} さん`);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("ja");
    await expect(page.getByRole("link", { name: "マイ学習" }).isVisible()).resolves.toBe(true);
    await page.goto("/courses/jdla-e");
    await expect(page.getByRole("heading", { level: 2, name: /Day 3：再帰型/ }).count()).resolves.toBe(1);
    const user = await app.db.prisma.user.findUnique({ where: { email: LEARNER.email } });
    expect(user?.locale).toBe("ja");
    // Back to English for the next tests.
    await page.getByRole("button", { name: "English" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    await context.close();
  });

  it("picks Japanese from Accept-Language when there is no cookie", async () => {
    const { context, page } = await newPage("ja-JP");
    await page.goto("/signin");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("ja");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("ログイン");
    await context.close();
  });

  it("signs out", async () => {
    const { context, page } = await newPage();
    await signIn(page, LEARNER.email, LEARNER.password);
    await page.waitForURL("**/learn");
    await page.getByRole("button", { name: /Account menu/ }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL("**/signin?signedOut=1");
    await expect(page.getByRole("status").first().textContent()).resolves.toContain("You have been signed out.");
    await page.goto("/learn");
    await page.waitForURL(/\/signin\?callbackUrl=%2Flearn/);
    await context.close();
  });

  it("gives the same message for a wrong password and for an unknown email", async () => {
    const { context, page } = await newPage();
    await signIn(page, LEARNER.email, "wrong-password");
    const alert = page.locator("#signin-error");
    await alert.waitFor();
    const wrongPassword = await alert.textContent();
    await signIn(page, "nobody-here@example.com", "wrong-password");
    await alert.waitFor();
    const unknownEmail = await alert.textContent();
    expect(wrongPassword).toBe("The email address or password is incorrect.");
    expect(unknownEmail).toBe(wrongPassword);
    await context.close();
  });

  it("makes a guessing browser wait longer after repeated failures, with a 'wait N seconds' message", async () => {
    const { context, page } = await newPage();
    await createUser(app.db.prisma, { email: "target@example.com", name: "T", password: "target-password-1" });
    const messages: string[] = [];
    for (let i = 0; i < 5; i++) {
      await signIn(page, "target@example.com", `guess-${i}`);
      await page.locator("#signin-error").waitFor();
      messages.push((await page.locator("#signin-error").textContent()) ?? "");
    }
    expect(messages[3]).toBe("The email address or password is incorrect.");
    expect(messages[4]).toMatch(/^Too many failed sign-in attempts\. Please wait [1-5] seconds? before trying again\.$/);
    // Failures were counted against the account from this address, and against the address.
    const rows = await app.db.prisma.loginThrottle.findMany({
      where: { key: { in: ["acct-ip:target@example.com|127.0.0.1", "ip:127.0.0.1"] } },
    });
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r.failures]));
    expect(byKey["acct-ip:target@example.com|127.0.0.1"]).toBe(5);
    expect(byKey["ip:127.0.0.1"]).toBeGreaterThanOrEqual(5);
    await context.close();
  });
});

describe("instructor area", () => {
  it("refuses a learner with a 403 page", async () => {
    const { context, page } = await newPage();
    await signIn(page, LEARNER.email, LEARNER.password);
    await page.waitForURL("**/learn");
    await expect(page.getByRole("link", { name: "Instructor" }).count()).resolves.toBe(0);
    const res = await page.goto("/instructor");
    expect(res?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Access denied");
    await context.close();
  });

  it("shows real counts to an admin", async () => {
    const { context, page } = await newPage();
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.waitForURL("**/learn");
    await page.getByRole("link", { name: "Instructor" }).click();
    await page.waitForURL("**/instructor");
    const learners = await app.db.prisma.user.count({ where: { role: "learner" } });
    const items = await app.db.prisma.item.count({ where: { retired: false } });
    await expect(page.locator('[data-stat="learners"] dd').textContent()).resolves.toBe(String(learners));
    await expect(page.locator('[data-stat="items"] dd').textContent()).resolves.toBe(String(items));
    const rnnQuestions = await app.db.prisma.item.count({ where: { section: { slug: "day3-rnn" }, retired: false } });
    await expect(page.locator('tr[data-section="day3-rnn"] td').first().textContent()).resolves.toBe(String(rnnQuestions));
    await context.close();
  });

  it("redirects a signed-out visitor to sign-in", async () => {
    const { context, page } = await newPage();
    await page.goto("/instructor");
    await page.waitForURL(/\/signin\?callbackUrl=%2Finstructor/);
    await context.close();
  });
});

describe("keyboard and mobile", () => {
  it("has a skip link as the first focusable element and a working mobile menu", async () => {
    const { context, page } = await newPage();
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto("/");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Skip to main content");
    const menu = page.getByRole("button", { name: "Open menu" });
    await expect(menu.getAttribute("aria-expanded")).resolves.toBe("false");
    const headerSignIn = page.locator("header").getByRole("link", { name: "Sign in" });
    await expect(headerSignIn.isVisible()).resolves.toBe(false);
    await menu.click();
    await expect(page.getByRole("button", { name: "Close menu" }).getAttribute("aria-expanded")).resolves.toBe("true");
    await expect(headerSignIn.isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe("content security policy", () => {
  it("ran every page above without CSP violations or page errors", () => {
    expect(problems).toEqual([]);
  });
});
