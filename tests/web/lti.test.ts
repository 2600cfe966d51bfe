// Browser: Kakunin inside an LMS (the platform simulator, tests/helpers/lti-platform.ts) on the real site and chromium.
// A learner opens the test from the LMS course page (Kakunin in its iframe), takes it, and the LMS receives the score;
// the instructor adds content by deep linking, opens the class from the LMS, syncs the roster, overrides an answer
// (the new score is sent) and sends a failed score again. Plus the HTTP face of a refused launch.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Browser, Frame, Page } from "playwright-core";
import { registerPlatform } from "../../lib/lti/platforms";
import { LTI_ROLES, startPlatform, type LaunchSpec, type SimulatedPlatform } from "../helpers/lti-platform";
import { startTestServer, type TestServer } from "../helpers/server";
import { launchBrowser, watchedPage } from "./browser";

vi.setConfig({ testTimeout: 120_000 });

const TEST = "day1-backprop-practice";
let app: TestServer;
let browser: Browser;
let platform: SimulatedPlatform;
const problems: string[] = [];

beforeAll(async () => {
  [app, browser, platform] = await Promise.all([startTestServer(), launchBrowser(), startPlatform()]);
  platform.setTool({ loginUrl: `${app.url}/lti/login`, launchUrl: `${app.url}/lti/launch`, jwksUrl: `${app.url}/lti/jwks` });
  await registerPlatform(app.db.prisma, {
    name: "Simulated LMS",
    issuer: platform.issuer,
    clientId: platform.clientId,
    deploymentIds: [platform.deploymentId],
    authLoginUrl: platform.authUrl,
    accessTokenUrl: platform.tokenUrl,
    jwksUrl: platform.jwksUrl,
  });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  await app?.stop();
});

const learnerSpec: LaunchSpec = {
  user: { sub: "lms-aiko", name: "Aiko Tanaka", email: "aiko@school.example", roles: [LTI_ROLES.learner] },
  targetLinkUri: `http://placeholder/tests/${TEST}`,
  resourceLink: { id: "quiz-1", title: "Backprop quiz (LMS)" },
  lineItemUrl: null,
};
const teacher = { sub: "lms-ito", name: "Ito Sensei", roles: [LTI_ROLES.instructor] };

/** Opens the LMS course page whose iframe launches Kakunin; returns the iframe once Kakunin has loaded in it. */
async function openInLms(page: Page, spec: LaunchSpec, path: RegExp): Promise<Frame> {
  const login = platform.loginUrl({ ...spec, targetLinkUri: spec.targetLinkUri.replace("http://placeholder", app.url) });
  await page.goto(`${platform.url}/course?launch=${encodeURIComponent(login)}`);
  await expect.poll(() => page.frame({ name: "tool" })?.url() ?? "", { timeout: 30_000 }).toMatch(path);
  return page.frame({ name: "tool" })!;
}

