// Browser: account administration on chromium, end to end (no mail configured, so the admin hands links over).
//
// An admin (the first account) opens /admin/users, finds an instructor by searching, demotes them to learner; the
// instructor, who was on the instructor desk, loses it on the next request (the 403 page, and no "Instructor" in the
// header). The admin issues a reset link for a learner — the page says it must be handed over — the learner opens
// it, sets a new password (a mismatch is caught first), lands on the sign-in page with a notice and signs in with the
// new password; the old one no longer works and the link cannot be used twice. The learner changes their display
// name and password on /account and stays signed in there while their other browser is signed out. The admin
// deactivates the learner: their next page is the sign-in page, and signing in says the account is deactivated.
// Both audited changes show on the admin page. No page error or Content-Security-Policy violation anywhere.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../lib/users";
import { startTestServer, type TestServer } from "../helpers/server";
import { launchBrowser } from "./browser";

let app: TestServer;
let browser: Browser;
const problems: string[] = [];
const timings: Record<string, number> = {};

const ADMIN = { email: "ada.admin@example.com", name: "Ada Admin", password: "ada-admin-pass-1" };
const INSTRUCTOR = {
  email: "ivo.instructor@example.com",
  name: "Ivo Instructor",
  password: "ivo-instr-pass-1",
  role: "instructor" as const,
};
const LEARNER = { email: "lena.learner@example.com", name: "Lena Learner", password: "lena-learner-pass-1" };
const NEW_PASSWORD = "lena-reset-pass-2";
const THIRD_PASSWORD = "lena-account-pass-3";

