// The LTI 1.3 platform simulator (tests/helpers/lti-platform.ts) against a tiny fake tool: the OIDC login round trip,
// id_token claims and tampering, the token endpoint, AGS line items and scores, NRPS paging and the deep-link return.
import crypto from "node:crypto";
import http from "node:http";
import { createRemoteJWKSet, type CryptoKey, exportJWK, generateKeyPair, type JWK, jwtVerify, SignJWT, UnsecuredJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LTI_ROLES, LTI_SCOPES, MEDIA, type SimulatedPlatform, startPlatform } from "../helpers/lti-platform";

const LTI = "https://purl.imsglobal.org/spec/lti/claim/";
const DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
const alice = {
  sub: "alice",
  name: "Alice Liddell",
  givenName: "Alice",
  familyName: "Liddell",
  email: "a@example.test",
  roles: [LTI_ROLES.learner],
};

interface FakeTool {
  url: string;
  kid: string;
  privateKey: CryptoKey;
  stop(): Promise<void>;
}

/** A minimal tool: OIDC login (GET or POST) → redirect to the platform's /auth; the launch verifies state, nonce and id_token. */
async function startFakeTool(lms: () => SimulatedPlatform): Promise<FakeTool> {
  const { publicKey, privateKey } = await generateKeyPair("RS256");
  const kid = "tool-key-1";
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  const nonces = new Map<string, string>(); // state → nonce
  let platformKeys: ReturnType<typeof createRemoteJWKSet> | undefined;
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const u = new URL(req.url ?? "/", "http://tool");
    const params = req.method === "POST" ? new URLSearchParams(Buffer.concat(chunks).toString()) : u.searchParams;
    const platform = lms();
    const answer = (status: number, body: string, headers: Record<string, string> = {}) => res.writeHead(status, headers).end(body);
    if (u.pathname === "/jwks") return answer(200, JSON.stringify({ keys: [jwk] }), { "content-type": "application/json" });
    if (u.pathname === "/login") {
      if (params.get("iss") !== platform.issuer || params.get("client_id") !== platform.clientId) return answer(400, "unknown platform");
      const state = crypto.randomUUID();
      const nonce = crypto.randomUUID();
      nonces.set(state, nonce);
      const auth = new URL(platform.authUrl);
      const query = {
        scope: "openid",
        response_type: "id_token",
        response_mode: "form_post",
        prompt: "none",
        client_id: platform.clientId,
        redirect_uri: params.get("target_link_uri") ?? "",
        login_hint: params.get("login_hint") ?? "",
        lti_message_hint: params.get("lti_message_hint") ?? "",
        state,
        nonce,
      };
      for (const [k, v] of Object.entries(query)) auth.searchParams.set(k, v);
      return answer(302, "", { location: auth.toString(), "set-cookie": `tool_state=${state}; Path=/; HttpOnly; SameSite=Lax` });
    }
    if (u.pathname === "/launch" || u.pathname === "/deep-link") {
      const state = params.get("state") ?? "";
      if (req.headers.cookie !== `tool_state=${state}`) return answer(401, "state cookie mismatch");
      // No cool-down: the platform rotates its key in an earlier test, and the new kid must be fetched at once.
      platformKeys ??= createRemoteJWKSet(new URL(platform.jwksUrl), { cooldownDuration: 0 });
      try {
        const { payload } = await jwtVerify(params.get("id_token") ?? "", platformKeys, {
          issuer: platform.issuer,
          audience: platform.clientId,
        });
        if (payload.nonce !== nonces.get(state)) return answer(401, "nonce mismatch");
        nonces.delete(state);
        return answer(200, JSON.stringify(payload), { "content-type": "application/json", "set-cookie": "tool_session=s1; Path=/" });
      } catch (e) {
        return answer(401, `bad id_token: ${(e as Error).message}`);
      }
    }
    answer(404, "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    url,
    kid,
    privateKey,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

let lms: SimulatedPlatform;
let tool: FakeTool;
const platformJwks = () => createRemoteJWKSet(new URL(lms.jwksUrl), { cooldownDuration: 0 });

beforeAll(async () => {
  lms = await startPlatform();
  tool = await startFakeTool(() => lms);
  lms.setTool({
    loginUrl: `${tool.url}/login`,
    launchUrl: `${tool.url}/launch`,
    jwksUrl: `${tool.url}/jwks`,
    deepLinkUrl: `${tool.url}/deep-link`,
  });
});
afterAll(async () => {
  await lms?.stop();
  await tool?.stop();
});

/** A client assertion signed by the tool; `over` replaces claims. */
function assertion(over: Record<string, unknown> = {}, key: CryptoKey = tool.privateKey): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const claims = { iss: lms.clientId, sub: lms.clientId, aud: lms.tokenUrl, iat: now, exp: now + 300, jti: crypto.randomUUID(), ...over };
  return new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: tool.kid, typ: "JWT" }).sign(key);
}

