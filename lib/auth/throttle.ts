// Sign-in and sign-up throttling backed by the LoginThrottle table (one row per key, every update one atomic
// statement). Two kinds of key:
//  - progressive, per account + client address ("acct-ip:<email>|<ip>"): the first few failures are free, then
//    each further failure makes that address wait longer (doubling up to a cap) before it may try that account
//    again; the count is forgotten after a quiet hour or a successful sign-in. Nobody can lock an account for its
//    owner: the owner signing in from another address is not slowed down at all.
//  - fixed window, per client address ("ip:<addr>", "signup-ip:<addr>"): a cap on everything one address does,
//    whichever accounts it tries; reaching it makes the address wait until the window ends.
// Keys never depend on whether an account exists, so throttling never reveals that. IPv6 clients count per /64.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addressBucket } from "./client-address";

const SECOND = 1000;
const MINUTE = 60 * SECOND;

export interface ProgressivePolicy {
  /** Failures allowed before any waiting. */
  freeFailures: number;
  /** The wait after failure number `freeFailures`; it doubles with every further failure… */
  baseDelayMs: number;
  /** …up to this. */
  maxDelayMs: number;
  /** The count starts again after this long without a failure. */
  quietResetMs: number;
}

export interface WindowPolicy {
  /** Failures allowed inside the window before the key must wait. */
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

/** Per account and client address: 5 free failures, then 5 s, 10 s, 20 s … up to 15 minutes between attempts. */
export const ACCOUNT_IP_POLICY: ProgressivePolicy = {
  freeFailures: 5,
  baseDelayMs: 5 * SECOND,
  maxDelayMs: 15 * MINUTE,
  quietResetMs: 60 * MINUTE,
};
/** Per client address, whatever the accounts: looser, since a classroom may share one address. */
export const IP_POLICY: WindowPolicy = { maxFailures: 50, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };
/** Account creation per client address (every attempt counts). */
export const SIGNUP_IP_POLICY: WindowPolicy = { maxFailures: 10, windowMs: 60 * MINUTE, lockMs: 60 * MINUTE };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Stands for the client address when it cannot be determined (one shared bucket, never a way around the caps). */
export const UNKNOWN_IP = "unknown";

/** IPv4 addresses count one by one, IPv6 addresses by their /64 (lib/auth/client-address.ts, addressBucket). */
const bucket = (ip: string | null) => (ip ? addressBucket(ip) : UNKNOWN_IP);
export const accountIpKey = (email: string, ip: string | null) => `acct-ip:${normalizeEmail(email)}|${bucket(ip)}`;
export const ipKey = (ip: string | null) => `ip:${bucket(ip)}`;
export const signupIpKey = (ip: string | null) => `signup-ip:${bucket(ip)}`;

export interface LockState {
  locked: boolean;
  /** When locked: milliseconds until the next attempt is allowed. */
  retryAfterMs: number;
}

/** Whether any of `keys` must still wait (returns the longest remaining wait). */
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

/** The wait after the `failures`-th failure (0 while failures are still free). */
export function progressiveDelayMs(failures: number, policy: ProgressivePolicy): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = Math.min(failures - policy.freeFailures, 40);
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** doublings);
}

/**
 * Records one failure for a progressive key: counts it (from 1 again after a quiet period), and from the
 * `freeFailures`-th failure on sets the time before which the key may not try again.
 */
export async function recordProgressiveFailure(
  prisma: PrismaClient,
  key: string,
  policy: ProgressivePolicy,
  now = new Date(),
): Promise<{ failures: number; lockedUntil: Date | null }> {
  const quietCutoff = new Date(now.getTime() - policy.quietResetMs);
  const rows = await prisma.$queryRaw<{ failures: number }[]>`
    INSERT INTO "LoginThrottle" AS t ("key", "failures", "windowStart", "lastFailureAt", "lockedUntil")
    VALUES (${key}, 1, ${now}, ${now}, NULL)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN t."lastFailureAt" <= ${quietCutoff} THEN 1 ELSE t."failures" + 1 END,
      "windowStart" = CASE WHEN t."lastFailureAt" <= ${quietCutoff} THEN ${now} ELSE t."windowStart" END,
      "lockedUntil" = CASE WHEN t."lastFailureAt" <= ${quietCutoff} THEN NULL ELSE t."lockedUntil" END,
      "lastFailureAt" = ${now}
    RETURNING "failures"`;
  const failures = Number(rows[0]!.failures);
  const delay = progressiveDelayMs(failures, policy);
  if (delay === 0) return { failures, lockedUntil: null };
  const lockedUntil = new Date(now.getTime() + delay);
  // Concurrent failures each set their own wait; the longest one stays.
  await prisma.loginThrottle.updateMany({
    where: { key, OR: [{ lockedUntil: null }, { lockedUntil: { lt: lockedUntil } }] },
    data: { lockedUntil },
  });
  return { failures, lockedUntil };
}

/**
 * Records one failure for a fixed-window key atomically (a single INSERT … ON CONFLICT, safe under concurrency).
 * Starts a new window when the previous one has expired; makes the key wait when the limit is reached.
 */
export async function recordFailure(
  prisma: PrismaClient,
  key: string,
  policy: WindowPolicy,
  now = new Date(),
): Promise<{ failures: number; lockedUntil: Date | null }> {
  const windowCutoff = new Date(now.getTime() - policy.windowMs);
  const lockUntil = new Date(now.getTime() + policy.lockMs);
  const rows = await prisma.$queryRaw<{ failures: number; lockedUntil: Date | null }[]>`
    INSERT INTO "LoginThrottle" ("key", "failures", "windowStart", "lastFailureAt", "lockedUntil")
    VALUES (${key}, 1, ${now}, ${now}, ${policy.maxFailures <= 1 ? lockUntil : null})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."windowStart" <= ${windowCutoff} THEN 1
                        ELSE "LoginThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "LoginThrottle"."windowStart" <= ${windowCutoff} THEN ${now}
                           ELSE "LoginThrottle"."windowStart" END,
      "lastFailureAt" = ${now},
      "lockedUntil" = CASE
        WHEN (CASE WHEN "LoginThrottle"."windowStart" <= ${windowCutoff} THEN 1
                   ELSE "LoginThrottle"."failures" + 1 END) >= ${policy.maxFailures}
        THEN ${lockUntil}::timestamp
        ELSE "LoginThrottle"."lockedUntil" END
    RETURNING "failures", "lockedUntil"`;
  const row = rows[0]!;
  return { failures: Number(row.failures), lockedUntil: row.lockedUntil };
}

/** Forgets the failures of `key` (after a successful sign-in, for its account+address key). */
export async function clearFailures(prisma: PrismaClient, key: string): Promise<void> {
  await prisma.loginThrottle.deleteMany({ where: { key } });
}

export function secondsUntil(ms: number): number {
  return Math.max(1, Math.ceil(ms / SECOND));
}

export function minutesUntil(ms: number): number {
  return Math.max(1, Math.ceil(ms / MINUTE));
}
