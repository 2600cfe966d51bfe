// Email + password verification with throttling (lib/auth/throttle.ts). The outcome never tells whether an email is
// registered: unknown emails are hashed against and throttled exactly like real ones.
import { hash, verify } from "@node-rs/argon2";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  ACCOUNT_IP_POLICY,
  IP_POLICY,
  accountIpKey,
  checkLocked,
  clearFailures,
  ipKey,
  normalizeEmail,
  recordFailure,
  recordProgressiveFailure,
  secondsUntil,
  type ProgressivePolicy,
  type WindowPolicy,
} from "./throttle";

export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: "learner" | "instructor" | "admin";
  locale: string | null;
  sessionVersion: number;
}

export type CredentialsResult =
  | { ok: true; user: AuthUser }
  | { ok: false; reason: "invalid" }
  /** The password was right but an admin deactivated the account (said only to someone who knows the password). */
  | { ok: false; reason: "deactivated" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/** Error codes passed from authorize() to the sign-in form (via next-auth's `error`). */
export const INVALID_CREDENTIALS = "CredentialsSignin";
/** "throttled:<seconds>": wait that long before trying again. */
export const THROTTLED_PREFIX = "throttled:";
export const UNAVAILABLE = "ServiceUnavailable";
export const DEACTIVATED = "AccountDeactivated";

let dummyHash: Promise<string> | undefined;
/** A real argon2 hash to verify against when the account does not exist (equalises timing). */
function getDummyHash(): Promise<string> {
  dummyHash ??= hash("kakunin-timing-equaliser-" + Math.random());
  return dummyHash;
}

export interface VerifyOptions {
  now?: Date;
  accountIpPolicy?: ProgressivePolicy;
  ipPolicy?: WindowPolicy;
}

/**
 * Checks an email and password. Refused without looking at the password while this client address must wait for
 * this account (progressive per account+address) or for everything (the per-address cap).
 */
export async function verifyCredentials(
  prisma: PrismaClient,
  input: { email: string; password: string; ip?: string | null },
  options: VerifyOptions = {},
): Promise<CredentialsResult> {
  const now = options.now ?? new Date();
  const email = normalizeEmail(input.email);
  const ip = input.ip ?? null;
  const accountKey = accountIpKey(email, ip);
  const addressKey = ipKey(ip);

  const wait = await checkLocked(prisma, [accountKey, addressKey], now);
  if (wait.locked) return { ok: false, reason: "throttled", retryAfterSeconds: secondsUntil(wait.retryAfterMs) };

  const user = email
    ? await prisma.user.findUnique({
        where: { email },
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          locale: true,
          sessionVersion: true,
          passwordHash: true,
          deactivatedAt: true,
        },
      })
    : null;
  let valid = false;
  try {
    valid = await verify(user?.passwordHash ?? (await getDummyHash()), input.password);
  } catch {
    valid = false; // malformed stored hash → treat as a failure
  }
  if (user && valid) {
    await clearFailures(prisma, accountKey);
    const { passwordHash: _omit, deactivatedAt, ...safe } = user;
    if (deactivatedAt) return { ok: false, reason: "deactivated" };
    return { ok: true, user: safe };
  }

  const results = await Promise.all([
    recordProgressiveFailure(prisma, accountKey, options.accountIpPolicy ?? ACCOUNT_IP_POLICY, now),
    recordFailure(prisma, addressKey, options.ipPolicy ?? IP_POLICY, now),
  ]);
  // If this failure started a wait, say so right away.
  let until = 0;
  for (const r of results) if (r.lockedUntil && r.lockedUntil > now) until = Math.max(until, r.lockedUntil.getTime());
  if (until) return { ok: false, reason: "throttled", retryAfterSeconds: secondsUntil(until - now.getTime()) };
  return { ok: false, reason: "invalid" };
}