describe("a learner launched from the LMS", () => {
  it("takes the test inside the LMS frame and the LMS gradebook receives the score", async () => {
    platform.createLineItem({ label: "Backprop quiz (LMS)", scoreMaximum: 10, resourceLinkId: "quiz-1" });
    const lineItem = platform.lineItems.at(-1)!;
    const { page } = await watchedPage(browser, app.url, problems);
    const frame = await openInLms(page, { ...learnerSpec, lineItemUrl: lineItem.id }, new RegExp(`/tests/${TEST}\\?assignment=`));
    await frame.getByTestId("assignment-banner").waitFor();
    await frame.getByTestId("start-assignment").getByRole("button", { name: "Start" }).click();
    await frame.waitForURL(/\/attempts\//);
    await frame.getByRole("button", { name: "Submit test" }).click();
    await frame.getByRole("button", { name: "Yes, submit" }).click();
    await expect.poll(() => platform.scores.filter((s) => s.body.userId === "lms-aiko").length, { timeout: 30_000 }).toBe(1);
    const score = platform.scores.find((s) => s.body.userId === "lms-aiko")!;
    expect(score.lineItemUrl).toBe(lineItem.id);
    expect(score.body).toMatchObject({ scoreGiven: 0, activityProgress: "Completed", gradingProgress: "FullyGraded" });
    const user = await app.db.prisma.ltiUser.findFirstOrThrow({ where: { sub: "lms-aiko" }, include: { user: true } });
    expect(user.user.name).toBe("Aiko Tanaka");
    expect(user.user.email).not.toBe("aiko@school.example");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("is framed only by the LMS that launched it: another site gets frame-ancestors 'none'", async () => {
    const res = await fetch(`${app.url}/learn`, { redirect: "manual" });
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    const framed = await fetch(`${app.url}/learn`, {
      redirect: "manual",
      headers: { cookie: `kakunin-lti-frame=${encodeURIComponent(platform.url)}` },
    });
    expect(framed.headers.get("content-security-policy")).toContain(`frame-ancestors 'self' ${platform.url}`);
    expect(framed.headers.get("x-frame-options")).toBeNull();
  });
});

describe("an instructor launched from the LMS", () => {
  it("adds a test by deep linking: the LMS receives a signed LtiResourceLink with its line item", async () => {
    const { page } = await watchedPage(browser, app.url, problems);
    await page.goto(
      platform.loginUrl({
        user: teacher,
        messageType: "LtiDeepLinkingRequest",
        targetLinkUri: `${app.url}/lti/launch`,
        deepLinkData: "dl-7",
      }),
    );
    await page.waitForURL(/\/lti\/deep-link\//);
    await page.locator(`input[value="test:${TEST}"]`).check();
    await page.getByRole("button", { name: "Add to the LMS" }).click();
    await page.getByText(/Deep linking received: 1 item/).waitFor();
    const items = platform.deepLinkResponses.at(-1)!.claims["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"] as Array<
      Record<string, unknown>
    >;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ type: "ltiResourceLink", custom: { kakunin_target: `test:${TEST}` } });
    expect(platform.lineItems.some((l) => l.label === "Practice: Backpropagation")).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("syncs the roster, overrides an answer (the new score goes to the LMS) and sends a failed score again", async () => {
    const { page } = await watchedPage(browser, app.url, problems);
    const frame = await openInLms(page, { ...learnerSpec, user: teacher }, /\/instructor\/classes\/[0-9a-f-]{36}\/assignments\//);
    const classId = /\/classes\/([0-9a-f-]{36})\//.exec(frame.url())![1]!;
    await frame.goto(`${app.url}/instructor/classes/${classId}`);
    const lms = frame.getByTestId("lms-link");
    await lms.waitFor();

    platform.members = [
      { sub: "lms-ito", name: "Ito Sensei", roles: [LTI_ROLES.instructor] },
      { sub: "lms-aiko", name: "Aiko Tanaka", roles: [LTI_ROLES.learner] },
      { sub: "lms-ren", name: "Ren Sato", roles: [LTI_ROLES.learner] },
      { sub: "lms-mio", name: "Mio Kato", roles: [LTI_ROLES.ta] },
    ];
    await lms.getByTestId("sync-roster").getByRole("button", { name: "Sync roster from the LMS" }).click();
    await lms.getByText("4 members checked: 2 added, 0 updated, 0 removed").waitFor();
    await frame.getByTestId("roster").getByText("Ren Sato").waitFor();

    // an override (the instructor's session, as the page would send it) changes the LMS gradebook
    const answer = await app.db.prisma.answer.findFirstOrThrow({
      where: { attempt: { user: { ltiAccounts: { some: { sub: "lms-aiko" } } } } },
    });
    const override = await page.request.post(`${app.url}/api/instructor/answers/${answer.id}/override`, {
      data: { score: 1, reason: "accepted after review" },
      headers: { origin: app.url },
    });
    expect(override.status(), await override.text()).toBe(200);
    await expect.poll(() => platform.scores.filter((s) => s.body.userId === "lms-aiko").length, { timeout: 30_000 }).toBe(2);
    expect(platform.scores.filter((s) => s.body.userId === "lms-aiko")[1]!.body.scoreGiven).toBeGreaterThan(0);

    // a score that failed after its retries is listed with its reason and goes again on request
    const sent = await app.db.prisma.ltiScore.findFirstOrThrow({ where: { eventKey: { startsWith: "answer:" } } });
    await app.db.prisma.ltiScore.update({ where: { id: sent.id }, data: { status: "failed", lastError: "The LMS answered HTTP 503" } });
    await frame.goto(`${app.url}/instructor/classes/${classId}`);
    const failures = frame.getByTestId("lms-failures");
    await failures.getByText("The LMS answered HTTP 503").waitFor();
    await failures.getByTestId(`resend-${sent.id}`).getByRole("button", { name: "Send again" }).click();
    await expect.poll(() => platform.scores.filter((s) => s.body.userId === "lms-aiko").length, { timeout: 30_000 }).toBe(3);
    await expect.poll(async () => (await app.db.prisma.ltiScore.findUniqueOrThrow({ where: { id: sent.id } })).status).toBe("sent");
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe("the LTI endpoints over HTTP", () => {
  it("where the LMS frame refuses cookies, the launch offers a new window that signs in once with its ticket", async () => {
    const { response } = await platform.launch({ ...learnerSpec, targetLinkUri: `${app.url}/tests/${TEST}` });
    expect(response.status).toBe(303);
    const setCookies = response.headers.getSetCookie();
    expect(setCookies.some((c) => c.startsWith("next-auth.session-token=") && /HttpOnly/i.test(c))).toBe(true);
    const continueUrl = response.headers.get("location")!;
    expect(continueUrl).toMatch(/\/lti\/continue\?ticket=/);
    // no cookie came back (a browser blocking third-party cookies): the page offers a new window
    const blocked = await fetch(continueUrl, { redirect: "manual" });
    expect(blocked.status).toBe(200);
    const html = await blocked.text();
    const href = /data-lti-new-window href="([^"]+)"/.exec(html)?.[1]?.replaceAll("&amp;", "&");
    expect(href).toMatch(/window=1/);
    const opened = await fetch(`${app.url}${href}`, { redirect: "manual" });
    expect(opened.status).toBe(303);
    expect(opened.headers.get("location")).toMatch(new RegExp(`/tests/${TEST}\\?assignment=`));
    const session = opened.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="))!;
    const me = await fetch(`${app.url}/api/me`, { headers: { cookie: session.split(";")[0]! } });
    expect(me.status).toBe(200);
    // the ticket is single use
    expect((await fetch(`${app.url}${href}`, { redirect: "manual" })).status).toBe(410);
  });

  it("publish Kakunin's keys and answer a refused launch or login with a page naming the failed check", async () => {
    const jwks = (await (await fetch(`${app.url}/lti/jwks`)).json()) as { keys: Array<{ kid: string; kty: string; d?: string }> };
    expect(jwks.keys.length).toBeGreaterThan(0);
    expect(jwks.keys[0]).toMatchObject({ kty: "RSA" });
    expect(jwks.keys.every((k) => k.d === undefined)).toBe(true); // never the private part

    const login = await fetch(`${app.url}/lti/login?iss=${encodeURIComponent("https://unknown.example")}&login_hint=x&target_link_uri=x`, {
      redirect: "manual",
    });
    expect(login.status).toBe(400);
    expect(await login.text()).toContain('data-lti-check="platform"');

    const forged = await fetch(`${app.url}/lti/launch`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
      body: new URLSearchParams({ id_token: "not-a-jwt", state: "made-up" }),
      redirect: "manual",
    });
    expect(forged.status).toBe(400);
    const html = await forged.text();
    expect(html).toContain('data-lti-check="state"');
    expect(html).not.toMatch(/at .+\.(js|ts):\d+/); // no stack trace

    const json = await fetch(`${app.url}/lti/launch`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(json.status).toBe(415);
  });
});
