// LTI 1.3 on PostgreSQL against the platform simulator (tests/helpers/lti-platform.ts), without a browser: the OIDC
// login, every check of a launch (each failure names its check and creates nothing), provisioning (account, class,
// role, assignment, line item), deep linking, grade passback through the queue (sent, retried, failed, sent again)
// and the roster sync. The same flows through the real site and chromium: tests/web/lti.test.ts.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAssignmentAttempt } from "../../lib/assignments/attempts";
import { submitAttempt } from "../../lib/attempts/service";
import { stopQueue } from "../../lib/exercises/queue";
import { writeGradeResult } from "../../lib/exercises/grade-write";
import { gradeShortAnswer, overrideScore } from "../../lib/gradebook/manual";
import { loadCatalogue } from "../../lib/lti/catalogue";
import { answerDeepLink } from "../../lib/lti/deep-linking";
import { LtiError } from "../../lib/lti/errors";
import { publicJwks } from "../../lib/lti/keys";
import { provisionLaunch } from "../../lib/lti/launch";
import { startLogin } from "../../lib/lti/login";
import { registerPlatform } from "../../lib/lti/platforms";
import { syncRoster } from "../../lib/lti/roster";
import { expireOverdueLinked, resendScore, scoreChanged, sendScore, startScoreWorker } from "../../lib/lti/score-queue";
import { toolUrls } from "../../lib/lti/urls";
import { verifyLaunch } from "../../lib/lti/verify";
import type { TestDatabase } from "../helpers/db";
import { LTI_ROLES, startPlatform, type LaunchSpec, type SimulatedPlatform } from "../helpers/lti-platform";
import { createContentDatabase } from "../helpers/template-db";

let db: TestDatabase;
let platform: SimulatedPlatform;
let jwksServer: http.Server;
let stopWorker: () => Promise<void> = async () => {};
const urls = toolUrls("http://kakunin.test");
const TEST = "day1-backprop-practice";

const learner = (sub: string, name = "Aiko Learner"): LaunchSpec["user"] => ({ sub, name, roles: [LTI_ROLES.learner] });
const teacher = (sub: string): LaunchSpec["user"] => ({ sub, name: "Ito Sensei", roles: [LTI_ROLES.instructor] });

beforeAll(async () => {
  db = await createContentDatabase();
  process.env.DATABASE_URL = db.url; // the score queue (pg-boss) runs on this database
  jwksServer = http.createServer((_req, res) => {
    void publicJwks(db.prisma).then((jwks) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(jwks));
    });
  });
  await new Promise<void>((r) => jwksServer.listen(0, "127.0.0.1", r));
  const port = (jwksServer.address() as { port: number }).port;
  platform = await startPlatform();
  platform.setTool({ loginUrl: urls.login, launchUrl: urls.launch, jwksUrl: `http://127.0.0.1:${port}/lti/jwks` });
  await registerPlatform(db.prisma, {
    name: "Simulated LMS",
    issuer: platform.issuer,
    clientId: platform.clientId,
    deploymentIds: [platform.deploymentId],
    authLoginUrl: platform.authUrl,
    accessTokenUrl: platform.tokenUrl,
    jwksUrl: platform.jwksUrl,
  });
}, 120_000);

afterAll(async () => {
  await stopWorker();
  await stopQueue(db?.url);
  await platform?.stop();
  jwksServer?.close();
  await db?.drop();
});

const field = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? "";

/** The browser's part of a login: initiation → Kakunin's redirect → the platform's form_post fields. */
async function login(spec: LaunchSpec): Promise<{ id_token: string; state: string }> {
  const params = Object.fromEntries(new URL(platform.loginUrl(spec)).searchParams);
  const authUrl = await startLogin(db.prisma, params, urls);
  const res = await fetch(authUrl);
  const html = await res.text();
  expect(res.status, html).toBe(200);
  return { id_token: field(html, "id_token"), state: field(html, "state") };
}

async function launch(spec: LaunchSpec) {
  return provisionLaunch(db.prisma, await verifyLaunch(db.prisma, await login(spec)));
}

const counts = async () => ({
  users: await db.prisma.user.count(),
  classes: await db.prisma.class.count(),
  links: await db.prisma.ltiResourceLink.count(),
  assignments: await db.prisma.assignment.count(),
});

