// Checking a launch (LTI 1.3 Core §5, 1EdTech Security Framework §5.1.3): the state is ours, unused and fresh; the
// id_token is signed by a key of the platform's JWKS (cached, refetched on an unknown kid), for our client id, from
// the registered issuer, not expired; its nonce is the login's; its deployment is registered; and it is an LTI 1.3
// message Kakunin handles. Every failure is an LtiError naming the check; nothing is written except the state's use.
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type JWTPayload } from "jose";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { CLAIM, LTI_VERSION, MESSAGE } from "./claims";
import { LtiError } from "./errors";

export const CLOCK_SKEW_S = 60;
const ALGORITHMS = ["RS256", "RS384", "RS512"];

type Jwks = ReturnType<typeof createRemoteJWKSet>;
const jwksCache = new Map<string, Jwks>();

/** The platform's key set, fetched on first use and again (at most every 2 s) when a token names an unknown kid. */
export function platformJwks(url: string): Jwks {
  let jwks = jwksCache.get(url);
  if (!jwks) {
    jwks = createRemoteJWKSet(new URL(url), { cooldownDuration: 2_000, cacheMaxAge: 10 * 60_000, timeoutDuration: 5_000 });
    jwksCache.set(url, jwks);
  }
  return jwks;
}

export interface LaunchContext {
  id: string;
  label?: string;
  title?: string;
}

export interface VerifiedLaunch {
  platform: { id: string; issuer: string; clientId: string; authLoginUrl: string; accessTokenUrl: string; name: string };
  deploymentId: string;
  messageType: (typeof MESSAGE)["resourceLink" | "deepLinking"];
  sub: string;
  name: string;
  email: string | null;
  locale: string | null;
  roles: string[];
  context: LaunchContext | null;
  resourceLink: { id: string; title?: string } | null;
  custom: Record<string, string>;
  targetLinkUri: string;
  ags: { scope: string[]; lineitem?: string; lineitems?: string } | null;
  nrps: { contextMembershipsUrl: string } | null;
  deepLinking: { returnUrl: string; data?: string; acceptMultiple: boolean; acceptTypes: string[] } | null;
  returnUrl: string | null;
}

export interface LaunchForm {
  id_token?: string;
  state?: string;
  error?: string;
  error_description?: string;
}

