// The service endpoints of the simulated LTI platform (tests/helpers/lti-platform.ts): Assignment and Grade Services
// 2.0 (line items, scores, results), Names and Role Provisioning Services 2.0 (memberships) and the Deep Linking 2.0
// return URL, with the checks a strict LMS makes. Also the small HTTP plumbing both files share.
import type http from "node:http";
import { type JWTPayload, type JWTVerifyGetKey, jwtVerify } from "jose";
import type { SimLineItem, SimMember, SimulatedPlatform } from "./lti-platform";

export const LTI_SCOPES = {
  lineItem: "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
  lineItemReadonly: "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
  resultReadonly: "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
  score: "https://purl.imsglobal.org/spec/lti-ags/scope/score",
  memberships: "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
} as const;

export const MEDIA = {
  lineItem: "application/vnd.ims.lis.v2.lineitem+json",
  lineItems: "application/vnd.ims.lis.v2.lineitemcontainer+json",
  score: "application/vnd.ims.lis.v1.score+json",
  results: "application/vnd.ims.lis.v2.resultcontainer+json",
  memberships: "application/vnd.ims.lti-nrps.v2.membershipcontainer+json",
} as const;

export const LTI_CLAIM = "https://purl.imsglobal.org/spec/lti/claim/";
export const DL_CLAIM = "https://purl.imsglobal.org/spec/lti-dl/claim/";

export interface Reply {
  status: number;
  type?: string;
  body?: string;
  headers?: Record<string, string>;
}

/** A 4xx/5xx answer; `json` replaces the plain-text message as the body (OAuth errors). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly json?: object,
  ) {
    super(message);
  }
  reply(): Reply {
    if (this.json) return { status: this.status, type: "application/json", body: JSON.stringify(this.json), headers: this.headers };
    return { status: this.status, type: "text/plain; charset=utf-8", body: `${this.message}\n`, headers: this.headers };
  }
}

export const jsonReply = (status: number, value: unknown, type = "application/json", headers?: Record<string, string>): Reply => ({
  status,
  type,
  body: JSON.stringify(value),
  headers,
});

export function allow(method: string, ...methods: string[]): void {
  if (!methods.includes(method)) throw new HttpError(405, `method ${method} not allowed here`, { allow: methods.join(", ") });
}

/** The media type of the request body, without parameters (charset), lower-cased. */
export const mediaType = (req: http.IncomingMessage): string => (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();

export function formBody(req: http.IncomingMessage, body: string): URLSearchParams {
  if (mediaType(req) !== "application/x-www-form-urlencoded")
    throw new HttpError(415, "Content-Type must be application/x-www-form-urlencoded");
  return new URLSearchParams(body);
}

function jsonObject(body: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new HttpError(400, "the body is not valid JSON");
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new HttpError(400, "the body must be a JSON object");
  return value as Record<string, unknown>;
}

/** 406 unless the Accept header allows `type` (strict: it must name `type` itself; otherwise wildcards and JSON do). */
function negotiate(req: http.IncomingMessage, type: string, strict: boolean): void {
  const accept = req.headers.accept;
  if (!accept && !strict) return;
  const types = (accept ?? "").split(",").map((t) => t.split(";")[0].trim().toLowerCase());
  const ok = types.includes(type) || (!strict && types.some((t) => t === "*/*" || t === "application/*" || t === "application/json"));
  if (!ok) throw new HttpError(406, `Accept must include ${type}`);
}

/** `limit`/`offset` paging with an RFC 8288 `Link: <…>; rel="next"` header while more remain. */
function paged<T>(all: T[], u: URL, defaultLimit: number): { items: T[]; headers: Record<string, string> } {
  const int = (name: string, fallback: number, min: number): number => {
    const raw = u.searchParams.get(name);
    if (raw === null) return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min) throw new HttpError(400, `${name} must be an integer ≥ ${min}`);
    return Number(raw);
  };
  const limit = int("limit", defaultLimit, 1);
  const offset = int("offset", 0, 0);
  const items = all.slice(offset, offset + limit);
  if (offset + limit >= all.length) return { items, headers: {} };
  const next = new URL(u);
  next.searchParams.set("limit", String(limit));
  next.searchParams.set("offset", String(offset + limit));
  return { items, headers: { link: `<${next}>; rel="next"` } };
}

