// Sign-out ends the session for real: every session JWT carries the account's session version at sign-in, the guard
// (lib/auth/guard.ts) admits a token only while its version equals the account's, and sign-out increments the
// account's version. Signing out therefore ends every session of the account, on every device (the decision and its
// reasons are in docs/ARCHITECTURE.md, "Sessions").
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/http/ids";

/**
 * Ends every session of `userId` that carries `version` (the signing-out token's). A token that is already stale
 * changes nothing. Returns whether a version was incremented.
 */
export async function endSessions(prisma: PrismaClient, userId: string, version: number): Promise<boolean> {
  if (!isUuid(userId) || !Number.isSafeInteger(version)) return false;
  const n = await prisma.$executeRaw`UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1
    WHERE id = ${userId}::uuid AND "sessionVersion" = ${version}`;
  return n > 0;
}
