// OAuth 2.0 client credentials with a signed JWT assertion (1EdTech Security Framework §4.1): the access token Kakunin
// uses for a platform's services (AGS scores and line items, NRPS memberships), cached per platform and scope set
// until a minute before it expires.
import crypto from "node:crypto";
import { SignJWT } from "jose";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { LtiError } from "./errors";
import { ALG, signingKey, TOKEN_LIFETIME_S } from "./keys";

export interface ServicePlatform {
  id: string;
  clientId: string;
  accessTokenUrl: string;
}

const cache = new Map<string, { token: string; expiresAt: number }>();
const REFRESH_MARGIN_MS = 60_000;
export const SERVICE_TIMEOUT_MS = 10_000;

export function forgetToken(platformId: string, scopes: string[]): void {
  cache.delete(`${platformId} ${[...scopes].sort().join(" ")}`);
}

export async function accessToken(db: PrismaClient, platform: ServicePlatform, scopes: string[], now = Date.now()): Promise<string> {
  const key = `${platform.id} ${[...scopes].sort().join(" ")}`;
  const hit = cache.get(key);
  if (hit && hit.expiresAt - REFRESH_MARGIN_MS > now) return hit.token;
  const signer = await signingKey(db);
  const iat = Math.floor(now / 1000);
  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg: ALG, kid: signer.kid, typ: "JWT" })
    .setIssuer(platform.clientId)
    .setSubject(platform.clientId)
    .setAudience(platform.accessTokenUrl)
    .setIssuedAt(iat)
    .setExpirationTime(iat + TOKEN_LIFETIME_S)
    .setJti(crypto.randomUUID())
    .sign(signer.key);
  const body = new URLSearchParams({
    grant_type: "client_credentials",
    client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
    client_assertion: assertion,
    scope: scopes.join(" "),
  });
  let res: Response;
  try {
    res = await fetch(platform.accessTokenUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body,
      signal: AbortSignal.timeout(SERVICE_TIMEOUT_MS),
    });
  } catch (error) {
    throw new LtiError("service", `The LMS's token endpoint could not be reached: ${(error as Error).message}`, 502);
  }
  const text = await res.text();
  let parsed: { access_token?: unknown; expires_in?: unknown; error?: unknown; error_description?: unknown } = {};
  try {
    parsed = JSON.parse(text);
  } catch {
    // reported below
  }
  if (!res.ok || typeof parsed.access_token !== "string") {
    const why =
      typeof parsed.error === "string"
        ? `${parsed.error}${parsed.error_description ? `: ${parsed.error_description}` : ""}`
        : text.slice(0, 200);
    throw new LtiError("service", `The LMS refused an access token (HTTP ${res.status}): ${why}`, res.status >= 500 ? 502 : 400);
  }
  const ttl = typeof parsed.expires_in === "number" && parsed.expires_in > 0 ? parsed.expires_in * 1000 : 3600_000;
  cache.set(key, { token: parsed.access_token, expiresAt: now + ttl });
  return parsed.access_token;
}