export interface ServiceContext {
  platform: SimulatedPlatform;
  /** 401 without a valid bearer token, 403 when the token has none of `anyOf`. */
  requireScope(req: http.IncomingMessage, anyOf: string[]): void;
  /** The tool's JWKS (undefined before setTool). */
  toolKeys(): JWTVerifyGetKey | undefined;
  /** The `data` values sent in deep linking requests, and how many were sent without. */
  deepLinkData: { sent: Set<string>; without: number };
  deepLinkNonces: Set<string>;
}

/** Answers the service endpoints; undefined when `u` is none of them. */
export async function routeServices(ctx: ServiceContext, req: http.IncomingMessage, u: URL, body: string): Promise<Reply | undefined> {
  const { platform } = ctx;
  const method = req.method ?? "GET";
  const itemsPath = new URL(platform.lineItemsUrl).pathname;
  if (u.pathname === "/deep-link-return") {
    allow(method, "POST");
    return deepLinkReturn(ctx, req, body);
  }
  if (u.pathname === new URL(platform.membershipsUrl).pathname) {
    allow(method, "GET");
    return memberships(ctx, req, u);
  }
  if (u.pathname === itemsPath) {
    allow(method, "GET", "POST");
    return method === "GET" ? listLineItems(ctx, req, u) : postLineItem(ctx, req, body);
  }
  if (!u.pathname.startsWith(`${itemsPath}/`)) return undefined;
  const [segment, sub, ...rest] = u.pathname.slice(itemsPath.length + 1).split("/");
  // The query string is part of a line item's id URL (LMSs such as Moodle put one there): keep it, or 404.
  const item = platform.lineItems.find((li) => {
    const id = new URL(li.id);
    return id.pathname === `${itemsPath}/${segment}` && [...id.searchParams].every(([k, v]) => u.searchParams.get(k) === v);
  });
  if (!item || rest.length > 0) throw new HttpError(404, `no line item at ${u.pathname}${u.search}`);
  if (sub === undefined) {
    allow(method, "GET");
    ctx.requireScope(req, [LTI_SCOPES.lineItem, LTI_SCOPES.lineItemReadonly]);
    negotiate(req, MEDIA.lineItem, false);
    return jsonReply(200, item, MEDIA.lineItem);
  }
  if (sub === "scores") {
    allow(method, "POST");
    return postScore(ctx, req, item, body);
  }
  if (sub === "results") {
    allow(method, "GET");
    return results(ctx, req, item, u);
  }
  throw new HttpError(404, `no such line item service: ${sub}`);
}

function listLineItems(ctx: ServiceContext, req: http.IncomingMessage, u: URL): Reply {
  ctx.requireScope(req, [LTI_SCOPES.lineItem, LTI_SCOPES.lineItemReadonly]);
  negotiate(req, MEDIA.lineItems, false);
  const q = u.searchParams;
  const matching = ctx.platform.lineItems.filter(
    (li) =>
      (!q.has("resource_link_id") || li.resourceLinkId === q.get("resource_link_id")) &&
      (!q.has("resource_id") || li.resourceId === q.get("resource_id")) &&
      (!q.has("tag") || li.tag === q.get("tag")),
  );
  const { items, headers } = paged(matching, u, Number.POSITIVE_INFINITY);
  return jsonReply(200, items, MEDIA.lineItems, headers);
}

const optionalString = (v: unknown): boolean => v === undefined || typeof v === "string";

function postLineItem(ctx: ServiceContext, req: http.IncomingMessage, body: string): Reply {
  ctx.requireScope(req, [LTI_SCOPES.lineItem]);
  if (mediaType(req) !== MEDIA.lineItem) throw new HttpError(415, `Content-Type must be ${MEDIA.lineItem}`);
  const b = jsonObject(body);
  if (typeof b.label !== "string" || !b.label.trim()) throw new HttpError(400, "label must be a non-empty string");
  if (typeof b.scoreMaximum !== "number" || !(b.scoreMaximum > 0) || !Number.isFinite(b.scoreMaximum))
    throw new HttpError(400, "scoreMaximum must be a number > 0");
  for (const k of ["resourceLinkId", "resourceId", "tag"]) if (!optionalString(b[k])) throw new HttpError(400, `${k} must be a string`);
  const id = ctx.platform.createLineItem({
    label: b.label,
    scoreMaximum: b.scoreMaximum,
    resourceLinkId: b.resourceLinkId as string | undefined,
    resourceId: b.resourceId as string | undefined,
    tag: b.tag as string | undefined,
  });
  const item = ctx.platform.lineItems.find((li) => li.id === id);
  return jsonReply(201, item, MEDIA.lineItem, { location: id });
}