async function refusal(promise: Promise<unknown>): Promise<LtiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LtiError);
  return error as LtiError;
}

describe("OIDC login initiation", () => {
  it("redirects to the platform's authorization endpoint with a fresh state and nonce", async () => {
    const params = Object.fromEntries(
      new URL(platform.loginUrl({ user: learner("u-login"), targetLinkUri: `${urls.origin}/tests/${TEST}` })).searchParams,
    );
    const auth = new URL(await startLogin(db.prisma, params, urls));
    expect(auth.origin + auth.pathname).toBe(platform.authUrl);
    expect(Object.fromEntries(auth.searchParams)).toMatchObject({
      scope: "openid",
      response_type: "id_token",
      response_mode: "form_post",
      prompt: "none",
      client_id: platform.clientId,
      redirect_uri: urls.launch,
      login_hint: "u-login",
    });
    const again = new URL(await startLogin(db.prisma, params, urls));
    expect(again.searchParams.get("state")).not.toBe(auth.searchParams.get("state"));
    expect(again.searchParams.get("nonce")).not.toBe(auth.searchParams.get("nonce"));
  });

  it("refuses an unknown issuer, an unknown deployment and a request without login_hint", async () => {
    const base = { iss: platform.issuer, login_hint: "x", target_link_uri: urls.launch };
    expect((await refusal(startLogin(db.prisma, { ...base, iss: "https://unknown.example" }, urls))).check).toBe("platform");
    expect((await refusal(startLogin(db.prisma, { ...base, lti_deployment_id: "nope" }, urls))).check).toBe("deployment");
    expect((await refusal(startLogin(db.prisma, { ...base, login_hint: "" }, urls))).check).toBe("request");
  });
});

describe("a resource-link launch", () => {
  it("creates the account, the class with the LMS role, the assignment and its line item; a second launch reuses them", async () => {
    const spec: LaunchSpec = {
      user: learner("sub-aiko"),
      targetLinkUri: `${urls.origin}/tests/${TEST}`,
      resourceLink: { id: "rl-test", title: "Backprop quiz" },
      lineItemUrl: `${platform.lineItemsUrl}/71`,
    };
    const first = await launch(spec);
    const link = await db.prisma.ltiResourceLink.findFirstOrThrow({ where: { resourceLinkId: "rl-test" }, include: { assignment: true } });
    expect(first.path).toBe(`/tests/${TEST}?assignment=${link.assignmentId}`);
    expect(link.lineItemUrl).toBe(`${platform.lineItemsUrl}/71`);
    expect(link.assignment?.title).toBe("Backprop quiz");
    const account = await db.prisma.ltiUser.findUniqueOrThrow({
      where: { platformId_sub: { platformId: link.platformId, sub: "sub-aiko" } },
      include: { user: true },
    });
    expect(account.user.name).toBe("Aiko Learner");
    expect(account.user.email).toMatch(/@lti\.invalid$/); // never the claimed e-mail
    const member = await db.prisma.classMember.findUniqueOrThrow({
      where: { classId_userId: { classId: link.assignment!.classId, userId: account.userId } },
    });
    expect(member.role).toBe("learner");
    const ctx = await db.prisma.ltiContext.findUniqueOrThrow({ where: { classId: link.assignment!.classId } });
    expect(ctx.contextId).toBe(platform.context.id);
    expect(ctx.membershipsUrl).toBe(platform.membershipsUrl);

    const before = await counts();
    const second = await launch(spec);
    expect(second).toEqual(first);
    expect(await counts()).toEqual(before);

    const staff = await launch({ ...spec, user: teacher("sub-ito") });
    expect(staff.path).toBe(`/instructor/classes/${link.assignment!.classId}/assignments/${link.assignmentId}`);
  });

  it("accepts a POST login initiation and a target named by the custom parameter", async () => {
    const form = platform.loginForm({
      user: learner("sub-aiko"),
      targetLinkUri: urls.launch,
      resourceLink: { id: "rl-exercise" },
      custom: { kakunin_target: "exercise:affine-layer" },
    });
    const authUrl = await startLogin(db.prisma, form, urls);
    const html = await (await fetch(authUrl)).text();
    const out = await provisionLaunch(
      db.prisma,
      await verifyLaunch(db.prisma, { id_token: field(html, "id_token"), state: field(html, "state") }),
    );
    expect(out.path).toMatch(/^\/exercises\/affine-layer\?assignment=[0-9a-f-]{36}$/);
  });

  it("without a target, sends learners to their home and instructors to the class", async () => {
    const out = await launch({ user: learner("sub-aiko"), targetLinkUri: urls.launch, resourceLink: { id: "rl-bare" } });
    expect(out.path).toBe("/learn");
  });
});