beforeAll(async () => {
  const t0 = performance.now();
  [app, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  timings.serverStartMs = Math.round(performance.now() - t0);
  expect((await createUser(app.db.prisma, ADMIN)).role).toBe("admin");
  await createUser(app.db.prisma, INSTRUCTOR);
  await createUser(app.db.prisma, LEARNER);
}, 900_000);

afterAll(async () => {
  console.log(`[accounts] timings ${JSON.stringify(timings)}`);
  await browser?.close();
  await app?.stop();
});

async function newPage(who: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: app.url, locale: "en-US", viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => problems.push(`${who} pageerror: ${e.message}`));
  page.on("console", (m) => {
    // A 4xx answer the page shows as a message is logged by chromium as a failed resource: not a problem.
    if (m.type() === "error" && !/Failed to load resource: the server responded with a status of 4\d\d/.test(m.text())) {
      problems.push(`${who} console: ${m.text()} @ ${m.location().url}`);
    }
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

/** Signs in and expects to stay on the sign-in page with `message`. */
async function signInRefused(page: Page, who: { email: string; password: string }, message: string) {
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(who.email);
  await page.getByLabel("Password", { exact: true }).fill(who.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("alert").filter({ hasText: message }).waitFor();
  expect(new URL(page.url()).pathname).toBe("/signin");
}

const row = (page: Page, email: string) => page.locator(`tr[data-user="${email}"]`);

let admin: Page;
let resetUrl = "";

describe("account administration", () => {
  it("an admin demotes an instructor, who loses the instructor pages on their next request", async () => {
    const t0 = performance.now();
    const a = await newPage("admin");
    admin = a.page;
    const { page: ivo } = await newPage("instructor");
    await Promise.all([signIn(admin, ADMIN), signIn(ivo, INSTRUCTOR)]);

    await ivo.goto("/instructor");
    await expect(ivo.getByRole("heading", { level: 1 }).textContent()).resolves.not.toContain("Access denied");
    await expect(ivo.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Instructor" }).count()).resolves.toBe(1);

    await admin.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
    await admin.waitForURL("**/admin/users");
    await admin.getByLabel("Search by email or name").fill("ivo.instr");
    await admin.getByRole("button", { name: "Search", exact: true }).click();
    await admin.waitForURL(/q=ivo\.instr/);
    await expect(admin.locator("tbody tr").count()).resolves.toBe(1);
    await row(admin, INSTRUCTOR.email).getByLabel(`Role of ${INSTRUCTOR.email}`).selectOption("learner");
    await row(admin, INSTRUCTOR.email).getByRole("button", { name: "Change role" }).click();
    await admin.getByTestId("account-events").getByText(`${ADMIN.email}: role Instructor → Learner — ${INSTRUCTOR.email}`).waitFor();

    await ivo.reload();
    await ivo.getByRole("heading", { name: "Access denied" }).waitFor();
    await expect(ivo.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Instructor" }).count()).resolves.toBe(0);
    await ivo.goto("/instructor/gradebook");
    await ivo.getByRole("heading", { name: "Access denied" }).waitFor();
    expect((await app.db.prisma.user.findUniqueOrThrow({ where: { email: INSTRUCTOR.email } })).role).toBe("learner");
    timings.demoteMs = Math.round(performance.now() - t0);
  });

  it("an admin issues a reset link, the learner sets a new password with it and signs in", async () => {
    const t0 = performance.now();
    await admin.goto("/admin/users");
    await admin.getByText("Mail is not configured").waitFor();
    await row(admin, LEARNER.email).getByRole("button", { name: "Issue reset link" }).click();
    const box = row(admin, LEARNER.email).getByTestId("reset-link");
    await box.getByText("Hand it over to the user yourself").waitFor();
    resetUrl = await box.getByLabel(`One-time reset link for ${LEARNER.email}`).inputValue();
    expect(resetUrl).toMatch(new RegExp(`^${app.url}/reset-password\\?token=[A-Za-z0-9_-]{43}$`));

    const { page: lena } = await newPage("learner");
    await lena.goto(resetUrl);
    await lena.getByText(`Choose a new password for ${LEARNER.email}`).waitFor();
    await lena.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await lena.getByLabel("Repeat new password").fill(NEW_PASSWORD + "x");
    await lena.getByRole("button", { name: "Set password" }).click();
    await lena.getByRole("alert").filter({ hasText: "The passwords do not match." }).waitFor();
    await lena.getByLabel("Repeat new password").fill(NEW_PASSWORD);
    await lena.getByRole("button", { name: "Set password" }).click();
    await lena.waitForURL(/\/signin\?reset=1$/);
    await lena.getByText("Your password has been changed. Sign in with your new password.").waitFor();

    await signInRefused(lena, LEARNER, "The email address or password is incorrect.");
    await signIn(lena, { email: LEARNER.email, password: NEW_PASSWORD });
    await lena.goto(resetUrl);
    await lena.getByText("This password-reset link is invalid, has expired or has already been used.").waitFor();
    await expect(lena.getByLabel("New password", { exact: true }).count()).resolves.toBe(0);
    timings.resetMs = Math.round(performance.now() - t0);
  });

  it("the learner changes display name and password on /account; their other browser is signed out", async () => {
    const { page: other } = await newPage("learner elsewhere");
    await signIn(other, { email: LEARNER.email, password: NEW_PASSWORD });
    const { page: lena } = await newPage("learner");
    await signIn(lena, { email: LEARNER.email, password: NEW_PASSWORD });

    await lena.getByRole("button", { name: `Account menu for ${LEARNER.name}` }).click();
    await lena.getByRole("link", { name: "Account settings" }).click();
    await lena.waitForURL("**/account");
    await lena.getByRole("textbox", { name: "Display name" }).fill("Lena L.");
    await lena.getByRole("button", { name: "Save name" }).click();
    await lena.getByText("Your display name has been saved.").waitFor();
    await lena.getByRole("button", { name: "Account menu for Lena L." }).waitFor();

    await lena.getByLabel("Current password").fill("not-my-password");
    await lena.getByLabel("New password", { exact: true }).fill(THIRD_PASSWORD);
    await lena.getByLabel("Repeat new password").fill(THIRD_PASSWORD);
    await lena.getByRole("button", { name: "Change password" }).click();
    await lena.getByRole("alert").filter({ hasText: "The current password is incorrect" }).waitFor();
    await lena.getByLabel("Current password").fill(NEW_PASSWORD);
    await lena.getByRole("button", { name: "Change password" }).click();
    await lena.getByText("Your password has been changed. Your other sessions have ended.").waitFor();

    await lena.reload();
    expect(new URL(lena.url()).pathname).toBe("/account"); // this browser signed in again with the new password
    await other.goto("/learn");
    await other.waitForURL(/\/signin\?callbackUrl=/);
  });

  it("an admin deactivates the learner: next page is the sign-in page, which says the account is deactivated", async () => {
    const { page: lena } = await newPage("learner");
    await signIn(lena, { email: LEARNER.email, password: THIRD_PASSWORD });
    await admin.goto(`/admin/users?q=${encodeURIComponent("lena.learner")}`);
    await row(admin, LEARNER.email).getByRole("button", { name: "Deactivate" }).click();
    await row(admin, LEARNER.email).getByText("Deactivated", { exact: true }).waitFor();
    await admin.getByTestId("account-events").getByText(`${ADMIN.email}: deactivated — ${LEARNER.email}`).waitFor();

    await lena.goto("/learn");
    await lena.waitForURL(/\/signin\?callbackUrl=/);
    await signInRefused(
      lena,
      { email: LEARNER.email, password: THIRD_PASSWORD },
      "This account has been deactivated. Ask an administrator to reactivate it.",
    );
    expect(problems).toEqual([]);
  });
});