const ACTIVITY = ["Initialized", "Started", "InProgress", "Submitted", "Completed"];
const GRADING = ["FullyGraded", "Pending", "PendingManual", "Failed", "NotReady"];
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function scoreProblem(s: Record<string, unknown>): string | undefined {
  const positive = (v: unknown) => typeof v === "number" && Number.isFinite(v) && v > 0;
  if (typeof s.userId !== "string" || !s.userId) return "userId must be a non-empty string";
  if (typeof s.timestamp !== "string" || !ISO_WITH_ZONE.test(s.timestamp) || Number.isNaN(Date.parse(s.timestamp)))
    return "timestamp must be an ISO 8601 date-time with seconds and a time zone";
  if (!ACTIVITY.includes(s.activityProgress as string)) return `activityProgress must be one of ${ACTIVITY.join(", ")}`;
  if (!GRADING.includes(s.gradingProgress as string)) return `gradingProgress must be one of ${GRADING.join(", ")}`;
  if (s.scoreGiven !== undefined) {
    if (typeof s.scoreGiven !== "number" || !Number.isFinite(s.scoreGiven) || s.scoreGiven < 0) return "scoreGiven must be a number ≥ 0";
    if (!positive(s.scoreMaximum)) return "scoreGiven requires scoreMaximum > 0";
  } else if (s.scoreMaximum !== undefined && !positive(s.scoreMaximum)) return "scoreMaximum must be a number > 0";
  if (!optionalString(s.comment)) return "comment must be a string";
  return undefined;
}

function postScore(ctx: ServiceContext, req: http.IncomingMessage, item: SimLineItem, body: string): Reply {
  const { platform } = ctx;
  if (platform.failScores > 0) {
    platform.failScores--;
    throw new HttpError(503, "simulated outage (failScores)", { "retry-after": "1" });
  }
  ctx.requireScope(req, [LTI_SCOPES.score]);
  if (mediaType(req) !== MEDIA.score) throw new HttpError(415, `Content-Type must be ${MEDIA.score}`);
  const score = jsonObject(body);
  const problem = scoreProblem(score);
  if (problem) throw new HttpError(400, problem);
  const at = Date.parse(score.timestamp as string);
  const earlier = platform.scores.filter((s) => s.lineItemUrl === item.id && s.body.userId === score.userId);
  if (earlier.some((s) => Date.parse(s.body.timestamp as string) > at))
    throw new HttpError(409, "timestamp is older than the last score accepted for this user and line item");
  platform.scores.push({ lineItemUrl: item.id, contentType: req.headers["content-type"] ?? "", body: score, at: new Date() });
  return { status: 200 };
}

/** The latest score of each user, as AGS results (resultScore scaled to the line item's scoreMaximum). */
function results(ctx: ServiceContext, req: http.IncomingMessage, item: SimLineItem, u: URL): Reply {
  ctx.requireScope(req, [LTI_SCOPES.resultReadonly]);
  negotiate(req, MEDIA.results, false);
  const latest = new Map<string, Record<string, unknown>>();
  for (const s of ctx.platform.scores) if (s.lineItemUrl === item.id) latest.set(s.body.userId as string, s.body);
  const base = item.id.split("?")[0];
  const all = [...latest]
    .filter(([userId]) => !u.searchParams.has("user_id") || userId === u.searchParams.get("user_id"))
    .map(([userId, b]) => ({
      id: `${base}/results/${encodeURIComponent(userId)}`,
      scoreOf: item.id,
      userId,
      resultScore: typeof b.scoreGiven === "number" ? (b.scoreGiven / (b.scoreMaximum as number)) * item.scoreMaximum : undefined,
      resultMaximum: item.scoreMaximum,
      comment: b.comment,
    }));
  const { items, headers } = paged(all, u, Number.POSITIVE_INFINITY);
  return jsonReply(200, items, MEDIA.results, headers);
}