function requestToken(clientAssertion: string, scope: string) {
  return fetch(lms.tokenUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
      client_assertion: clientAssertion,
      scope,
    }),
  });
}

async function accessToken(...scopes: string[]): Promise<string> {
  const r = await requestToken(await assertion(), scopes.join(" "));
  expect(r.status).toBe(200);
  return ((await r.json()) as { access_token: string }).access_token;
}

describe("launch", () => {
  it("runs login → /auth → form_post and the id_token carries the LTI claims", async () => {
    const r = await lms.launch({
      user: alice,
      targetLinkUri: `${tool.url}/launch`,
      resourceLink: { id: "rl-9", title: "Week 1" },
      custom: { a: "1" },
    });
    expect(r.response.status).toBe(200);
    expect(r.cookies).toEqual({ tool_state: expect.any(String), tool_session: "s1" });
    const { payload, protectedHeader } = await jwtVerify(r.idToken, platformJwks(), { issuer: lms.issuer, audience: lms.clientId });
    expect(protectedHeader).toMatchObject({ alg: "RS256", typ: "JWT" });
    expect(JSON.parse(r.body)).toEqual(payload);
    expect(payload).toMatchObject({
      azp: lms.clientId,
      sub: "alice",
      name: "Alice Liddell",
      email: "a@example.test",
      [`${LTI}message_type`]: "LtiResourceLinkRequest",
      [`${LTI}version`]: "1.3.0",
      [`${LTI}deployment_id`]: lms.deploymentId,
      [`${LTI}target_link_uri`]: `${tool.url}/launch`,
      [`${LTI}resource_link`]: { id: "rl-9", title: "Week 1" },
      [`${LTI}roles`]: [LTI_ROLES.learner],
      [`${LTI}context`]: { ...lms.context, type: ["http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering"] },
      [`${LTI}custom`]: { a: "1" },
      [`${LTI}launch_presentation`]: { document_target: "iframe", return_url: `${lms.url}/return` },
      "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice": {
        context_memberships_url: lms.membershipsUrl,
        service_versions: ["2.0"],
      },
    });
    const ags = payload["https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"] as Record<string, unknown>;
    expect(ags.lineitems).toBe(lms.lineItemsUrl);
    expect(lms.lineItems.find((li) => li.id === ags.lineitem)).toMatchObject({ label: "Week 1", resourceLinkId: "rl-9" });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(300);
  });

  it("accepts a POST login initiation and the /auth page is a form_post", async () => {
    const login = await fetch(`${tool.url}/login`, {
      method: "POST",
      redirect: "manual",
      body: new URLSearchParams(
        lms.loginForm({ user: alice, targetLinkUri: `${tool.url}/launch`, context: null, ags: false, nrps: false }),
      ),
    });
    expect(login.status).toBe(302);
    const page = await fetch(login.headers.get("location") ?? "");
    const html = await page.text();
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(html).toContain(`action="${tool.url}/launch"`);
    expect(html).toMatch(/name="id_token" value="[\w.-]+"/);
    expect(html).toContain("<noscript>");
    const idToken = /name="id_token" value="([\w.-]+)"/.exec(html)?.[1] ?? "";
    const { payload } = await jwtVerify(idToken, platformJwks());
    expect(payload[`${LTI}context`]).toBeUndefined();
    expect(payload["https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"]).toBeUndefined();
  });

  it("refuses bad authentication requests", async () => {
    const login = new URL(lms.loginUrl({ user: alice, targetLinkUri: `${tool.url}/launch` }));
    const good = {
      scope: "openid",
      response_type: "id_token",
      response_mode: "form_post",
      prompt: "none",
      client_id: lms.clientId,
      redirect_uri: `${tool.url}/launch`,
      login_hint: "alice",
      lti_message_hint: login.searchParams.get("lti_message_hint") ?? "",
      state: "s",
      nonce: "n",
    };
    const auth = (over: Record<string, string>) => fetch(`${lms.authUrl}?${new URLSearchParams({ ...good, ...over })}`);
    expect((await auth({})).status).toBe(200);
    const refusals: Array<Record<string, string>> = [
      { redirect_uri: `${tool.url}/other` },
      { prompt: "login" },
      { lti_message_hint: "nope" },
      { login_hint: "bob" },
      { nonce: "" },
    ];
    for (const over of refusals) {
      const r = await auth(over);
      expect(r.status, JSON.stringify(over)).toBe(400);
      expect(await r.text()).toMatch(/\w/);
    }
  });

  it("applies tampering", async () => {
    const spec = { user: alice, targetLinkUri: `${tool.url}/launch` };
    const expired = await lms.idToken({ ...spec, tamper: { expiresInSeconds: -60 } }, "n");
    await expect(jwtVerify(expired, platformJwks())).rejects.toMatchObject({ code: "ERR_JWT_EXPIRED" });
    const rogue = await lms.idToken({ ...spec, tamper: { signWithRogueKey: true } }, "n");
    await expect(jwtVerify(rogue, platformJwks())).rejects.toMatchObject({ code: "ERR_JWS_SIGNATURE_VERIFICATION_FAILED" });
    const unknownKid = await lms.idToken({ ...spec, tamper: { kid: "nope" } }, "n");
    await expect(jwtVerify(unknownKid, platformJwks())).rejects.toMatchObject({ code: "ERR_JWKS_NO_MATCHING_KEY" });
    const claims = await lms.idToken({ ...spec, tamper: { claims: { aud: "someone-else", [`${LTI}roles`]: undefined } } }, "n");
    const { payload } = await jwtVerify(claims, platformJwks());
    expect(payload.aud).toBe("someone-else");
    expect(payload).not.toHaveProperty(`${LTI}roles`);
    const wrongNonce = await lms.launch({ ...spec, tamper: { nonce: "replayed" } });
    expect(wrongNonce.response.status).toBe(401);
    expect(wrongNonce.body).toBe("nonce mismatch");
  });

  it("rotates keys, keeping the old one in the JWKS", async () => {
    const before = await lms.idToken({ user: alice, targetLinkUri: `${tool.url}/launch` }, "n");
    await lms.rotateKey();
    const after = await lms.idToken({ user: alice, targetLinkUri: `${tool.url}/launch` }, "n");
    const jwks = (await (await fetch(lms.jwksUrl)).json()) as { keys: JWK[] };
    expect(jwks.keys).toHaveLength(2);
    expect(jwks.keys.every((k) => k.alg === "RS256" && k.use === "sig" && k.kid && !k.d)).toBe(true);
    const keys = platformJwks();
    const kids = [(await jwtVerify(before, keys)).protectedHeader.kid, (await jwtVerify(after, keys)).protectedHeader.kid];
    expect(new Set(kids).size).toBe(2);
  });
});