async function consumeState(db: PrismaClient, state: string, now: Date) {
  const claimed = await db.ltiLoginState.updateMany({ where: { state, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  const row = await db.ltiLoginState.findUnique({ where: { state }, include: { platform: true } });
  if (!row) throw new LtiError("state", "This launch's state is unknown: start the activity again from the LMS.");
  if (claimed.count === 0) {
    throw new LtiError(
      "state",
      row.usedAt
        ? "This launch's state was already used (a launch can be sent only once)."
        : "This launch's state has expired: start the activity again from the LMS.",
    );
  }
  return row;
}

function joseFailure(error: unknown, jwksUrl: string, kid: string | undefined): LtiError {
  const code = (error as { code?: string }).code ?? "";
  const claim = (error as { claim?: string }).claim;
  switch (code) {
    case "ERR_JWKS_NO_MATCHING_KEY":
      return new LtiError("kid", `The platform's key set (${jwksUrl}) has no key with kid "${kid ?? ""}".`);
    case "ERR_JWS_SIGNATURE_VERIFICATION_FAILED":
      return new LtiError("signature", "The id_token's signature does not verify with the platform's key.");
    case "ERR_JWT_EXPIRED":
      return new LtiError("expiry", "The id_token has expired.");
    case "ERR_JOSE_ALG_NOT_ALLOWED":
      return new LtiError("signature", `The id_token is not signed with ${ALGORITHMS.join("/")}.`);
    case "ERR_JWT_CLAIM_VALIDATION_FAILED":
      if (claim === "iss") return new LtiError("issuer", "The id_token's issuer (iss) is not the registered platform's.");
      if (claim === "aud") return new LtiError("audience", "The id_token is not addressed to Kakunin's client id (aud).");
      if (claim === "iat" || claim === "nbf" || claim === "exp")
        return new LtiError("expiry", `The id_token's ${claim} is not acceptable (clock skew beyond ${CLOCK_SKEW_S} s?).`);
      return new LtiError("claims", `The id_token's claim ${claim ?? ""} is missing or invalid.`);
    case "ERR_JWKS_TIMEOUT":
    case "ERR_JOSE_GENERIC":
    case "ERR_JWKS_INVALID":
      return new LtiError("platform", `The platform's key set (${jwksUrl}) could not be read.`, 502);
    default:
      if (error instanceof TypeError) return new LtiError("platform", `The platform's key set (${jwksUrl}) could not be fetched.`, 502);
      return new LtiError("signature", "The id_token is not a valid signed JWT.");
  }
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const obj = (v: unknown): Record<string, unknown> | null =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

export async function verifyLaunch(db: PrismaClient, form: LaunchForm, now = new Date()): Promise<VerifiedLaunch> {
  if (form.error) {
    throw new LtiError(
      "request",
      `The LMS refused the login: ${form.error}${form.error_description ? ` (${form.error_description})` : ""}.`,
    );
  }
  if (!form.state || !form.id_token) throw new LtiError("request", "The launch lacks its id_token or state.");
  const login = await consumeState(db, form.state, now);
  const platform = login.platform;
  let kid: string | undefined;
  try {
    kid = decodeProtectedHeader(form.id_token).kid;
  } catch {
    throw new LtiError("signature", "The id_token is not a JWT.");
  }
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(form.id_token, platformJwks(platform.jwksUrl), {
      issuer: platform.issuer,
      audience: platform.clientId,
      algorithms: ALGORITHMS,
      clockTolerance: CLOCK_SKEW_S,
      requiredClaims: ["iat", "exp"],
      currentDate: now,
    }));
  } catch (error) {
    throw joseFailure(error, platform.jwksUrl, kid);
  }
  return readClaims(db, payload, platform, login.nonce);
}

async function readClaims(
  db: PrismaClient,
  p: JWTPayload,
  platform: VerifiedLaunch["platform"] & { id: string },
  nonce: string,
): Promise<VerifiedLaunch> {
  const aud = Array.isArray(p.aud) ? p.aud : [p.aud];
  if ((aud.length > 1 || p.azp !== undefined) && p.azp !== platform.clientId) {
    throw new LtiError("audience", "The id_token's authorized party (azp) is not Kakunin's client id.");
  }
  if (p.nonce !== nonce) throw new LtiError("nonce", "The id_token's nonce is not this login's (a replayed token?).");
  const deploymentId = str(p[CLAIM.deploymentId]);
  if (!deploymentId) throw new LtiError("deployment", "The id_token has no deployment_id.");
  const deployment = await db.ltiDeployment.findUnique({ where: { platformId_deploymentId: { platformId: platform.id, deploymentId } } });
  if (!deployment) throw new LtiError("deployment", `Deployment ${deploymentId} is not registered for this LMS.`);
  if (p[CLAIM.version] !== LTI_VERSION) throw new LtiError("version", `The launch is not LTI ${LTI_VERSION}.`);
  const messageType = p[CLAIM.messageType];
  if (messageType !== MESSAGE.resourceLink && messageType !== MESSAGE.deepLinking) {
    throw new LtiError("message_type", `Kakunin does not handle LTI messages of type "${String(messageType)}".`);
  }
  const sub = str(p.sub);
  if (!sub) throw new LtiError("claims", "The launch is anonymous (no sub): Kakunin needs to know who the learner is.");
  const roles = p[CLAIM.roles];
  if (!Array.isArray(roles)) throw new LtiError("claims", "The launch has no roles claim.");
  const rl = obj(p[CLAIM.resourceLink]);
  if (messageType === MESSAGE.resourceLink && !str(rl?.id)) throw new LtiError("claims", "The launch has no resource_link id.");
  const dl = obj(p[CLAIM.deepLinkingSettings]);
  if (messageType === MESSAGE.deepLinking && !str(dl?.deep_link_return_url)) {
    throw new LtiError("claims", "The deep-linking request has no deep_link_return_url.");
  }
  const ctx = obj(p[CLAIM.context]);
  const ags = obj(p[CLAIM.ags]);
  const nrps = obj(p[CLAIM.nrps]);
  const custom = obj(p[CLAIM.custom]) ?? {};
  const presentation = obj(p[CLAIM.launchPresentation]);
  const given = [str(p.given_name), str(p.family_name)].filter(Boolean).join(" ");
  return {
    platform,
    deploymentId,
    messageType,
    sub,
    name: (str(p.name) ?? given) || "LMS user",
    email: str(p.email) ?? null,
    locale: str(presentation?.locale) ?? str(p.locale) ?? null,
    roles: roles.filter((r): r is string => typeof r === "string"),
    context: str(ctx?.id) ? { id: str(ctx!.id)!, label: str(ctx!.label), title: str(ctx!.title) } : null,
    resourceLink: rl && str(rl.id) ? { id: str(rl.id)!, title: str(rl.title) } : null,
    custom: Object.fromEntries(Object.entries(custom).filter((e): e is [string, string] => typeof e[1] === "string")),
    targetLinkUri: str(p[CLAIM.targetLinkUri]) ?? "",
    ags: ags
      ? {
          scope: Array.isArray(ags.scope) ? ags.scope.filter((s): s is string => typeof s === "string") : [],
          lineitem: str(ags.lineitem),
          lineitems: str(ags.lineitems),
        }
      : null,
    nrps: nrps && str(nrps.context_memberships_url) ? { contextMembershipsUrl: str(nrps.context_memberships_url)! } : null,
    deepLinking: dl
      ? {
          returnUrl: str(dl.deep_link_return_url)!,
          data: str(dl.data),
          acceptMultiple: dl.accept_multiple !== false,
          acceptTypes: Array.isArray(dl.accept_types) ? dl.accept_types.filter((s): s is string => typeof s === "string") : [],
        }
      : null,
    returnUrl: str(presentation?.return_url) ?? null,
  };
}