function memberships(ctx: ServiceContext, req: http.IncomingMessage, u: URL): Reply {
  const { platform } = ctx;
  ctx.requireScope(req, [LTI_SCOPES.memberships]);
  negotiate(req, MEDIA.memberships, true);
  const role = u.searchParams.get("role");
  const wanted = platform.members.filter((m) => !role || m.roles.some((r) => r === role || r.endsWith(`#${role}`)));
  const { items, headers } = paged(wanted, u, 2);
  const member = (m: SimMember) => ({
    user_id: m.sub,
    roles: m.roles,
    name: m.name,
    given_name: m.givenName,
    family_name: m.familyName,
    email: m.email,
    status: m.status ?? "Active",
  });
  return jsonReply(200, { id: platform.membershipsUrl, context: platform.context, members: items.map(member) }, MEDIA.memberships, headers);
}

async function deepLinkReturn(ctx: ServiceContext, req: http.IncomingMessage, body: string): Promise<Reply> {
  const { platform } = ctx;
  const jwt = formBody(req, body).get("JWT");
  if (!jwt) throw new HttpError(400, "form field JWT is missing");
  const keys = ctx.toolKeys();
  if (!keys) throw new HttpError(400, "no tool registered (setTool)");
  let claims: JWTPayload;
  try {
    ({ payload: claims } = await jwtVerify(jwt, keys, {
      algorithms: ["RS256"],
      issuer: platform.clientId,
      audience: platform.issuer,
      requiredClaims: ["iat", "exp", "nonce"],
    }));
  } catch (e) {
    throw new HttpError(400, `JWT rejected: ${(e as Error).message}`);
  }
  const check = (ok: boolean, problem: string) => {
    if (!ok) throw new HttpError(400, problem);
  };
  check(claims[`${LTI_CLAIM}message_type`] === "LtiDeepLinkingResponse", "message_type must be LtiDeepLinkingResponse");
  check(claims[`${LTI_CLAIM}version`] === "1.3.0", "version must be 1.3.0");
  check(claims[`${LTI_CLAIM}deployment_id`] === platform.deploymentId, `deployment_id must be ${platform.deploymentId}`);
  check(typeof claims.nonce === "string" && !ctx.deepLinkNonces.has(claims.nonce), "nonce must be a string not used before");
  const data = claims[`${DL_CLAIM}data`];
  if (data === undefined) check(ctx.deepLinkData.without > 0, "data is missing: the deep linking request carried data");
  else check(typeof data === "string" && ctx.deepLinkData.sent.has(data), "data does not match the deep linking request's");
  const items = claims[`${DL_CLAIM}content_items`];
  check(Array.isArray(items), "content_items must be an array");
  const lineItems: Array<Omit<SimLineItem, "id">> = [];
  for (const [i, raw] of (items as unknown[]).entries()) {
    const item = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
    check(item.type === "ltiResourceLink", `content_items[${i}].type must be ltiResourceLink (the only accept_type)`);
    check(
      optionalString(item.url) && (item.url === undefined || URL.canParse(item.url as string)),
      `content_items[${i}].url must be a URL`,
    );
    check(optionalString(item.title), `content_items[${i}].title must be a string`);
    const custom = item.custom;
    check(
      custom === undefined || (!!custom && typeof custom === "object" && Object.values(custom).every((v) => typeof v === "string")),
      `content_items[${i}].custom must map names to strings`,
    );
    if (item.lineItem === undefined) continue;
    const li = (item.lineItem && typeof item.lineItem === "object" ? item.lineItem : {}) as Record<string, unknown>;
    const max = li.scoreMaximum;
    check(typeof max === "number" && Number.isFinite(max) && max > 0, `content_items[${i}].lineItem.scoreMaximum must be a number > 0`);
    check(optionalString(li.label) && optionalString(li.resourceId) && optionalString(li.tag), `content_items[${i}].lineItem: bad field`);
    lineItems.push({
      label: (li.label ?? item.title ?? "Untitled") as string,
      scoreMaximum: max as number,
      resourceId: li.resourceId as string | undefined,
      tag: li.tag as string | undefined,
    });
  }
  ctx.deepLinkNonces.add(claims.nonce as string);
  for (const li of lineItems) platform.createLineItem(li);
  platform.deepLinkResponses.push({ claims, jwt });
  const n = (items as unknown[]).length;
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Deep linking</title></head><body>
<p>Deep linking received: ${n} item(s)</p></body></html>`;
  return { status: 200, type: "text/html; charset=utf-8", body: html };
}
