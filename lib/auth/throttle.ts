// Sign-in throttling backed by the LoginThrottle table: failures are counted per key
// ("email:<addr>", "ip:<addr>") inside a fixed window; reaching the limit locks the key.
// The email key is counted whether or not an account exists, so a lock never reveals that.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface ThrottlePolicy {
  /** Failures allowed inside the window before the key is locked. */
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

const MINUTE = 60_000;

export const EMAIL_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };
/** Per IP address: looser, since a classroom may share one address. */
export const IP_POLICY: ThrottlePolicy = { maxFailures: 20, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };
/** Account creation per IP address. */
export const SIGNUP_IP_POLICY: ThrottlePolicy = { maxFailures: 10, windowMs: 60 * MINUTE, lockMs: 60 * MINUTE };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const emailKey = (email: string) => `email:${normalizeEmail(email)}`;
export const ipKey = (ip: string) => `ip:${ip}`;
export const signupIpKey = (ip: string) => `signup-ip:${ip}`;

export interface LockState {
  locked: boolean;
  /** When locked: milliseconds until the lock lifts. */
  retryAfterMs: number;
}

/** Whether any of `keys` is currently locked (returns the longest remaining lock). */
export async function checkLocked(prisma: PrismaClient, keys: string[], now = new Date()): Promise<LockState> {
  const rows = await prisma.loginThrottle.findMany({
    where: { key: { in: keys }, lockedUntil: { gt: now } },
    select: { lockedUntil: true },
  });
  let retryAfterMs = 0;
  for (const r of rows) {
    if (r.lockedUntil) retryAfterMs = Math.max(retryAfterMs, r.lockedUntil.getTime() - now.getTime());
  }
  return { locked: retryAfterMs > 0, retryAfterMs };
}

/**
 * Records one failure for `key` atomically (a single INSERT … ON CONFLICT, safe under concurrency).
 * Starts a new window when the previous one has expired; locks the key when the limit is reached.
 */
export async function recordFailure(
  prisma: PrismaClient,
  key: string,
  policy: ThrottlePolicy,
  now = new Date(),
): Promise<{ failures: number; lockedUntil: Date | null }> {
  const windowCutoff = new Date(now.getTime() - policy.windowMs);
  const lockUntil = new Date(now.getTime() + policy.lockMs);
  const rows = await prisma.$queryRaw<{ failures: number; lockedUntil: Date | null }[]>`
    INSERT INTO "LoginThrottle" ("key", "failures", "windowStart", "lockedUntil")
    VALUES (${key}, 1, ${now}, ${policy.maxFailures <= 1 ? lockUntil : null})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."windowStart" <= ${windowCutoff} THEN 1
                        ELSE "LoginThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "LoginThrottle"."windowStart" <= ${windowCutoff} THEN ${now}
                           ELSE "LoginThrottle"."windowStart" END,
      "lockedUntil" = CASE
        WHEN (CASE WHEN "LoginThrottle"."windowStart" <= ${windowCutoff} THEN 1
                   ELSE "LoginThrottle"."failures" + 1 END) >= ${policy.maxFailures}
        THEN ${lockUntil}::timestamp
        ELSE "LoginThrottle"."lockedUntil" END
    RETURNING "failures", "lockedUntil"`;
  const row = rows[0]!;
  return { failures: Number(row.failures), lockedUntil: row.lockedUntil };
}

/** Forgets the failures of `key` (after a successful sign-in for the account key). */
export async function clearFailures(prisma: PrismaClient, key: string): Promise<void> {
  await prisma.loginThrottle.deleteMany({ where: { key } });
}

export function minutesUntil(ms: number): number {
  return Math.max(1, Math.ceil(ms / MINUTE));
}
