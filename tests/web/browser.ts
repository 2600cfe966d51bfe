// Headless Debian chromium driven by playwright-core (no downloaded browsers on this machine).
import fs from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run \`apt-get update && apt-get install -y chromium\` (CI does this).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** A fresh context and page on `baseURL` that records uncaught page errors and CSP refusals into `problems`
 *  (browser tests assert it stays empty). */
export async function watchedPage(browser: Browser, baseURL: string, problems: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, locale: "en-US", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  return { context, page };
}

/** Signs in through the (English) sign-in form and waits for the learner home. */
export async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel(/email/i).fill(who.email);
  await page.getByLabel(/^password$/i).fill(who.password);
  await page.getByRole("button", { name: /^sign in$/i }).click();
  await page.waitForURL("**/learn");
}
