// Test databases cloned from a template that is filled once per test run. Loading the course content takes ~10 s;
// CREATE DATABASE … TEMPLATE copies the filled database in a fraction of a second, so the many test files that
// need the content share one load. Templates are named after the run (tests/global-setup.ts), so code or content
// edited between runs is always loaded afresh.
import crypto from "node:crypto";
import path from "node:path";
import { inject } from "vitest";
import { loadContent } from "../../lib/content/load";
import { migrate } from "../../lib/db/migrate";
import { createPrismaClient, type PrismaClient } from "../../lib/db/client";
import { admin, testServerUrl, withClient, withDatabase, type TestDatabase } from "./db";

export const TEMPLATE_PREFIX = "kk_tpl_";
const ROOT = path.resolve(import.meta.dirname, "../..");

/** The template's name for this run. */
function templateName(key: string): string {
  const run = inject("kakuninTestRun") ?? "norun";
  return `${TEMPLATE_PREFIX}${key}_${run}`;
}

/** Creates the template unless it exists; concurrent callers (test files in parallel) wait on an advisory lock. */
async function ensureTemplate(key: string, fill: (prisma: PrismaClient) => Promise<void>): Promise<string> {
  const name = templateName(key);
  await admin(async (c) => {
    await c.query("SELECT pg_advisory_lock(hashtext($1))", [name]);
    try {
      const exists = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (exists.rowCount) return;
      const building = `${name}_building`;
      await c.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await c.query(`CREATE DATABASE "${building}"`);
      const url = withDatabase(testServerUrl(), building);
      await migrate({ url });
      const prisma = createPrismaClient(url, { max: 5 });
      try {
        await fill(prisma);
      } finally {
        await prisma.$disconnect();
      }
      // a template must have no sessions when it is copied: rename only once every connection of the fill is gone
      await c.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [building]);
      await c.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    } finally {
      await c.query("SELECT pg_advisory_unlock(hashtext($1))", [name]);
    }
  });
  return name;
}

/** A fresh database holding what `fill` puts into a migrated one (filled once per run per key, then copied). */
export async function createTestDatabaseFrom(key: string, fill: (prisma: PrismaClient) => Promise<void>): Promise<TestDatabase> {
  const template = await ensureTemplate(key, fill);
  const name = `kk_test_${process.pid}_${crypto.randomBytes(5).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return withClient({
    name,
    url: withDatabase(testServerUrl(), name),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  });
}

/** A fresh database holding the course content of exercises/ (loaded once per run, then copied). */
export function createContentDatabase(): Promise<TestDatabase> {
  return createTestDatabaseFrom("content", async (prisma) => {
    await loadContent(prisma, path.join(ROOT, "exercises"));
  });
}
