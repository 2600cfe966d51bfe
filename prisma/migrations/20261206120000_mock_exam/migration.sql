-- Mock exam (issue 15): a test's drawing plan, the draw stored on each mock attempt, and a class's mock-exam settings.
-- New nullable columns and a new table only: existing rows are untouched.
ALTER TABLE "Test" ADD COLUMN "mockPlan" JSONB;
ALTER TABLE "TestAttempt" ADD COLUMN "mockDraw" JSONB;

CREATE TABLE "MockExamConfig" (
    "classId" UUID NOT NULL,
    "testId" UUID NOT NULL,
    "questions" INTEGER NOT NULL,
    "timeLimitS" INTEGER NOT NULL,
    "units" JSONB NOT NULL,
    "sections" JSONB NOT NULL,
    "updatedById" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MockExamConfig_pkey" PRIMARY KEY ("classId", "testId")
);
CREATE INDEX "MockExamConfig_testId_idx" ON "MockExamConfig"("testId");
ALTER TABLE "MockExamConfig" ADD CONSTRAINT "MockExamConfig_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MockExamConfig" ADD CONSTRAINT "MockExamConfig_testId_fkey" FOREIGN KEY ("testId") REFERENCES "Test"("id") ON DELETE CASCADE ON UPDATE CASCADE;
