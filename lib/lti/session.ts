// Signing in from a launch: Kakunin writes next-auth's own session cookie (the same JWT next-auth issues at sign-in,
// lib/auth/options.ts), and a one-time ticket that opens that session in a new window when the LMS frame refuses
// cookies. Only the ticket's SHA-256 is stored.
import crypto from "node:crypto";
import { encode } from "next-auth/jwt";
import { frameableSameSite, secureCookies, sessionCookieName } from "@/lib/auth/cookies";
import type { AppRole } from "@/lib/auth/roles";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const SESSION_MAX_AGE_S = 60 * 60 * 24 * 14;
export const TICKET_LIFETIME_MS = 10 * 60_000;

export interface SessionAccount {
  id: string;
  email: string;
  name: string;
  role: AppRole;
  locale: string | null;
  sessionVersion: number;
}

export interface CookieToSet {
  name: string;
  value: string;
  maxAge: number;
}

export async function sessionCookie(user: SessionAccount): Promise<CookieToSet> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  const value = await encode({
    secret,
    maxAge: SESSION_MAX_AGE_S,
    token: { sub: user.id, name: user.name, email: user.email, role: user.role, locale: user.locale, sv: user.sessionVersion },
  });
  return { name: sessionCookieName(), value, maxAge: SESSION_MAX_AGE_S };
}

export function serializeCookie(c: CookieToSet): string {
  const secure = secureCookies();
  const sameSite = frameableSameSite(secure) === "none" ? "None" : "Lax";
  return `${c.name}=${c.value}; Path=/; Max-Age=${c.maxAge}; HttpOnly; SameSite=${sameSite}${secure ? "; Secure" : ""}`;
}

const hash = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

export async function issueTicket(db: PrismaClient, userId: string, target: string, now = new Date()): Promise<string> {
  const token = crypto.randomBytes(32).toString("base64url");
  await db.ltiLaunchTicket.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 24 * 3600_000) } } });
  await db.ltiLaunchTicket.create({
    data: { tokenHash: hash(token), userId, target, expiresAt: new Date(now.getTime() + TICKET_LIFETIME_MS) },
  });
  return token;
}

/** The ticket's user and target while it is valid and unused; `consume` marks it used (once). */
export async function readTicket(db: PrismaClient, token: string, consume: boolean, now = new Date()) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const where = { tokenHash: hash(token), usedAt: null, expiresAt: { gt: now } };
  const row = await db.ltiLaunchTicket.findFirst({ where });
  if (!row) return null;
  if (consume) {
    const claimed = await db.ltiLaunchTicket.updateMany({ where, data: { usedAt: now } });
    if (claimed.count === 0) return null;
  }
  return { userId: row.userId, target: row.target };
}

export async function accountFor(db: PrismaClient, userId: string): Promise<SessionAccount | null> {
  return db.user.findFirst({
    where: { id: userId, deactivatedAt: null },
    select: { id: true, email: true, name: true, role: true, locale: true, sessionVersion: true },
  });
}
