// Test database helpers. Each createTestDatabase() call makes a fresh, uniquely named, fully migrated database on
// the run's PostgreSQL (started by tests/global-setup.ts) and returns a PrismaClient for it. It is a copy of the run's
// migrated template (migrated once per run, like the content template of tests/helpers/template-db.ts): running the
// migrations took longer than copying their result, for each of the run's ~100 databases.
//
//   const db = await createTestDatabase();
//   afterAll(() => db.drop());
//   await db.prisma.user.findMany();
import crypto from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { createPrismaClient, type PrismaClient } from "../../lib/db/client";
import { migrate } from "../../lib/db/migrate";

export interface TestDatabase {
  /** Connection string of the new database (use it as DATABASE_URL). */
  url: string;
  name: string;
  prisma: PrismaClient;
  /** Disconnects the client and drops the database. */
  drop(): Promise<void>;
}

/** Admin URL of the test server (connects to its maintenance database). */
export function testServerUrl(): string {
  const got = inject("kakuninTestPg");
  if (!got) throw new Error("No test PostgreSQL: is tests/global-setup.ts configured as vitest globalSetup?");
  if ("error" in got) throw new Error(got.error);
  return got.adminUrl;
}

/** The URL of database `name` on the same server as `serverUrl`. */
export function withDatabase(serverUrl: string, name: string): string {
  const u = new URL(serverUrl);
  u.pathname = "/" + encodeURIComponent(name);
  return u.toString();
}

export async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: testServerUrl() });
  c.on("error", () => {});
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end().catch(() => {});
  }
}

/** Creates an empty database (no migrations). */
export async function createEmptyDatabase(prefix = "kk_test"): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${crypto.randomBytes(5).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  return {
    name,
    url: withDatabase(testServerUrl(), name),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

export function createTestDatabase(): Promise<TestDatabase> {
  return createTestDatabaseFrom("migrated", async () => {});
}

const TEMPLATE_PREFIX = "kk_tpl_";

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

/** A database with a Prisma client whose drop() disconnects it first. */
export function withClient(db: { url: string; name: string; drop(): Promise<void> }): TestDatabase {
  const prisma = createPrismaClient(db.url, { max: 5 });
  let dropped = false;
  return {
    url: db.url,
    name: db.name,
    prisma,
    async drop() {
      if (dropped) return;
      dropped = true;
      await prisma.$disconnect().catch(() => {});
      await db.drop();
    },
  };
}

/** Runs one statement on its own connection (for servers the test started itself) and returns its rows. */
export async function queryOnce(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}