describe("token endpoint", () => {
  it("grants a token for a proper client assertion and refuses its replay", async () => {
    const jwt = await assertion();
    const r = await requestToken(jwt, `${LTI_SCOPES.score} ${LTI_SCOPES.lineItem}`);
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ token_type: "Bearer", expires_in: 3600, scope: `${LTI_SCOPES.score} ${LTI_SCOPES.lineItem}` });
    expect(lms.tokenRequests.at(-1)?.assertion.iss).toBe(lms.clientId);
    const replay = await requestToken(jwt, LTI_SCOPES.score);
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("accepts the issuer as aud and refuses wrong aud, unsigned, foreign keys and unknown scopes", async () => {
    expect((await requestToken(await assertion({ aud: [lms.issuer] }), LTI_SCOPES.score)).status).toBe(200);
    const refused = async (jwt: string, scope: string = LTI_SCOPES.score) => {
      const r = await requestToken(jwt, scope);
      return { status: r.status, error: ((await r.json()) as { error: string }).error };
    };
    expect(await refused(await assertion({ aud: "https://elsewhere.example/token" }))).toEqual({ status: 401, error: "invalid_client" });
    const now = Math.floor(Date.now() / 1000);
    const unsigned = new UnsecuredJWT({
      iss: lms.clientId,
      sub: lms.clientId,
      aud: lms.tokenUrl,
      iat: now,
      exp: now + 60,
      jti: "u1",
    }).encode();
    expect(await refused(unsigned)).toEqual({ status: 401, error: "invalid_client" });
    const other = await generateKeyPair("RS256");
    expect(await refused(await assertion({}, other.privateKey))).toEqual({ status: 401, error: "invalid_client" });
    expect(await refused(await assertion({ exp: now - 10 }))).toEqual({ status: 401, error: "invalid_client" });
    expect(await refused(await assertion(), "https://example.test/scope/everything")).toEqual({ status: 400, error: "invalid_scope" });
  });
});

