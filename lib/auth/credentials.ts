// Email + password verification with throttling. The outcome never tells whether an email is registered.
import { hash, verify } from "@node-rs/argon2";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  EMAIL_POLICY,
  IP_POLICY,
  checkLocked,
  clearFailures,
  emailKey,
  ipKey,
  minutesUntil,
  normalizeEmail,
  recordFailure,
  type ThrottlePolicy,
} from "./throttle";

export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: "learner" | "instructor" | "admin";
  locale: string | null;
}

export type CredentialsResult =
  | { ok: true; user: AuthUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAfterMinutes: number };

/** Error codes passed from authorize() to the sign-in form (via next-auth's `error`). */
export const INVALID_CREDENTIALS = "CredentialsSignin";
export const LOCKED_PREFIX = "locked:";
export const UNAVAILABLE = "ServiceUnavailable";

let dummyHash: Promise<string> | undefined;
/** A real argon2 hash to verify against when the account does not exist (equalises timing). */
function getDummyHash(): Promise<string> {
  dummyHash ??= hash("kakunin-timing-equaliser-" + Math.random());
  return dummyHash;
}

export interface VerifyOptions {
  now?: Date;
  emailPolicy?: ThrottlePolicy;
  ipPolicy?: ThrottlePolicy;
}

export async function verifyCredentials(
  prisma: PrismaClient,
  input: { email: string; password: string; ip?: string | null },
  options: VerifyOptions = {},
): Promise<CredentialsResult> {
  const now = options.now ?? new Date();
  const email = normalizeEmail(input.email);
  const keys = [emailKey(email)];
  if (input.ip) keys.push(ipKey(input.ip));

  const lock = await checkLocked(prisma, keys, now);
  if (lock.locked) return { ok: false, reason: "locked", retryAfterMinutes: minutesUntil(lock.retryAfterMs) };

  const user = email
    ? await prisma.user.findUnique({
        where: { email },
        select: { id: true, email: true, name: true, role: true, locale: true, passwordHash: true },
      })
    : null;
  let valid = false;
  try {
    valid = await verify(user?.passwordHash ?? (await getDummyHash()), input.password);
  } catch {
    valid = false; // malformed stored hash → treat as a failure
  }
  if (user && valid) {
    await clearFailures(prisma, emailKey(email));
    const { passwordHash: _omit, ...safe } = user;
    return { ok: true, user: safe };
  }

  const results = await Promise.all([
    recordFailure(prisma, emailKey(email), options.emailPolicy ?? EMAIL_POLICY, now),
    input.ip ? recordFailure(prisma, ipKey(input.ip), options.ipPolicy ?? IP_POLICY, now) : null,
  ]);
  // If this failure triggered a lock, say so right away.
  let lockedUntil = 0;
  for (const r of results) if (r?.lockedUntil && r.lockedUntil > now) lockedUntil = Math.max(lockedUntil, r.lockedUntil.getTime());
  if (lockedUntil) return { ok: false, reason: "locked", retryAfterMinutes: minutesUntil(lockedUntil - now.getTime()) };
  return { ok: false, reason: "invalid" };
}

/**
 * Client address for throttling: the right-most X-Forwarded-For entry (what the nearest proxy saw),
 * else X-Real-IP. Deploy behind a reverse proxy that sets X-Forwarded-For, otherwise a client can
 * choose its own address and only the per-account limit holds.
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined> | undefined): string | null {
  if (!headers) return null;
  const get = (name: string): string | null => {
    if (headers instanceof Headers) return headers.get(name);
    const v = headers[name] ?? headers[name.toLowerCase()];
    return Array.isArray(v) ? (v.at(-1) ?? null) : (v ?? null);
  };
  const xff = get("x-forwarded-for");
  if (xff) {
    const parts = xff.split(",").map((s) => s.trim()).filter(Boolean);
    const last = parts.at(-1);
    if (last) return last.replace(/^::ffff:/, "");
  }
  const real = get("x-real-ip");
  return real ? real.trim().replace(/^::ffff:/, "") : null;
}
