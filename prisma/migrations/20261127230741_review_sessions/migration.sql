-- Spaced-review sessions are attempts without a test (lib/review/session.ts); their questions are ordered by
-- Answer.position.

-- AlterTable
ALTER TABLE "TestAttempt" ALTER COLUMN "testId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Answer" ADD COLUMN "position" INTEGER;
