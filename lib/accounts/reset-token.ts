// One-time password-reset links an admin issues and hands over (or that are mailed: lib/accounts/reset-mail.ts).
// Rules (tests/accounts/reset-token.test.ts proves each):
// - the token is 32 random bytes (base64url, 43 characters); only its SHA-256 is stored, so the database alone
//   cannot be used to reset a password;
// - it expires RESET_LINK_TTL_MS after issue (valid while now < expiresAt);
// - it is used once: the claim is a single UPDATE … WHERE "usedAt" IS NULL, so two concurrent uses cannot both win;
// - issuing a link deletes the account's older links; deactivating the account deletes them too, and a deactivated
//   account gets none;
// - setting a password with it (same rules as sign-up) ends every session of the account.
import crypto from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { HttpError } from "@/lib/http/errors";
import { auditAccount } from "./audit";
import { hashNewPassword } from "./new-password";

export const RESET_LINK_TTL_MS = 24 * 60 * 60 * 1000;
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export function hashResetToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

export interface IssuedResetLink {
  token: string;
  expiresAt: Date;
  user: { id: string; email: string; name: string; locale: string | null };
}

export async function issueResetToken(
  prisma: PrismaClient,
  actorId: string,
  userId: string,
  now: Date = new Date(),
): Promise<IssuedResetLink> {
  const token = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + RESET_LINK_TTL_MS);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, name: true, locale: true, deactivatedAt: true },
    });
    if (!user) throw new HttpError(404, "User not found");
    if (user.deactivatedAt) throw new HttpError(409, "This account is deactivated; reactivate it before issuing a reset link");
    await tx.passwordResetToken.deleteMany({ where: { userId } });
    await tx.passwordResetToken.create({ data: { userId, tokenHash: hashResetToken(token), expiresAt, createdAt: now } });
    await auditAccount(tx, { actorId, action: "user.reset_link", userId, details: { expiresAt: expiresAt.toISOString() } });
    const { deactivatedAt: _omit, ...rest } = user;
    return { token, expiresAt, user: rest };
  });
}

/** The account a token would reset (for the reset page), or null when it is unknown, used, expired or deactivated. */
export async function peekResetToken(prisma: PrismaClient, token: string, now: Date = new Date()): Promise<{ email: string } | null> {
  if (!TOKEN_FORMAT.test(token)) return null;
  const row = await prisma.passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { email: true, deactivatedAt: true } } },
  });
  if (!row || row.usedAt || row.expiresAt <= now || row.user.deactivatedAt) return null;
  return { email: row.user.email };
}

/** Sets the account's password with `token` and ends all its sessions; throws a 400 when the link cannot be used. */
export async function resetPassword(
  prisma: PrismaClient,
  input: { token: string; password: string },
  now: Date = new Date(),
): Promise<{ userId: string; email: string }> {
  if (!TOKEN_FORMAT.test(input.token))
    throw new HttpError(400, "This password-reset link is invalid, has expired or has already been used");
  const passwordHash = await hashNewPassword(input.password, "password"); // outside the transaction: it is the slow part
  const tokenHash = hashResetToken(input.token);
  return prisma.$transaction(async (tx) => {
    const [claimed] = await tx.$queryRaw<Array<{ userId: string }>>`UPDATE "PasswordResetToken" SET "usedAt" = ${now}
      WHERE "tokenHash" = ${tokenHash} AND "usedAt" IS NULL AND "expiresAt" > ${now} RETURNING "userId"::text AS "userId"`;
    if (!claimed) throw new HttpError(400, "This password-reset link is invalid, has expired or has already been used");
    const user = await tx.user.findUniqueOrThrow({ where: { id: claimed.userId }, select: { email: true, deactivatedAt: true } });
    if (user.deactivatedAt) throw new HttpError(400, "This password-reset link is invalid, has expired or has already been used");
    await tx.user.update({ where: { id: claimed.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await auditAccount(tx, { actorId: claimed.userId, action: "user.password_reset", userId: claimed.userId });
    return { userId: claimed.userId, email: user.email };
  });
}
