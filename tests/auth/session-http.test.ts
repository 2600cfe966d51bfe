// Auth over real HTTP against `next start` (tests/helpers/server.ts): a signed-out token is refused when replayed
// (on every device of the account), callbackUrl never leads off the site, the client address is the socket's
// unless TRUST_PROXY says proxies stand in front, and the sign-up page answers alike for a registered email.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createUser } from "../../lib/users";
import { startTestServer, type TestServer } from "../helpers/server";
import { launchBrowser, watchedPage } from "../web/browser";

vi.setConfig({ testTimeout: 120_000 });

let app: TestServer;
let proxied: TestServer;
let browser: Browser;
const problems: string[] = [];
const ADMIN = { email: "admin@example.com", name: "Ada", password: "admin-password-1" };
const LEARNER = { email: "learner@example.com", name: "Lena", password: "learner-password-1" };

beforeAll(async () => {
  [app, proxied, browser] = await Promise.all([
    startTestServer({ content: false }),
    startTestServer({ content: false, env: { TRUST_PROXY: "1" } }),
    launchBrowser(),
  ]);
  for (const server of [app, proxied]) {
    await createUser(server.db.prisma, ADMIN);
    await createUser(server.db.prisma, LEARNER);
  }
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([app?.stop(), proxied?.stop()]);
});

