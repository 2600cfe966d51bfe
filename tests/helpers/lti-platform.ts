// A simulated LTI 1.3 Advantage platform (an LMS stand-in) for tests: an HTTP server on 127.0.0.1 that follows LTI 1.3
// Core, the 1EdTech Security Framework 1.0, Deep Linking 2.0, AGS 2.0 and NRPS 2.0 and refuses what a strict LMS would.
// OIDC login, id_tokens and the token endpoint are here; AGS, NRPS and the deep-link return are in
// lti-platform-services.ts.
//
//   const lms = await startPlatform();
//   afterAll(() => lms.stop());
//   lms.setTool({ loginUrl, launchUrl, jwksUrl });
//   const { response } = await lms.launch({ user: { sub: "u1", roles: [LTI_ROLES.learner] }, targetLinkUri: launchUrl });
import crypto from "node:crypto";
import http from "node:http";
import { type CryptoKey, createRemoteJWKSet, exportJWK, generateKeyPair, type JWK, jwtVerify, SignJWT } from "jose";
import {
  allow,
  DL_CLAIM,
  formBody,
  HttpError,
  jsonReply,
  LTI_CLAIM,
  LTI_SCOPES,
  type Reply,
  routeServices,
  type ServiceContext,
} from "./lti-platform-services";

export { LTI_SCOPES, MEDIA } from "./lti-platform-services";

export const LTI_ROLES = {
  learner: "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner",
  instructor: "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
  ta: "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant",
  admin: "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
} as const;

export interface ToolEndpoints {
  loginUrl: string;
  launchUrl: string;
  jwksUrl: string;
  deepLinkUrl?: string;
}

export interface SimUser {
  sub: string;
  name?: string;
  givenName?: string;
  familyName?: string;
  email?: string;
  /** Full role URIs (LTI_ROLES). */
  roles: string[];
}

export interface SimMember extends SimUser {
  status?: "Active" | "Inactive" | "Deleted";
}

export interface LaunchSpec {
  user: SimUser;
  messageType?: "LtiResourceLinkRequest" | "LtiDeepLinkingRequest";
  targetLinkUri: string;
  /** Resource link launches only; default { id: "rl-1" }. */
  resourceLink?: { id: string; title?: string };
  /** Default: the platform's context; null: no context claim. */
  context?: { id: string; label?: string; title?: string } | null;
  custom?: Record<string, string>;
  /** AGS `lineitem`. Default: the resource link's line item (auto-created); null: none (only `lineitems`). */
  lineItemUrl?: string | null;
  ags?: boolean;
  nrps?: boolean;
  deepLinkData?: string;
  /** For negative tests, applied last when the id_token is built. */
  tamper?: {
    /** Merged over the payload; a value of undefined deletes the claim. */
    claims?: Record<string, unknown>;
    kid?: string;
    /** Signs with a key that is not in the JWKS (same kid). */
    signWithRogueKey?: boolean;
    nonce?: string;
    /** Negative: already expired. */
    expiresInSeconds?: number;
  };
}

export interface RecordedScore {
  lineItemUrl: string;
  contentType: string;
  body: Record<string, unknown>;
  at: Date;
}

export interface SimLineItem {
  /** The line item's URL. */
  id: string;
  label: string;
  scoreMaximum: number;
  resourceLinkId?: string;
  resourceId?: string;
  tag?: string;
}

export interface LaunchResult {
  /** The tool's answer to the id_token POST, not followed; its body is already read into `body`. */
  response: Response;
  body: string;
  idToken: string;
  state: string;
  /** Cookies the tool set during login and launch (name → value), and the same as a Cookie header. */
  cookies: Record<string, string>;
  cookieHeader: string;
}

export interface SimulatedPlatform {
  url: string;
  issuer: string;
  clientId: string;
  deploymentId: string;
  authUrl: string;
  tokenUrl: string;
  jwksUrl: string;
  context: { id: string; label: string; title: string };
  lineItemsUrl: string;
  membershipsUrl: string;
  /** The roster NRPS answers with (settable). */
  members: SimMember[];
  scores: RecordedScore[];
  /** Successful token requests, with the verified client assertion's claims. */
  tokenRequests: Array<{ scopes: string[]; assertion: Record<string, unknown> }>;
  deepLinkResponses: Array<{ claims: Record<string, unknown>; jwt: string }>;
  lineItems: SimLineItem[];
  /** When > 0, the next N score POSTs answer 503 (each one decrements it). */
  failScores: number;
  setTool(t: ToolEndpoints): void;
  /** Queues a launch; returns the GET login-initiation URL to the tool's loginUrl that the LMS would open. */
  loginUrl(spec: LaunchSpec): string;
  /** Same login, as the form fields of a POST login initiation. */
  loginForm(spec: LaunchSpec): Record<string, string>;
  /** A whole launch without a browser: GET login → the tool's redirect to /auth → POST id_token and state to the tool. */
  launch(spec: LaunchSpec, opts?: { fetchLogin?: (url: string) => Promise<Response> }): Promise<LaunchResult>;
  /** A signed id_token for `spec` with the given nonce. */
  idToken(spec: LaunchSpec, nonce: string): Promise<string>;
  /** Adds a line item to the context's container; returns its id URL. */
  createLineItem(item: Omit<SimLineItem, "id">): string;
  /** A new signing key with a new kid; the old one stays in the JWKS. */
  rotateKey(): Promise<void>;
  stop(): Promise<void>;
}

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

