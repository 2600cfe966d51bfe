// Kakunin's own RS256 key pairs (jose), kept in the database: the newest unretired key signs client assertions and
// deep-linking responses; /lti/jwks publishes every key not past its publication date. Rotating makes a new key
// the signer and keeps the old one published for KEY_OVERLAP_MS, longer than any token signed with it lives
// (TOKEN_LIFETIME_S), so a platform that cached our JWKS can still check them.
import crypto from "node:crypto";
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from "jose";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const ALG = "RS256";
/** Lifetime of the JWTs Kakunin signs (client assertions, deep-linking responses). */
export const TOKEN_LIFETIME_S = 300;
export const KEY_OVERLAP_MS = 60 * 60_000;

export interface SigningKey {
  kid: string;
  key: CryptoKey;
}

export interface PublishedKey {
  kid: string;
  createdAt: Date;
  retiredAt: Date | null;
  publishedUntil: Date | null;
}

async function createKey(db: PrismaClient): Promise<string> {
  const { publicKey, privateKey } = await generateKeyPair(ALG, { extractable: true, modulusLength: 2048 });
  const kid = crypto.randomBytes(12).toString("base64url");
  const pub: JWK = { ...(await exportJWK(publicKey)), kid, alg: ALG, use: "sig" };
  const priv: JWK = { ...(await exportJWK(privateKey)), kid, alg: ALG };
  await db.ltiKey.create({ data: { kid, publicJwk: pub as object, privateJwk: priv as object } });
  return kid;
}

const cache = new Map<string, SigningKey>();

/** The key that signs now; the first call on a new database creates it. */
export async function signingKey(db: PrismaClient): Promise<SigningKey> {
  let row = await db.ltiKey.findFirst({ where: { retiredAt: null }, orderBy: { createdAt: "desc" } });
  if (!row) {
    await createKey(db);
    row = await db.ltiKey.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { createdAt: "desc" } });
  }
  const hit = cache.get(row.kid);
  if (hit) return hit;
  const key = (await importJWK(row.privateJwk as JWK, ALG)) as CryptoKey;
  const out = { kid: row.kid, key };
  cache.set(row.kid, out);
  return out;
}

/** The public JWK Set: every key still published (the signer first). */
export async function publicJwks(db: PrismaClient, now = new Date()): Promise<{ keys: JWK[] }> {
  await signingKey(db);
  const rows = await db.ltiKey.findMany({
    where: { OR: [{ retiredAt: null }, { publishedUntil: { gt: now } }] },
    orderBy: { createdAt: "desc" },
  });
  return { keys: rows.map((r) => r.publicJwk as JWK) };
}

/** Makes a new signing key; the previous signer stays published for KEY_OVERLAP_MS. Returns the new kid. */
export async function rotateKey(db: PrismaClient, now = new Date()): Promise<string> {
  const kid = await createKey(db);
  await db.ltiKey.updateMany({
    where: { retiredAt: null, kid: { not: kid } },
    data: { retiredAt: now, publishedUntil: new Date(now.getTime() + KEY_OVERLAP_MS) },
  });
  return kid;
}

export async function listKeys(db: PrismaClient): Promise<PublishedKey[]> {
  return db.ltiKey.findMany({
    orderBy: { createdAt: "desc" },
    select: { kid: true, createdAt: true, retiredAt: true, publishedUntil: true },
  });
}
