-- "Report a problem" (issue 13, part 5): learners report a question or exercise that looks wrong; instructors reply
-- or resolve. New table only: existing rows are untouched.
CREATE TYPE "ProblemReportStatus" AS ENUM ('open', 'answered', 'resolved');

CREATE TABLE "ProblemReport" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "itemVersionId" UUID,
    "exerciseVersionId" UUID,
    "variant" JSONB,
    "answer" JSONB,
    "message" TEXT NOT NULL,
    "status" "ProblemReportStatus" NOT NULL DEFAULT 'open',
    "reply" TEXT,
    "repliedById" UUID,
    "repliedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProblemReport_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ProblemReport_status_createdAt_idx" ON "ProblemReport"("status", "createdAt");
CREATE INDEX "ProblemReport_userId_createdAt_idx" ON "ProblemReport"("userId", "createdAt");
CREATE INDEX "ProblemReport_itemVersionId_idx" ON "ProblemReport"("itemVersionId");
CREATE INDEX "ProblemReport_exerciseVersionId_idx" ON "ProblemReport"("exerciseVersionId");

ALTER TABLE "ProblemReport" ADD CONSTRAINT "ProblemReport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ProblemReport" ADD CONSTRAINT "ProblemReport_itemVersionId_fkey" FOREIGN KEY ("itemVersionId") REFERENCES "ItemVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ProblemReport" ADD CONSTRAINT "ProblemReport_exerciseVersionId_fkey" FOREIGN KEY ("exerciseVersionId") REFERENCES "ExerciseVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ProblemReport" ADD CONSTRAINT "ProblemReport_repliedById_fkey" FOREIGN KEY ("repliedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
