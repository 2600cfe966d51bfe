import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/**
 * Files that touch no database, server, child process, environment variable or memory probe: they run one after
 * another in the same worker ("shared"), importing the engine once instead of once per file (a fresh process per
 * file cost about a second each, most of the suite's tail). Every other file gets its own process ("isolated").
 */
const SHARED = [
  // not: the files that measure memory (live-memory, sandbox, charge) or start a browser (gemm-wasm-browser)
  "tests/engine/{corpus,fuzz,random}/*.test.ts",
  "tests/engine/ndarray/!(gemm-wasm-browser).test.ts",
  "tests/engine/python/!(live-memory|sandbox|charge).test.ts",
  "tests/grading/*.test.ts",
  "tests/content/{mutants,params,pipeline,probes,python-reference}.test.ts",
  "tests/exercises/{content,run-tests}.test.ts",
  "tests/gradebook/{answer-score,learner-detail-diff}.test.ts",
  "tests/access/{judge,route-table}.test.ts",
  "tests/auth/{client-address,redirect}.test.ts",
  "tests/{assignments/rules,classes/time-zone,http/messages,http/route-wrapper,mock-exam/content,mock-exam/draw}.test.ts",
  "tests/{markdown,secrets,web/i18n}.test.ts",
];

/** What both projects share (a project does not inherit the root's options unless it `extends`, which would also run the global setup once per project). */
const common = {
  testTimeout: 120_000, // generous: CI has 2 cores; the content checks run every code answer in the engine
  hookTimeout: 120_000,
  pool: "forks" as const,
};

const resolve = { alias: { "@": import.meta.dirname } };

export default defineConfig({
  resolve,
  test: {
    // Vitest's default is one worker per core minus one: a single worker on a 2-core CI machine, idle while browser
    // tests and servers wait. Two files at a time keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // One PostgreSQL for the whole run (embedded in a temp dir, or TEST_DATABASE_URL); see tests/helpers/db.ts.
    globalSetup: ["tests/global-setup.ts"],
    projects: [
      {
        resolve,
        test: { ...common, name: "isolated", include: ["tests/**/*.test.ts"], exclude: ["**/node_modules/**", ...SHARED] },
      },
      {
        resolve,
        test: { ...common, name: "shared", include: SHARED, isolate: false, setupFiles: ["tests/helpers/outside-run.ts"] },
      },
    ],
  },
});