/** A minimal cookie jar for one "device". */
class Jar {
  readonly cookies = new Map<string, string>();
  absorb(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  copy(): Jar {
    const j = new Jar();
    for (const [k, v] of this.cookies) j.cookies.set(k, v);
    return j;
  }
  get session(): string | undefined {
    return this.cookies.get("next-auth.session-token");
  }
}

async function call(server: TestServer, jar: Jar, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("cookie", jar.header());
  const res = await fetch(server.url + path, { ...init, headers, redirect: "manual" });
  jar.absorb(res);
  return res;
}

async function csrf(server: TestServer, jar: Jar): Promise<string> {
  return ((await (await call(server, jar, "/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
}

/** next-auth's credentials sign-in as the browser's signIn() does it; returns the jar and next-auth's answer URL. */
async function signIn(server: TestServer, who: { email: string; password: string }, headers: Record<string, string> = {}) {
  const jar = new Jar();
  const csrfToken = await csrf(server, jar);
  const res = await call(server, jar, "/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams({ email: who.email, password: who.password, csrfToken, json: "true" }),
  });
  const { url } = (await res.json()) as { url: string };
  return { jar, url };
}

async function signOut(server: TestServer, jar: Jar, callbackUrl = "/signin?signedOut=1"): Promise<string> {
  const csrfToken = await csrf(server, jar);
  const res = await call(server, jar, "/api/auth/signout", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { url: string }).url;
}

describe("sign-out ends the session", () => {
  it("refuses the signed-out token when replayed, and every other session of the account; a new sign-in works", async () => {
    const deviceA = await signIn(app, LEARNER);
    const deviceB = await signIn(app, LEARNER);
    expect(deviceA.jar.session).toBeDefined();
    expect((await call(app, deviceA.jar, "/api/me")).status).toBe(200);
    expect((await call(app, deviceB.jar, "/api/me")).status).toBe(200);
    const kept = deviceA.jar.copy(); // the cookie as an attacker (or a stale tab) would keep it

    await signOut(app, deviceA.jar);
    expect(deviceA.jar.session).toBeUndefined(); // the browser's cookie is cleared…

    // …and the kept token is refused on its next request: 401 JSON for APIs, the sign-in page for pages.
    const api = await call(app, kept, "/api/me");
    expect(api.status).toBe(401);
    expect(await api.json()).toMatchObject({ error: "Authentication required" });
    const page = await call(app, kept, "/learn");
    expect([303, 307]).toContain(page.status);
    expect(page.headers.get("location")).toMatch(/\/signin\?callbackUrl=%2Flearn$/);
    // The other device's session ended too (sign-out ends every session of the account).
    expect((await call(app, deviceB.jar, "/api/me")).status).toBe(401);
    // Signing in again gives a working session.
    const again = await signIn(app, LEARNER);
    expect((await call(app, again.jar, "/api/me")).status).toBe(200);
    expect((await call(app, kept, "/api/me")).status).toBe(401);
  });
});

describe("open redirect", () => {
  const HOSTILE = [
    "/\t/evil.example/x",
    "/\\evil.example",
    "//evil.example",
    "/%2F%2Fevil.example",
    "/\r\n/evil.example",
    "javascript:alert(1)",
    "https://evil.example/",
  ];

  it("the sign-in page sends a signed-in visitor only to same-site paths", async () => {
    const { jar } = await signIn(app, ADMIN);
    const origin = new URL(app.url).origin;
    for (const value of HOSTILE) {
      const res = await call(app, jar, `/signin?callbackUrl=${encodeURIComponent(value)}`);
      expect([303, 307]).toContain(res.status);
      const location = res.headers.get("location")!;
      expect(new URL(location, app.url).origin, `${JSON.stringify(value)} → ${location}`).toBe(origin);
      expect(location, JSON.stringify(value)).toMatch(/^(https?:\/\/[^/]+)?\/learn$/);
    }
    const fine = await call(app, jar, `/signin?callbackUrl=${encodeURIComponent("/courses")}`);
    expect(fine.headers.get("location")).toMatch(/\/courses$/);
  });

  it("next-auth's own callbackUrl (sign-out) stays on the site", async () => {
    for (const value of HOSTILE) {
      const { jar } = await signIn(app, ADMIN);
      const url = await signOut(app, jar, value);
      expect(new URL(url).origin, JSON.stringify(value)).toBe(new URL(app.url).origin);
    }
  });
});

describe("client address", () => {
  const keysFor = async (server: TestServer, email: string) =>
    (await server.db.prisma.loginThrottle.findMany({ where: { key: { startsWith: `acct-ip:${email}|` } } })).map((r) => r.key);

  it("by default is the socket's: a forged X-Forwarded-For / X-Real-IP / peer header is ignored", async () => {
    const { url } = await signIn(
      app,
      { email: "victim@example.com", password: "wrong-1" },
      {
        "x-forwarded-for": "203.0.113.9",
        "x-real-ip": "203.0.113.10",
        "x-kakunin-peer-address": "forged 203.0.113.11",
      },
    );
    expect(url).toMatch(/error=CredentialsSignin/);
    expect(await keysFor(app, "victim@example.com")).toEqual(["acct-ip:victim@example.com|127.0.0.1"]);
    // So rotating X-Forwarded-For does not escape the wait.
    for (let i = 0; i < 5; i++) {
      await signIn(app, { email: "victim@example.com", password: `wrong-${i}` }, { "x-forwarded-for": `203.0.113.${20 + i}` });
    }
    const { url: last } = await signIn(app, { email: "victim@example.com", password: "wrong-x" }, { "x-forwarded-for": "203.0.113.99" });
    expect(decodeURIComponent(last)).toMatch(/error=throttled:\d+/);
    expect(await keysFor(app, "victim@example.com")).toEqual(["acct-ip:victim@example.com|127.0.0.1"]);
  });

  it("with TRUST_PROXY=1 is the right-most X-Forwarded-For entry (what the proxy saw)", async () => {
    await signIn(proxied, { email: "victim@example.com", password: "wrong-1" }, { "x-forwarded-for": "6.6.6.6, 203.0.113.9" });
    expect(await keysFor(proxied, "victim@example.com")).toEqual(["acct-ip:victim@example.com|203.0.113.9"]);
    // The owner, arriving through the proxy from another address, is not slowed down by a guesser's failures.
    for (let i = 0; i < 6; i++) {
      await signIn(proxied, { email: LEARNER.email, password: `guess-${i}` }, { "x-forwarded-for": "203.0.113.66" });
    }
    const owner = await signIn(proxied, LEARNER, { "x-forwarded-for": "198.51.100.20" });
    expect((await call(proxied, owner.jar, "/api/me")).status).toBe(200);
    const guesser = await signIn(proxied, LEARNER, { "x-forwarded-for": "203.0.113.66" });
    expect(decodeURIComponent(guesser.url)).toMatch(/error=throttled:\d+/);
  });
});

describe("sign-up page", () => {
  it("says the same for a registered email, in English and Japanese, and a new email lands on /learn", async () => {
    for (const [locale, text] of [
      ["en-US", "If this email address can be used, your account is ready."],
      ["ja-JP", "このメールアドレスが利用できる場合、アカウントの準備ができています。"],
    ] as const) {
      const context = await browser.newContext({ baseURL: app.url, locale });
      const page = await context.newPage();
      page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
      await page.goto("/signup");
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale.slice(0, 2));
      await page.locator("#signup-name").fill("Mallory");
      await page.locator("#signup-email").fill(LEARNER.email);
      await page.locator("#signup-password").fill("not-lenas-password");
      await page.locator("form:has(#signup-email) button[type=submit]").click();
      await page.locator("#signup-accepted").waitFor();
      await expect(page.locator("#signup-accepted").textContent()).resolves.toContain(text);
      await context.close();
    }
    const { context, page } = await watchedPage(browser, app.url, problems);
    await page.goto("/signup");
    await page.locator("#signup-name").fill("Neo");
    await page.locator("#signup-email").fill("neo@example.com");
    await page.locator("#signup-password").fill("neo-password-1");
    await page.locator("form:has(#signup-email) button[type=submit]").click();
    await page.waitForURL("**/learn");
    await context.close();
    const lena = await app.db.prisma.user.findUniqueOrThrow({ where: { email: LEARNER.email } });
    expect(lena.name).toBe("Lena");
    expect(problems).toEqual([]);
  });
});
