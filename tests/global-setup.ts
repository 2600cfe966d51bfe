// Vitest globalSetup: ONE PostgreSQL for the whole test run. Test files get their own fresh database from it with
// createTestDatabase() (tests/helpers/db.ts), so they are isolated and can run in parallel.
// - TEST_DATABASE_URL set: use that server (its role needs CREATEDB); start nothing.
// - otherwise: an embedded PostgreSQL in a temp dir on a free port, removed at the end.
// A failure to start is not fatal for test files that don't need a database: createTestDatabase() reports it.
// When the run has browser tests, the Next build they need starts here, in the background (tests/helpers/next-build.ts):
// it is ready by the time they start, after the slow files that need no app (SlowFirstSequencer, vitest.config.ts).
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { freePort, startEmbeddedPostgres, type EmbeddedPostgres } from "../lib/db/embedded";
import { startsApp } from "../vitest.config";
import { ensureBuild, runId } from "./helpers/next-build";

declare module "vitest" {
  export interface ProvidedContext {
    /** Admin URL of the test PostgreSQL server (a role allowed to CREATE DATABASE), or why there is none. */
    kakuninTestPg: { adminUrl: string } | { error: string };
    /** This run's token: names the run's template databases (tests/helpers/template-db.ts). */
    kakuninTestRun: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const run = crypto.randomBytes(4).toString("hex");
  project.provide("kakuninTestRun", run);
  const files = project.vitest.state.getPaths();
  const apps = files.filter(startsApp).length;
  if (apps) buildInBackground(apps === files.length ? 0 : 10);
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    project.provide("kakuninTestPg", { adminUrl: external });
    return () => dropTemplates(external, run);
  }
  const t0 = performance.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kakunin-test-pg-"));
  fs.chmodSync(dir, 0o755); // PostgreSQL runs as the `postgres` user when we are root: it must reach its data dir
  let server: EmbeddedPostgres | undefined;
  try {
    server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), ephemeral: true });
    project.provide("kakuninTestPg", { adminUrl: server.urlFor("postgres") });
    if (process.env.KAKUNIN_TEST_VERBOSE)
      console.log(`[test-db] embedded PostgreSQL on port ${server.port} in ${Math.round(performance.now() - t0)} ms`);
  } catch (e) {
    project.provide("kakuninTestPg", { error: `could not start the embedded PostgreSQL for tests: ${(e as Error).message}` });
  }
  return async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

/**
 * Starts the run's Next build (the test files wait for it in ensureBuild). Beside files that do not need it, at nice
 * 10: it takes the CPU they leave (their waits; a file waiting for the build leaves a whole core) and barely slows
 * them: some time the engine by the wall clock (a content load allows 10 s per run; one timed out beside a nice-0
 * build at load 12–15). When every file waits for it (one browser test, say), at nice 0: nothing to yield to.
 * A failure is recorded for the files to report; a build still running when the run ends is killed with it.
 */
function buildInBackground(nice: number): void {
  const t0 = performance.now();
  ensureBuild(runId(process.pid), { nice }).then(
    (b) =>
      process.env.KAKUNIN_TEST_VERBOSE &&
      console.log(`[test-build] ${b.built ? "built" : "reused"} ${b.distDir} by ${Math.round(performance.now() - t0)} ms`),
    () => {},
  );
}

/** On a server that outlives the run: drop the run's template databases. */
async function dropTemplates(adminUrl: string, run: string): Promise<void> {
  const c = new pg.Client({ connectionString: adminUrl });
  c.on("error", () => {});
  try {
    await c.connect();
    const { rows } = await c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`kk_tpl_%_${run}%`]);
    for (const r of rows) await c.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
  } catch (e) {
    console.warn(`[test-db] could not drop the run's template databases: ${(e as Error).message}`);
  } finally {
    await c.end().catch(() => {});
  }
}