describe("assignment and grade services", () => {
  const score = (over: Record<string, unknown> = {}) => ({
    userId: "alice",
    timestamp: new Date().toISOString(),
    activityProgress: "Completed",
    gradingProgress: "FullyGraded",
    scoreGiven: 7,
    scoreMaximum: 10,
    ...over,
  });
  const post = (url: string, token: string | undefined, body: unknown, type: string = MEDIA.score) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });

  it("checks score posts and records the valid ones", async () => {
    const lineItem = `${lms.lineItemsUrl}/7?type_id=3`;
    await lms.idToken({ user: alice, targetLinkUri: `${tool.url}/launch`, lineItemUrl: lineItem }, "n"); // auto-creates it
    const scores = `${lms.lineItemsUrl}/7/scores?type_id=3`;
    const token = await accessToken(LTI_SCOPES.score);
    const readonly = await accessToken(LTI_SCOPES.lineItemReadonly);
    expect((await post(scores, undefined, score())).status).toBe(401);
    expect((await post(scores, readonly, score())).status).toBe(403);
    expect((await post(scores, token, score(), "application/json")).status).toBe(415);
    expect((await post(`${lms.lineItemsUrl}/7/scores`, token, score())).status).toBe(404); // query string dropped
    for (const bad of [
      { userId: 3 },
      { timestamp: "2024-01-01T00:00:00" },
      { activityProgress: "Done" },
      { scoreGiven: -1 },
      { scoreMaximum: 0 },
    ]) {
      const r = await post(scores, token, score(bad));
      expect(r.status, JSON.stringify(bad)).toBe(400);
      expect(await r.text()).toMatch(/\w/);
    }
    const first = score();
    const ok = await post(scores, token, first);
    expect(ok.status).toBe(200);
    expect(lms.scores.at(-1)).toMatchObject({ lineItemUrl: lineItem, contentType: MEDIA.score, body: first });
    expect((await post(scores, token, score({ timestamp: "2000-01-01T00:00:00Z" }))).status).toBe(409);

    lms.failScores = 2;
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(scores, token, score())).status);
    expect(statuses).toEqual([503, 503, 200]);
    expect(lms.failScores).toBe(0);

    const results = await fetch(`${lms.lineItemsUrl}/7/results?type_id=3`, {
      headers: { authorization: `Bearer ${await accessToken(LTI_SCOPES.resultReadonly)}` },
    });
    expect(await results.json()).toEqual([expect.objectContaining({ userId: "alice", resultScore: 70, resultMaximum: 100 })]);
  });

  it("creates, lists and reads line items", async () => {
    const token = await accessToken(LTI_SCOPES.lineItem);
    const item = { label: "Quiz 3", scoreMaximum: 20, resourceId: "quiz-3", tag: "quiz" };
    const created = await post(lms.lineItemsUrl, token, item, MEDIA.lineItem);
    expect(created.status).toBe(201);
    const body = (await created.json()) as { id: string };
    expect(body).toMatchObject({ ...item, id: expect.stringMatching(`^${lms.lineItemsUrl}/`) });
    expect((await post(lms.lineItemsUrl, token, { label: "x", scoreMaximum: 0 }, MEDIA.lineItem)).status).toBe(400);
    const auth = { authorization: `Bearer ${token}` };
    const list = await fetch(`${lms.lineItemsUrl}?tag=quiz`, { headers: { ...auth, accept: MEDIA.lineItems } });
    expect(list.headers.get("content-type")).toBe(MEDIA.lineItems);
    expect(await list.json()).toEqual([body]);
    expect(await (await fetch(body.id, { headers: auth })).json()).toEqual(body);
  });
});