describe("every check of a launch refuses and creates nothing", () => {
  const spec = (tamper: LaunchSpec["tamper"], extra: Partial<LaunchSpec> = {}): LaunchSpec => ({
    user: learner("sub-mallory", "Mallory"),
    targetLinkUri: `${urls.origin}/tests/${TEST}`,
    resourceLink: { id: "rl-mallory" },
    tamper,
    ...extra,
  });
  const cases: Array<[string, LaunchSpec, string]> = [
    ["a bad signature", spec({ signWithRogueKey: true }), "signature"],
    ["an unknown kid", spec({ kid: "no-such-key" }), "kid"],
    ["a wrong audience", spec({ claims: { aud: "someone-else" } }), "audience"],
    ["a wrong azp", spec({ claims: { aud: [platform?.clientId ?? "", "other"], azp: "other" } }), "audience"],
    ["a wrong issuer", spec({ claims: { iss: "https://evil.example" } }), "issuer"],
    ["an expired token", spec({ expiresInSeconds: -600 }), "expiry"],
    ["an unknown deployment", spec({ claims: { "https://purl.imsglobal.org/spec/lti/claim/deployment_id": "rogue" } }), "deployment"],
    [
      "a wrong message type",
      spec({ claims: { "https://purl.imsglobal.org/spec/lti/claim/message_type": "LtiSubmissionReviewRequest" } }),
      "message_type",
    ],
    ["a wrong version", spec({ claims: { "https://purl.imsglobal.org/spec/lti/claim/version": "1.1" } }), "version"],
    ["a foreign nonce", spec({ nonce: "not-the-logins-nonce" }), "nonce"],
    ["an anonymous launch", spec({ claims: { sub: undefined } }), "claims"],
    ["a missing resource link", spec({ claims: { "https://purl.imsglobal.org/spec/lti/claim/resource_link": undefined } }), "claims"],
  ];
  it.each(cases)("%s", async (_name, launchSpec, check) => {
    // the azp case needs the platform's client id, known only after beforeAll
    if (launchSpec.tamper?.claims?.azp) launchSpec.tamper.claims.aud = [platform.clientId, "other"];
    const before = await counts();
    const error = await refusal(login(launchSpec).then((form) => verifyLaunch(db.prisma, form)));
    expect(error.check).toBe(check);
    expect(await counts()).toEqual(before);
  });

  it("a state is single use, and an unknown state is refused", async () => {
    const form = await login(spec(undefined));
    await verifyLaunch(db.prisma, form);
    expect((await refusal(verifyLaunch(db.prisma, form))).message).toMatch(/already used/);
    expect((await refusal(verifyLaunch(db.prisma, { ...form, state: "made-up" }))).check).toBe("state");
  });

  it("a replayed id_token (its nonce belongs to an earlier login) is refused", async () => {
    const first = await login(spec(undefined));
    await verifyLaunch(db.prisma, first);
    const second = await login(spec(undefined));
    const error = await refusal(verifyLaunch(db.prisma, { id_token: first.id_token, state: second.state }));
    expect(error.check).toBe("nonce");
  });

  it("an unknown target is a 404 that creates nothing; a learner cannot deep link", async () => {
    const before = await counts();
    const missing = await refusal(
      launch(spec(undefined, { targetLinkUri: `${urls.origin}/tests/no-such-test`, resourceLink: { id: "rl-missing" } })),
    );
    expect([missing.check, missing.status]).toEqual(["target", 404]);
    const mock = await refusal(
      launch(spec(undefined, { targetLinkUri: `${urls.origin}/tests/mock-exam`, resourceLink: { id: "rl-mock" } })),
    );
    expect([mock.check, mock.status, mock.message]).toEqual(["target", 400, expect.stringMatching(/mock exam "mock-exam".*course map/)]);
    const dl = await refusal(launch(spec(undefined, { messageType: "LtiDeepLinkingRequest" })));
    expect([dl.check, dl.status]).toEqual(["role", 403]);
    expect(await counts()).toEqual(before);
  });

  it("a platform key rotation is followed: the JWKS is fetched again for the new kid", async () => {
    await platform.rotateKey();
    await new Promise((r) => setTimeout(r, 2_100)); // the JWKS refetch cooldown (lib/lti/verify.ts)
    const out = await launch({ user: learner("sub-aiko"), targetLinkUri: `${urls.origin}/tests/${TEST}`, resourceLink: { id: "rl-test" } });
    expect(out.path).toMatch(/^\/tests\//);
  });
});

describe("deep linking", () => {
  it("returns the chosen items as LtiResourceLinks with line items in a JWT the platform verifies; only once", async () => {
    const out = await launch({
      user: teacher("sub-ito"),
      messageType: "LtiDeepLinkingRequest",
      targetLinkUri: urls.launch,
      deepLinkData: "opaque-42",
    });
    const id = /^\/lti\/deep-link\/([0-9a-f-]{36})$/.exec(out.path)?.[1];
    expect(id).toBeTruthy();
    const answer = await answerDeepLink(db.prisma, {
      id: id!,
      userId: out.userId,
      choice: [`test:${TEST}`, "exercise:affine-layer"],
      origin: urls.origin,
    });
    const res = await fetch(answer.returnUrl, { method: "POST", body: new URLSearchParams({ JWT: answer.jwt }) });
    expect(res.status, await res.text()).toBe(200);
    const items = platform.deepLinkResponses.at(-1)!.claims["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"] as Array<
      Record<string, unknown>
    >;
    expect(items.map((i) => i.type)).toEqual(["ltiResourceLink", "ltiResourceLink"]);
    expect(items[0]).toMatchObject({
      url: `${urls.origin}/tests/${TEST}`,
      custom: { kakunin_target: `test:${TEST}` },
      lineItem: { label: "Practice: Backpropagation" },
    });
    expect((items[0]!.lineItem as { scoreMaximum: number }).scoreMaximum).toBeGreaterThan(0);
    expect(items[1]).toMatchObject({ lineItem: { scoreMaximum: 100 } });
    const catalogue = (await loadCatalogue(db.prisma)).flatMap((g) => g.entries.map((e) => `${e.kind}:${e.slug}`));
    expect(catalogue).toContain(`test:${TEST}`);
    expect(catalogue).not.toContain("test:mock-exam"); // drawn per attempt: no fixed line item to offer
    const again = await refusal(answerDeepLink(db.prisma, { id: id!, userId: out.userId, choice: [`test:${TEST}`], origin: urls.origin }));
    expect(again.status).toBe(410);
    const other = await refusal(
      answerDeepLink(db.prisma, { id: id!, userId: "00000000-0000-4000-8000-000000000000", choice: [], origin: urls.origin }),
    );
    expect(other.status).toBe(404);
  });
});

describe("grade passback (AGS)", () => {
  it("sends the learner's result when an attempt is submitted, and again after an override", async () => {
    stopWorker = await startScoreWorker(db.prisma, () => {});
    const spec: LaunchSpec = {
      user: learner("sub-kenta", "Kenta"),
      targetLinkUri: `${urls.origin}/tests/${TEST}`,
      resourceLink: { id: "rl-graded", title: "Graded quiz" },
      lineItemUrl: `${platform.lineItemsUrl}/72`,
    };
    const out = await launch(spec);
    const assignmentId = new URL(out.path, urls.origin).searchParams.get("assignment")!;
    const { attemptId } = await startAssignmentAttempt(db.prisma, out.userId, assignmentId);
    await submitAttempt(db.prisma, out.userId, attemptId);
    await expect.poll(() => platform.scores.filter((s) => s.body.userId === "sub-kenta").length, { timeout: 15_000 }).toBe(1);
    const first = platform.scores.find((s) => s.body.userId === "sub-kenta")!;
    expect(first.lineItemUrl).toBe(`${platform.lineItemsUrl}/72`);
    expect(first.contentType).toBe("application/vnd.ims.lis.v1.score+json");
    expect(first.body).toMatchObject({ scoreGiven: 0, activityProgress: "Completed", gradingProgress: "FullyGraded" });
    const maximum = first.body.scoreMaximum as number;
    expect(maximum).toBeGreaterThan(0);

    const staff = await launch({ ...spec, user: teacher("sub-ito") });
    const answer = await db.prisma.answer.findFirstOrThrow({ where: { attemptId } });
    await overrideScore(db.prisma, { actorId: staff.userId, answerId: answer.id, score: 1, reason: "accepted in class" });
    await expect.poll(() => platform.scores.filter((s) => s.body.userId === "sub-kenta").length, { timeout: 15_000 }).toBe(2);
    const second = platform.scores.filter((s) => s.body.userId === "sub-kenta")[1]!;
    expect(second.body.scoreGiven).toBeGreaterThan(0);
    expect(second.body.scoreMaximum).toBe(maximum);
    const mine = { user: { ltiAccounts: { some: { sub: "sub-kenta" } } } };
    // the row is marked sent just after the platform answers
    await expect
      .poll(async () => (await db.prisma.ltiScore.findMany({ where: mine })).map((r) => r.status), { timeout: 5_000 })
      .toEqual(["sent", "sent"]);
    const rows = await db.prisma.ltiScore.findMany({ where: mine });
    // the same event again sends nothing twice
    expect(await scoreChanged(db.prisma, { kind: "attempt", attemptId })).toBe(rows.find((r) => r.eventKey === `attempt:${attemptId}`)!.id);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(platform.scores.filter((s) => s.body.userId === "sub-kenta")).toHaveLength(2);
    expect(platform.tokenRequests.at(-1)!.assertion).toMatchObject({
      iss: platform.clientId,
      sub: platform.clientId,
      aud: platform.tokenUrl,
    });
  });

  it("retries when the LMS fails, marks the score failed after the last try, and sends it again on request", async () => {
    await stopWorker();
    stopWorker = async () => {};
    const out = await launch({
      user: learner("sub-yui", "Yui"),
      targetLinkUri: `${urls.origin}/tests/${TEST}`,
      resourceLink: { id: "rl-flaky" },
      lineItemUrl: `${platform.lineItemsUrl}/73`,
    });
    const assignmentId = new URL(out.path, urls.origin).searchParams.get("assignment")!;
    const { attemptId } = await startAssignmentAttempt(db.prisma, out.userId, assignmentId);
    await submitAttempt(db.prisma, out.userId, attemptId);
    const score = await db.prisma.ltiScore.findFirstOrThrow({ where: { eventKey: `attempt:${attemptId}` } });
    platform.failScores = 2;
    expect(await sendScore(db.prisma, score.id, false)).toBe("retry");
    expect(await sendScore(db.prisma, score.id, true)).toBe("failed");
    const failed = await db.prisma.ltiScore.findUniqueOrThrow({ where: { id: score.id } });
    expect([failed.status, failed.tries]).toEqual(["failed", 2]);
    expect(failed.lastError).toMatch(/HTTP 503/);
    expect(await resendScore(db.prisma, score.id)).toBe(true);
    expect(await sendScore(db.prisma, score.id, false)).toBe("sent");
    expect(platform.scores.filter((s) => s.body.userId === "sub-yui")).toHaveLength(1);
    expect(await resendScore(db.prisma, score.id)).toBe(false); // only failed scores go again
  });

  it("without a line item in the launch, finds or creates the link's line item in the course's container", async () => {
    const out = await launch({
      user: learner("sub-yui", "Yui"),
      targetLinkUri: `${urls.origin}/tests/${TEST}`,
      resourceLink: { id: "rl-no-item", title: "Quiz without a column" },
      lineItemUrl: null,
    });
    const assignmentId = new URL(out.path, urls.origin).searchParams.get("assignment")!;
    const { attemptId } = await startAssignmentAttempt(db.prisma, out.userId, assignmentId);
    await submitAttempt(db.prisma, out.userId, attemptId);
    const score = await db.prisma.ltiScore.findFirstOrThrow({ where: { eventKey: `attempt:${attemptId}` } });
    expect(await sendScore(db.prisma, score.id, false)).toBe("sent");
    const created = platform.lineItems.find((l) => l.resourceLinkId === "rl-no-item");
    expect(created).toMatchObject({ label: "Quiz without a column" });
    expect(created!.scoreMaximum).toBeGreaterThan(0);
    expect(platform.scores.at(-1)!.lineItemUrl).toBe(created!.id);
    const link = await db.prisma.ltiResourceLink.findFirstOrThrow({ where: { resourceLinkId: "rl-no-item" } });
    expect(link.lineItemUrl).toBe(created!.id);
  });

  it("a link whose LMS offers no grade service fails at once with the reason", async () => {
    const out = await launch({
      user: learner("sub-yui", "Yui"),
      targetLinkUri: `${urls.origin}/tests/${TEST}`,
      resourceLink: { id: "rl-ungraded" },
      ags: false,
    });
    const assignmentId = new URL(out.path, urls.origin).searchParams.get("assignment")!;
    const { attemptId } = await startAssignmentAttempt(db.prisma, out.userId, assignmentId);
    await submitAttempt(db.prisma, out.userId, attemptId);
    const score = await db.prisma.ltiScore.findFirstOrThrow({ where: { eventKey: `attempt:${attemptId}` } });
    expect(await sendScore(db.prisma, score.id, false)).toBe("failed");
    expect((await db.prisma.ltiScore.findUniqueOrThrow({ where: { id: score.id } })).lastError).toMatch(/no line item/);
  });
});

describe("grading a code exercise placed by the LMS", () => {
  async function gradedSubmission(userId: string, assignmentId: string | null, key: string) {
    const exercise = await db.prisma.exercise.findUniqueOrThrow({ where: { slug: "affine-layer" } });
    const version = await db.prisma.exerciseVersion.findUniqueOrThrow({
      where: { exerciseId_version: { exerciseId: exercise.id, version: exercise.currentVersion } },
    });
    const submission = await db.prisma.submission.create({
      data: { userId, exerciseVersionId: version.id, idempotencyKey: key, code: "pass", assignmentId },
    });
    const job = await db.prisma.gradingJob.create({ data: { submissionId: submission.id } });
    const report = { score: 2, maxScore: 4, tests: [] };
    expect(await writeGradeResult(db.prisma, { submissionId: submission.id, gradingJobId: job.id }, report)).toBe(true);
    return { submission, job };
  }

  it("a graded submission for the link's assignment queues its score; self-study grading queues nothing", async () => {
    const out = await launch({
      user: learner("sub-kai", "Kai"),
      targetLinkUri: urls.launch,
      resourceLink: { id: "rl-affine" },
      custom: { kakunin_target: "exercise:affine-layer" },
      lineItemUrl: `${platform.lineItemsUrl}/76`,
    });
    const assignmentId = new URL(out.path, urls.origin).searchParams.get("assignment")!;
    const before = await db.prisma.ltiScore.count();
    await gradedSubmission(out.userId, null, "self-study-1");
    expect(await db.prisma.ltiScore.count()).toBe(before);
    const { submission, job } = await gradedSubmission(out.userId, assignmentId, "assigned-1");
    const score = await db.prisma.ltiScore.findFirstOrThrow({ where: { eventKey: `submission:${submission.id}:${job.id}` } });
    expect(await sendScore(db.prisma, score.id, false)).toBe("sent");
    expect(platform.scores.at(-1)!.body).toMatchObject({
      userId: "sub-kai",
      scoreGiven: 50,
      scoreMaximum: 100,
      gradingProgress: "FullyGraded",
    });
  });
});

describe("scores that wait", () => {
  it("a short-text answer awaiting its instructor is sent as PendingManual, then FullyGraded once graded", async () => {
    const out = await launch({
      user: learner("sub-riko", "Riko"),
      targetLinkUri: `${urls.origin}/tests/day1-output-loss-practice`,
      resourceLink: { id: "rl-manual" },
      lineItemUrl: `${platform.lineItemsUrl}/74`,
    });
    const assignmentId = new URL(out.path, urls.origin).searchParams.get("assignment")!;
    const { attemptId } = await startAssignmentAttempt(db.prisma, out.userId, assignmentId);
    const text = await db.prisma.answer.findFirstOrThrow({ where: { attemptId, itemVersion: { item: { kind: "short_text" } } } });
    await db.prisma.answer.update({ where: { id: text.id }, data: { response: "subtract the maximum before exp" } });
    await submitAttempt(db.prisma, out.userId, attemptId);
    const first = await db.prisma.ltiScore.findFirstOrThrow({ where: { eventKey: `attempt:${attemptId}` } });
    expect(await sendScore(db.prisma, first.id, false)).toBe("sent");
    expect(platform.scores.at(-1)!.body).toMatchObject({
      userId: "sub-riko",
      activityProgress: "Completed",
      gradingProgress: "PendingManual",
    });
    const staff = await launch({ user: teacher("sub-ito"), targetLinkUri: urls.launch, resourceLink: { id: "rl-manual" } });
    await gradeShortAnswer(db.prisma, { actorId: staff.userId, answerId: text.id, score: 1 });
    const second = await db.prisma.ltiScore.findFirstOrThrow({ where: { eventKey: { startsWith: `answer:${text.id}` } } });
    expect(await sendScore(db.prisma, second.id, false)).toBe("sent");
    expect(platform.scores.at(-1)!.body).toMatchObject({ userId: "sub-riko", gradingProgress: "FullyGraded" });
  });

  it("a timed attempt left open past its deadline is expired by the sweep and its score sent", async () => {
    const out = await launch({
      user: learner("sub-riko", "Riko"),
      targetLinkUri: `${urls.origin}/tests/${TEST}`,
      resourceLink: { id: "rl-timed" },
      lineItemUrl: `${platform.lineItemsUrl}/75`,
    });
    const assignmentId = new URL(out.path, urls.origin).searchParams.get("assignment")!;
    await db.prisma.assignment.update({ where: { id: assignmentId }, data: { timeLimitS: 600 } });
    const { attemptId } = await startAssignmentAttempt(db.prisma, out.userId, assignmentId);
    const later = new Date(Date.now() + 700_000);
    expect(await expireOverdueLinked(db.prisma, later)).toBe(1);
    expect((await db.prisma.testAttempt.findUniqueOrThrow({ where: { id: attemptId } })).status).toBe("expired");
    expect(await db.prisma.ltiScore.count({ where: { eventKey: `attempt:${attemptId}` } })).toBe(1);
    expect(await expireOverdueLinked(db.prisma, later)).toBe(0);
  });
});

describe("roster sync (NRPS)", () => {
  it("follows the membership pages, adds and updates members with their roles, and removes those who left", async () => {
    const staff = await launch({
      user: teacher("sub-ito"),
      targetLinkUri: `${urls.origin}/tests/${TEST}`,
      resourceLink: { id: "rl-test" },
    });
    const classId = /\/instructor\/classes\/([0-9a-f-]{36})\//.exec(staff.path)![1]!;
    platform.members = [
      { sub: "sub-ito", name: "Ito Sensei", roles: [LTI_ROLES.instructor] },
      { sub: "sub-aiko", name: "Aiko Learner", roles: [LTI_ROLES.learner] },
      { sub: "sub-new-1", name: "Haruto", roles: [LTI_ROLES.learner] },
      { sub: "sub-new-2", name: "Sora", roles: [LTI_ROLES.ta] },
      { sub: "sub-gone", name: "Inactive Person", roles: [LTI_ROLES.learner], status: "Inactive" },
    ];
    const first = await syncRoster(db.prisma, classId, staff.userId);
    expect(first).toMatchObject({ members: 5, added: 2 });
    const roles = async () =>
      Object.fromEntries(
        (
          await db.prisma.classMember.findMany({
            where: { classId, removedAt: null },
            include: { user: { include: { ltiAccounts: true } } },
          })
        ).map((m) => [m.user.ltiAccounts[0]?.sub, m.role]),
      );
    expect(await roles()).toMatchObject({ "sub-ito": "instructor", "sub-aiko": "learner", "sub-new-1": "learner", "sub-new-2": "ta" });
    expect(Object.keys(await roles())).not.toContain("sub-gone");

    platform.members = platform.members.filter((m) => m.sub !== "sub-new-1");
    const second = await syncRoster(db.prisma, classId, staff.userId);
    expect(second.removed).toBeGreaterThanOrEqual(1);
    expect(Object.keys(await roles())).not.toContain("sub-new-1");
  });
});
