import fs from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

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

/**
 * The slowest files that start no app, with their seconds in a CI run on 2 cores (2026-12-07): they start first, while
 * the global setup builds the app for the browser tests (SlowFirstSequencer); a slow file started last is the run's
 * tail.
 */
const SLOW_FIRST = [
  "tests/exercises/queue-fairness.test.ts", // 126
  "tests/content/read.test.ts", // 106
  "tests/grader-pool/pool.test.ts", // 96
  "tests/engine/sandbox/enumerate.test.ts", // 73
  "tests/db/start.test.ts", // 59
  "tests/content/load.test.ts", // 43
  "tests/lti/register-cli.test.ts", // 30
  "tests/lti/launch.test.ts", // 28
  "tests/db/embedded.test.ts", // 27
  "tests/content/mutation.test.ts", // 25
  "tests/engine/sandbox/fuzz.test.ts", // 25
];

/**
 * Whether a test file starts the app (startTestServer, tests/helpers/server.ts) and so waits for the Next build: the
 * global setup starts the build when the run has one (tests/global-setup.ts). (Here, not in a helper: the config
 * imports only packages.)
 */
export function startsApp(file: string): boolean {
  try {
    return /\bstartTestServer\(/.test(fs.readFileSync(file, "utf8"));
  } catch {
    return false;
  }
}

/**
 * The order files start in. Vitest's own: longest first when it has the durations of an earlier run, largest file
 * first when it has none (a fresh CI clone): there the slowest files, small ones, started last (the run's tail), and
 * the first browser test waited idle for the build. Here, within each project: SLOW_FIRST, then the files that start
 * the app (built meanwhile), then the others in vitest's order.
 */
class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = new Map<TestSpecification, number>();
    const project = new Map<string, number>();
    for (const spec of sorted) {
      const i = SLOW_FIRST.indexOf(path.relative(this.ctx.config.root, spec.moduleId));
      rank.set(spec, i >= 0 ? i : startsApp(spec.moduleId) ? SLOW_FIRST.length : SLOW_FIRST.length + 1);
      if (!project.has(spec.project.name)) project.set(spec.project.name, project.size);
    }
    const position = new Map(sorted.map((spec, i) => [spec, i]));
    const key = (spec: TestSpecification) => [project.get(spec.project.name)!, rank.get(spec)!, position.get(spec)!];
    return sorted.sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      return ka[0]! - kb[0]! || ka[1]! - kb[1]! || ka[2]! - kb[2]!;
    });
  }
}

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
    sequence: { sequencer: SlowFirstSequencer },
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