const COURSE_OFFERING = "http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering";
const JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

async function newKey(): Promise<SigningKey> {
  const { publicKey, privateKey } = await generateKeyPair("RS256");
  const kid = `sim-${crypto.randomBytes(6).toString("hex")}`;
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" } };
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);

/** The auto-submitting form_post page (with a <noscript> button) that hands the id_token to the tool. */
function formPostPage(action: string, fields: Record<string, string>): string {
  const inputs = Object.entries(fields)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join("");
  return (
    `<!doctype html><html><head><meta charset="utf-8"><title>Launching…</title></head><body>` +
    `<form id="lti" method="post" action="${escapeHtml(action)}">${inputs}` +
    `<noscript><button type="submit">Continue</button></noscript></form>` +
    `<script>document.getElementById("lti").submit();</script></body></html>`
  );
}

function absorbCookies(jar: Map<string, string>, response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair, ...attributes] = line.split(";");
    const eq = pair.indexOf("=");
    if (eq < 1) continue;
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    const expired = attributes.some((a) => {
      const [k, v = ""] = a.split("=").map((x) => x.trim());
      return (/^max-age$/i.test(k) && Number(v) <= 0) || (/^expires$/i.test(k) && Date.parse(v) < Date.now());
    });
    if (expired) jar.delete(name);
    else jar.set(name, value);
  }
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

