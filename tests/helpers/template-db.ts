// Test databases holding the course content, cloned from a template filled once per test run (createTestDatabaseFrom,
// tests/helpers/db.ts). Loading the course content takes ~10 s; CREATE DATABASE … TEMPLATE copies the filled database
// in a fraction of a second, so the many test files that need the content share one load. Templates are named after
// the run (tests/global-setup.ts), so code or content edited between runs is always loaded afresh.
import path from "node:path";
import { createTestDatabaseFrom, type TestDatabase } from "./db";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * A fresh database holding the course content of exercises/ (loaded once per run, then copied). The loader is imported
 * only by the file that fills the template: it brings the content checks and the engine, 10 s or more of a test file's
 * import time under the suite's load, which the files that only copy the template would pay for nothing.
 */
export function createContentDatabase(): Promise<TestDatabase> {
  return createTestDatabaseFrom("content", async (prisma) => {
    const { loadContent } = await import("../../lib/content/load");
    await loadContent(prisma, path.join(ROOT, "exercises"));
  });
}
