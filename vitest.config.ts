import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": import.meta.dirname } },
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 120_000, // generous: CI has 2 cores; the content checks run every code answer in the engine
    hookTimeout: 120_000,
    pool: "forks",
    // Vitest's default is one worker per core minus one: a single worker on a 2-core CI machine, idle while browser
    // tests and servers wait. Two files at a time keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // One PostgreSQL for the whole run (embedded in a temp dir, or TEST_DATABASE_URL); see tests/helpers/db.ts.
    globalSetup: ["tests/global-setup.ts"],
  },
});
