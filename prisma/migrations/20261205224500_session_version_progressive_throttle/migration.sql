-- Sign-out ends every session of the account: the session JWT carries "sessionVersion", the guard compares it,
-- and sign-out increments it (lib/auth/session-version.ts). Existing tokens carry none and count as version 0.
-- Sign-in throttling per account+IP grows its delay after each failure and forgets after a quiet hour, which
-- needs the time of the latest failure (lib/auth/throttle.ts).

-- AlterTable
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "LoginThrottle" ADD COLUMN "lastFailureAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