export async function startPlatform(opts: { clientId?: string; deploymentId?: string } = {}): Promise<SimulatedPlatform> {
  const server = http.createServer();
  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (address && typeof address === "object") resolve(address.port);
      else reject(new Error("lti-platform: no port"));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  const context = { id: "sim-course-1", label: "SIM101", title: "Simulated Course 101" };
  const contextUrl = `${url}/contexts/${encodeURIComponent(context.id)}`;
  const keys = [await newKey()];
  let rogueKey: SigningKey | undefined;
  let tool: ToolEndpoints | undefined;
  let toolKeys: ReturnType<typeof createRemoteJWKSet> | undefined;
  const launches = new Map<string, LaunchSpec>(); // by lti_message_hint
  const tokens = new Map<string, { scopes: string[]; expires: number }>();
  const seenJtis = new Set<string>();
  const guid = crypto.randomUUID();

  const platform: SimulatedPlatform = {
    url,
    issuer: url,
    clientId: opts.clientId ?? "kakunin-sim-client",
    deploymentId: opts.deploymentId ?? "sim-deployment-1",
    authUrl: `${url}/auth`,
    tokenUrl: `${url}/token`,
    jwksUrl: `${url}/.well-known/jwks.json`,
    context,
    lineItemsUrl: `${contextUrl}/lineitems`,
    membershipsUrl: `${contextUrl}/memberships`,
    members: [],
    scores: [],
    tokenRequests: [],
    deepLinkResponses: [],
    lineItems: [],
    failScores: 0,
    setTool(t) {
      tool = t;
      // No cool-down: a tool that rotates its key mid-test gets its new kid fetched at once.
      toolKeys = createRemoteJWKSet(new URL(t.jwksUrl), { cooldownDuration: 0 });
    },
    loginUrl(spec) {
      const u = new URL(requireTool().loginUrl);
      for (const [k, v] of Object.entries(platform.loginForm(spec))) u.searchParams.set(k, v);
      return u.toString();
    },
    loginForm(spec) {
      const hint = crypto.randomBytes(12).toString("base64url");
      launches.set(hint, spec);
      return {
        iss: platform.issuer,
        login_hint: spec.user.sub,
        target_link_uri: spec.targetLinkUri,
        lti_message_hint: hint,
        client_id: platform.clientId,
        lti_deployment_id: platform.deploymentId,
      };
    },
    async launch(spec, { fetchLogin = (u: string) => fetch(u, { redirect: "manual" }) } = {}) {
      const jar = new Map<string, string>();
      const loginUrl = platform.loginUrl(spec);
      const login = await fetchLogin(loginUrl);
      absorbCookies(jar, login);
      const location = login.headers.get("location");
      const loginBody = await login.text().catch(() => "");
      if (login.status < 300 || login.status > 399 || !location)
        throw new Error(`lti-platform: the tool's login answered ${login.status} without a redirect: ${loginBody.slice(0, 300)}`);
      const authRequest = new URL(location, loginUrl);
      if (authRequest.origin + authRequest.pathname !== platform.authUrl)
        throw new Error(`lti-platform: the tool's login redirected to ${location}, not to ${platform.authUrl}`);
      const granted = await authorize(authRequest.searchParams).catch((e: Error) => {
        throw new Error(`lti-platform: /auth refused the tool's authentication request: ${e.message}`);
      });
      const response = await fetch(granted.redirectUri, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
        body: new URLSearchParams({ id_token: granted.idToken, state: granted.state }),
      });
      absorbCookies(jar, response);
      const body = await response.text();
      return {
        response,
        body,
        idToken: granted.idToken,
        state: granted.state,
        cookies: Object.fromEntries(jar),
        cookieHeader: cookieHeader(jar),
      };
    },
    idToken: (spec, nonce) => buildIdToken(spec, nonce),
    createLineItem(item) {
      let n = platform.lineItems.length + 1;
      while (platform.lineItems.some((li) => li.id.split("?")[0] === `${platform.lineItemsUrl}/${n}`)) n++;
      const id = `${platform.lineItemsUrl}/${n}`;
      const entry: SimLineItem = { id, ...item };
      for (const k of Object.keys(entry) as Array<keyof SimLineItem>) if (entry[k] === undefined) delete entry[k];
      platform.lineItems.push(entry);
      return id;
    },
    async rotateKey() {
      keys.push(await newKey());
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };

  function requireTool(): ToolEndpoints {
    if (!tool) throw new Error("lti-platform: call setTool() first");
    return tool;
  }

  /** The launch's AGS `lineitem`: the resource link's own line item by default; unknown ones in our container are created. */
  function launchLineItem(spec: LaunchSpec, resourceLink: { id: string; title?: string }): string | undefined {
    if (spec.lineItemUrl === null) return undefined;
    if (spec.lineItemUrl === undefined) {
      const own = platform.lineItems.find((li) => li.resourceLinkId === resourceLink.id);
      return (
        own?.id ??
        platform.createLineItem({
          label: resourceLink.title ?? `Activity ${resourceLink.id}`,
          scoreMaximum: 100,
          resourceLinkId: resourceLink.id,
        })
      );
    }
    const wanted = new URL(spec.lineItemUrl);
    if (wanted.origin === url && wanted.pathname.startsWith(`${new URL(platform.lineItemsUrl).pathname}/`)) {
      if (!platform.lineItems.some((li) => li.id === spec.lineItemUrl)) {
        const label = resourceLink.title ?? `Line item ${wanted.pathname.split("/").pop()}`;
        platform.lineItems.push({ id: spec.lineItemUrl, label, scoreMaximum: 100, resourceLinkId: resourceLink.id });
      }
    }
    return spec.lineItemUrl;
  }

  async function buildIdToken(spec: LaunchSpec, nonce: string): Promise<string> {
    const deepLinking = spec.messageType === "LtiDeepLinkingRequest";
    const now = Math.floor(Date.now() / 1000);
    const { user, tamper = {} } = spec;
    const resourceLink = spec.resourceLink ?? { id: "rl-1" };
    const launchContext = spec.context === undefined ? platform.context : spec.context;
    const payload: Record<string, unknown> = {
      iss: platform.issuer,
      aud: platform.clientId,
      azp: platform.clientId,
      sub: user.sub,
      exp: now + (tamper.expiresInSeconds ?? 300),
      iat: now,
      nonce: tamper.nonce ?? nonce,
      name: user.name,
      given_name: user.givenName,
      family_name: user.familyName,
      email: user.email,
      [`${LTI_CLAIM}message_type`]: spec.messageType ?? "LtiResourceLinkRequest",
      [`${LTI_CLAIM}version`]: "1.3.0",
      [`${LTI_CLAIM}deployment_id`]: platform.deploymentId,
      [`${LTI_CLAIM}target_link_uri`]: spec.targetLinkUri,
      [`${LTI_CLAIM}resource_link`]: deepLinking ? undefined : resourceLink,
      [`${LTI_CLAIM}roles`]: user.roles,
      [`${LTI_CLAIM}context`]: launchContext ? { ...launchContext, type: [COURSE_OFFERING] } : undefined,
      [`${LTI_CLAIM}custom`]: spec.custom,
      [`${LTI_CLAIM}launch_presentation`]: { document_target: "iframe", return_url: `${url}/return` },
      [`${LTI_CLAIM}tool_platform`]: { guid, name: "Kakunin LTI simulator", product_family_code: "kakunin-sim" },
    };
    if (spec.ags !== false)
      payload["https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"] = {
        scope: [LTI_SCOPES.lineItem, LTI_SCOPES.lineItemReadonly, LTI_SCOPES.resultReadonly, LTI_SCOPES.score],
        lineitems: platform.lineItemsUrl,
        lineitem: deepLinking ? undefined : launchLineItem(spec, resourceLink),
      };
    if (spec.nrps !== false)
      payload["https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice"] = {
        context_memberships_url: platform.membershipsUrl,
        service_versions: ["2.0"],
      };
    if (deepLinking) {
      if (spec.deepLinkData === undefined) services.deepLinkData.without++;
      else services.deepLinkData.sent.add(spec.deepLinkData);
      payload[`${DL_CLAIM}deep_linking_settings`] = {
        deep_link_return_url: `${url}/deep-link-return`,
        accept_types: ["ltiResourceLink"],
        accept_presentation_document_targets: ["iframe", "window"],
        accept_multiple: true,
        auto_create: true,
        data: spec.deepLinkData,
      };
    }
    Object.assign(payload, tamper.claims);
    for (const k of Object.keys(payload)) if (payload[k] === undefined) delete payload[k];
    const key = tamper.signWithRogueKey ? (rogueKey ??= await newKey()) : keys[keys.length - 1];
    return new SignJWT(payload)
      .setProtectedHeader({ alg: "RS256", kid: tamper.kid ?? keys[keys.length - 1].kid, typ: "JWT" })
      .sign(key.privateKey);
  }

  /** The OIDC authentication request (LTI 1.3 Core §5.1.1.2) with the checks a platform makes. */
  async function authorize(p: URLSearchParams): Promise<{ redirectUri: string; idToken: string; state: string }> {
    const t = tool;
    if (!t) throw new HttpError(400, "no tool registered (setTool)");
    const fixed = { scope: "openid", response_type: "id_token", response_mode: "form_post", prompt: "none", client_id: platform.clientId };
    for (const [k, want] of Object.entries(fixed))
      if (p.get(k) !== want) throw new HttpError(400, `${k} must be "${want}" (got ${JSON.stringify(p.get(k))})`);
    const spec = launches.get(p.get("lti_message_hint") ?? "");
    if (!spec) throw new HttpError(400, "lti_message_hint is missing or names no queued launch");
    if (p.get("login_hint") !== spec.user.sub) throw new HttpError(400, "login_hint does not match the login initiation");
    const deepLinking = spec.messageType === "LtiDeepLinkingRequest";
    const redirectUri = deepLinking ? (t.deepLinkUrl ?? t.launchUrl) : t.launchUrl;
    if (p.get("redirect_uri") !== redirectUri) throw new HttpError(400, `redirect_uri must be the registered ${redirectUri}`);
    const state = p.get("state");
    const nonce = p.get("nonce");
    if (!state) throw new HttpError(400, "state is missing");
    if (!nonce) throw new HttpError(400, "nonce is missing");
    return { redirectUri, idToken: await buildIdToken(spec, nonce), state };
  }

  /** The client-credentials grant with a JWT client assertion (1EdTech Security Framework §4.1, RFC 7523). */
  async function token(p: URLSearchParams): Promise<Reply> {
    const fail = (status: number, error: string, description: string) =>
      new HttpError(status, description, {}, { error, error_description: description });
    if (p.get("grant_type") !== "client_credentials") throw fail(400, "unsupported_grant_type", "grant_type must be client_credentials");
    if (p.get("client_assertion_type") !== JWT_BEARER) throw fail(400, "invalid_request", `client_assertion_type must be ${JWT_BEARER}`);
    const assertion = p.get("client_assertion");
    if (!assertion) throw fail(400, "invalid_request", "client_assertion is missing");
    if (!toolKeys) throw fail(401, "invalid_client", "no tool registered (setTool)");
    let claims: Record<string, unknown>;
    try {
      ({ payload: claims } = await jwtVerify(assertion, toolKeys, {
        algorithms: ["RS256"],
        issuer: platform.clientId,
        subject: platform.clientId,
        audience: [platform.tokenUrl, platform.issuer],
        requiredClaims: ["iat", "exp", "jti"],
      }));
    } catch (e) {
      throw fail(401, "invalid_client", `client_assertion rejected: ${(e as Error).message}`);
    }
    if (typeof claims.jti !== "string" || !claims.jti) throw fail(401, "invalid_client", "jti must be a non-empty string");
    if (seenJtis.has(claims.jti)) throw fail(400, "invalid_grant", "client_assertion jti was used before");
    seenJtis.add(claims.jti);
    const scopes = (p.get("scope") ?? "").split(" ").filter(Boolean);
    const known: string[] = Object.values(LTI_SCOPES);
    if (scopes.length === 0) throw fail(400, "invalid_scope", "scope is missing");
    const unknown = scopes.find((s) => !known.includes(s));
    if (unknown) throw fail(400, "invalid_scope", `unknown scope ${unknown}`);
    const accessToken = crypto.randomBytes(24).toString("base64url");
    tokens.set(accessToken, { scopes, expires: Date.now() + 3600_000 });
    platform.tokenRequests.push({ scopes, assertion: claims });
    const granted = { access_token: accessToken, token_type: "Bearer", expires_in: 3600, scope: scopes.join(" ") };
    return jsonReply(200, granted, "application/json", { "cache-control": "no-store" });
  }

  const services: ServiceContext = {
    platform,
    toolKeys: () => toolKeys,
    deepLinkData: { sent: new Set(), without: 0 },
    deepLinkNonces: new Set(),
    requireScope(req, anyOf) {
      const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
      const granted = bearer ? tokens.get(bearer) : undefined;
      if (!granted || granted.expires < Date.now())
        throw new HttpError(401, "a valid bearer token is required", { "www-authenticate": 'Bearer error="invalid_token"' });
      if (!anyOf.some((s) => granted.scopes.includes(s)))
        throw new HttpError(403, `the token lacks the scope ${anyOf.join(" or ")}`, {
          "www-authenticate": 'Bearer error="insufficient_scope"',
        });
    },
  };

  async function handle(req: http.IncomingMessage): Promise<Reply> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size <= 1_000_000) chunks.push(chunk); // read on past the limit: leaving the loop would destroy the socket
    }
    if (size > 1_000_000) throw new HttpError(413, "request body too large");
    const body = Buffer.concat(chunks).toString("utf8");
    const method = req.method ?? "GET";
    let u: URL;
    try {
      u = new URL(req.url ?? "/", url);
    } catch {
      throw new HttpError(400, "malformed request target");
    }
    switch (u.pathname) {
      case "/.well-known/jwks.json":
        allow(method, "GET");
        return jsonReply(200, { keys: keys.map((k) => k.jwk) });
      case "/auth": {
        allow(method, "GET", "POST");
        const granted = await authorize(method === "GET" ? u.searchParams : formBody(req, body));
        const html = formPostPage(granted.redirectUri, { id_token: granted.idToken, state: granted.state });
        return { status: 200, type: "text/html; charset=utf-8", body: html, headers: { "cache-control": "no-store" } };
      }
      case "/token":
        allow(method, "POST");
        return token(formBody(req, body));
      case "/return":
        return { status: 200, type: "text/html; charset=utf-8", body: "<!doctype html><title>LMS</title><p>Back in the LMS.</p>" };
      case "/course": {
        // An LMS course page that opens the tool inside an iframe, as Moodle and Canvas do (?launch=<login URL>).
        const launch = u.searchParams.get("launch") ?? "";
        if (!/^https?:\/\//.test(launch)) throw new HttpError(400, "launch must be an http(s) URL");
        const page = `<!doctype html><html><head><meta charset="utf-8"><title>LMS course</title></head><body><h1>LMS course</h1>
<iframe name="tool" title="Kakunin" src="${escapeHtml(launch)}" style="width:1200px;height:820px;border:1px solid #999"></iframe></body></html>`;
        return { status: 200, type: "text/html; charset=utf-8", body: page };
      }
    }
    return (await routeServices(services, req, u, body)) ?? new HttpError(404, `not found: ${u.pathname}`).reply();
  }

  server.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
    const send = (r: Reply) => {
      if (res.headersSent) return;
      res.writeHead(r.status, { ...(r.type ? { "content-type": r.type } : {}), ...r.headers });
      res.end(r.body ?? "");
    };
    handle(req).then(send, (e: unknown) =>
      send(e instanceof HttpError ? e.reply() : { status: 500, type: "text/plain", body: `lti-platform: ${(e as Error)?.stack ?? e}\n` }),
    );
  });
  return platform;
}
