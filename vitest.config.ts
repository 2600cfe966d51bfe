import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": import.meta.dirname } },
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 120_000, // generous: CI has 2 cores; the content checks run every code answer in the engine
    hookTimeout: 120_000,
    pool: "forks",
    // One PostgreSQL for the whole run (embedded in a temp dir, or TEST_DATABASE_URL); see tests/helpers/db.ts.
    globalSetup: ["tests/global-setup.ts"],
  },
});
