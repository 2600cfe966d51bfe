// Deep Linking 2.0: the instructor's choice from the catalogue becomes LtiResourceLink content items (each with a
// line item: score maximum, label) in a JWT signed with Kakunin's key, which the browser posts back to the LMS's
// deep_link_return_url. Each deep-linking request is answered once, by the user it was made for.
import crypto from "node:crypto";
import { SignJWT } from "jose";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { findEntries, type CatalogueEntry } from "./catalogue";
import { CLAIM, LTI_VERSION, MESSAGE } from "./claims";
import { LtiError } from "./errors";
import { ALG, signingKey, TOKEN_LIFETIME_S } from "./keys";
import type { TargetKind } from "./targets";
import { isUuid } from "@/lib/http/ids";

export async function openDeepLink(db: PrismaClient, id: string, userId: string, now = new Date()) {
  const row = isUuid(id) ? await db.ltiDeepLink.findFirst({ where: { id, userId } }) : null;
  if (!row) throw new LtiError("deep_link", "This content selection is unknown: start it again from the LMS.", 404);
  if (row.usedAt) throw new LtiError("deep_link", "This content selection was already sent to the LMS.", 410);
  if (row.expiresAt <= now) throw new LtiError("deep_link", "This content selection has expired: start it again from the LMS.", 410);
  return row;
}

export function contentItem(entry: CatalogueEntry, origin: string) {
  const path = entry.kind === "test" ? "tests" : "exercises";
  return {
    type: "ltiResourceLink",
    title: entry.title.en,
    text: entry.kind === "test" ? "Kakunin test" : "Kakunin code exercise",
    url: `${origin}/${path}/${encodeURIComponent(entry.slug)}`,
    custom: { kakunin_target: `${entry.kind}:${entry.slug}` },
    lineItem: { scoreMaximum: entry.scoreMaximum, label: entry.title.en, resourceId: `${entry.kind}:${entry.slug}`, tag: "kakunin" },
  };
}

export function parseChoice(values: string[]): Array<{ kind: TargetKind; slug: string }> {
  return values.flatMap((v) => {
    const m = /^(test|exercise):([a-z0-9][a-z0-9-]{0,119})$/.exec(v);
    return m ? [{ kind: m[1] as TargetKind, slug: m[2]! }] : [];
  });
}

/** Signs the response for deep-linking request `id` and marks it answered; returns where to post it. */
export async function answerDeepLink(
  db: PrismaClient,
  input: { id: string; userId: string; choice: string[]; origin: string },
  now = new Date(),
): Promise<{ returnUrl: string; jwt: string; count: number }> {
  const row = await openDeepLink(db, input.id, input.userId, now);
  const refs = parseChoice(input.choice);
  const entries = await findEntries(db, refs);
  if (entries.length !== input.choice.length) throw new LtiError("deep_link", "Choose tests or exercises from the list.");
  if (!row.acceptMultiple && entries.length > 1) throw new LtiError("deep_link", "The LMS accepts one item here: choose one.");
  const platform = await db.ltiPlatform.findUniqueOrThrow({ where: { id: row.platformId } });
  const claimed = await db.ltiDeepLink.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
  if (claimed.count === 0) throw new LtiError("deep_link", "This content selection was already sent to the LMS.", 410);
  const key = await signingKey(db);
  const iat = Math.floor(now.getTime() / 1000);
  const payload: Record<string, unknown> = {
    nonce: crypto.randomBytes(16).toString("base64url"),
    [CLAIM.deploymentId]: row.deploymentId,
    [CLAIM.messageType]: MESSAGE.deepLinkingResponse,
    [CLAIM.version]: LTI_VERSION,
    [CLAIM.contentItems]: entries.map((e) => contentItem(e, input.origin)),
    [CLAIM.deepLinkingMessage]: entries.length ? `Added ${entries.length} item(s) from Kakunin` : "Nothing was added",
  };
  if (row.data !== null) payload[CLAIM.deepLinkingData] = row.data;
  const jwt = await new SignJWT(payload)
    .setProtectedHeader({ alg: ALG, kid: key.kid, typ: "JWT" })
    .setIssuer(platform.clientId)
    .setAudience(platform.issuer)
    .setIssuedAt(iat)
    .setExpirationTime(iat + TOKEN_LIFETIME_S)
    .sign(key.key);
  return { returnUrl: row.returnUrl, jwt, count: entries.length };
}