describe("names and role provisioning", () => {
  it("pages with Link rel=next and insists on the membership container media type", async () => {
    lms.members = ["a", "b", "c", "d", "e"].map((sub, i) => ({
      sub,
      name: sub.toUpperCase(),
      roles: [LTI_ROLES.learner],
      status: i === 4 ? "Inactive" : undefined,
    }));
    const headers = { authorization: `Bearer ${await accessToken(LTI_SCOPES.memberships)}`, accept: MEDIA.memberships };
    const seen: Array<{ user_id: string; status: string }> = [];
    let next: string | undefined = lms.membershipsUrl;
    let pages = 0;
    while (next) {
      const r: Response = await fetch(next, { headers });
      expect(r.status).toBe(200);
      expect(r.headers.get("content-type")).toBe(MEDIA.memberships);
      const page = (await r.json()) as { context: unknown; members: Array<{ user_id: string; status: string }> };
      expect(page.context).toEqual(lms.context);
      seen.push(...page.members);
      next = /<([^>]+)>;\s*rel="next"/.exec(r.headers.get("link") ?? "")?.[1];
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen.map((m) => m.user_id)).toEqual(["a", "b", "c", "d", "e"]);
    expect(seen.map((m) => m.status)).toEqual(["Active", "Active", "Active", "Active", "Inactive"]);
    expect((await fetch(lms.membershipsUrl, { headers: { ...headers, accept: "application/json" } })).status).toBe(406);
    expect((await fetch(lms.membershipsUrl, { headers: { accept: MEDIA.memberships } })).status).toBe(401);
  });
});

describe("deep linking", () => {
  const respond = async (data: string | undefined, items: unknown[]) => {
    const now = Math.floor(Date.now() / 1000);
    const jwt = await new SignJWT({
      iss: lms.clientId,
      aud: lms.issuer,
      iat: now,
      exp: now + 300,
      nonce: crypto.randomUUID(),
      [`${LTI}message_type`]: "LtiDeepLinkingResponse",
      [`${LTI}version`]: "1.3.0",
      [`${LTI}deployment_id`]: lms.deploymentId,
      [`${DL}data`]: data,
      [`${DL}content_items`]: items,
    })
      .setProtectedHeader({ alg: "RS256", kid: tool.kid, typ: "JWT" })
      .sign(tool.privateKey);
    return fetch(`${lms.url}/deep-link-return`, { method: "POST", body: new URLSearchParams({ JWT: jwt }) });
  };

  it("launches to the deep-link URL, then verifies and records the response", async () => {
    const instructor = { sub: "prof", roles: [LTI_ROLES.instructor] };
    const r = await lms.launch({
      user: instructor,
      messageType: "LtiDeepLinkingRequest",
      targetLinkUri: `${tool.url}/deep-link`,
      deepLinkData: "dl-42",
    });
    expect(r.response.status).toBe(200);
    const claims = JSON.parse(r.body) as Record<string, unknown>;
    expect(claims[`${LTI}message_type`]).toBe("LtiDeepLinkingRequest");
    expect(claims[`${LTI}resource_link`]).toBeUndefined();
    expect(claims[`${DL}deep_linking_settings`]).toMatchObject({ deep_link_return_url: `${lms.url}/deep-link-return`, data: "dl-42" });

    const items = [
      { type: "ltiResourceLink", title: "Exercise 1", url: `${tool.url}/launch?ex=1`, lineItem: { scoreMaximum: 5, resourceId: "ex-1" } },
      { type: "ltiResourceLink", title: "Exercise 2" },
    ];
    const ok = await respond("dl-42", items);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain("Deep linking received: 2 item(s)");
    expect(lms.deepLinkResponses.at(-1)?.claims[`${DL}content_items`]).toEqual(items);
    expect(lms.lineItems.at(-1)).toMatchObject({ label: "Exercise 1", scoreMaximum: 5, resourceId: "ex-1" });

    const wrongData = await respond("dl-43", items);
    expect(wrongData.status).toBe(400);
    expect(await wrongData.text()).toMatch(/data/);
    expect((await respond("dl-42", [{ type: "file", url: "https://x.test/f" }])).status).toBe(400);
    expect(lms.deepLinkResponses).toHaveLength(1);
  });
});
