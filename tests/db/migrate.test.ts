import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { checksumOf, migrate, MIGRATION_LOCK_KEY, readMigrations } from "../../lib/db/migrate";
import { createEmptyDatabase } from "../helpers/db";

const REAL_DIR = path.resolve("prisma/migrations");
const cleanups: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function emptyDb() {
  const db = await createEmptyDatabase("kk_mig");
  cleanups.push(() => db.drop());
  return db;
}

async function query<T extends pg.QueryResultRow = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

/** A scratch migrations folder: copies of the real ones plus `extra` {name: sql}. */
function scratchMigrations(extra: Record<string, string> = {}, withReal = true): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kk-migrations-"));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  if (withReal) fs.cpSync(REAL_DIR, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

describe("migrate", () => {
  it("applies the migrations to an empty database, recording them like Prisma, and is idempotent", async () => {
    const db = await emptyDb();
    const first = await migrate({ url: db.url });
    const names = readMigrations(REAL_DIR).map((m) => m.name);
    expect(first.applied).toEqual(names);
    const second = await migrate({ url: db.url });
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(names);

    const rows = await query(db.url, `SELECT * FROM "_prisma_migrations" ORDER BY started_at`);
    expect(rows).toHaveLength(names.length);
    const sql = fs.readFileSync(path.join(REAL_DIR, names[0]!, "migration.sql"));
    expect(rows[0]).toMatchObject({
      migration_name: names[0],
      checksum: checksumOf(sql),
      logs: null,
      rolled_back_at: null,
      applied_steps_count: 1,
    });
    expect(rows[0]!.finished_at).toBeInstanceOf(Date);
    expect(String(rows[0]!.id)).toMatch(/^[0-9a-f-]{36}$/);

    // Prisma's exact book-keeping table, so `prisma migrate status/deploy` agree.
    const cols = await query<{
      column_name: string;
      data_type: string;
      character_maximum_length: number | null;
      is_nullable: string;
      column_default: string | null;
    }>(
      db.url,
      `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
         FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(cols).toEqual([
      { column_name: "id", data_type: "character varying", character_maximum_length: 36, is_nullable: "NO", column_default: null },
      { column_name: "checksum", data_type: "character varying", character_maximum_length: 64, is_nullable: "NO", column_default: null },
      {
        column_name: "finished_at",
        data_type: "timestamp with time zone",
        character_maximum_length: null,
        is_nullable: "YES",
        column_default: null,
      },
      {
        column_name: "migration_name",
        data_type: "character varying",
        character_maximum_length: 255,
        is_nullable: "NO",
        column_default: null,
      },
      { column_name: "logs", data_type: "text", character_maximum_length: null, is_nullable: "YES", column_default: null },
      {
        column_name: "rolled_back_at",
        data_type: "timestamp with time zone",
        character_maximum_length: null,
        is_nullable: "YES",
        column_default: null,
      },
      {
        column_name: "started_at",
        data_type: "timestamp with time zone",
        character_maximum_length: null,
        is_nullable: "NO",
        column_default: "now()",
      },
      { column_name: "applied_steps_count", data_type: "integer", character_maximum_length: null, is_nullable: "NO", column_default: "0" },
    ]);
  });

  it("applies only the new migration when one is added later", async () => {
    const db = await emptyDb();
    await migrate({ url: db.url });
    const dir = scratchMigrations({
      "29990101000000_add_thing": `CREATE TABLE "Thing" ("id" INTEGER NOT NULL, CONSTRAINT "Thing_pkey" PRIMARY KEY ("id"));\n`,
    });
    const r = await migrate({ url: db.url, migrationsDir: dir });
    expect(r.applied).toEqual(["29990101000000_add_thing"]);
    expect(await query(db.url, `SELECT count(*)::int AS n FROM "Thing"`)).toEqual([{ n: 0 }]);
  });

  it("serialises concurrent migrators with the advisory lock: exactly one applies each migration", async () => {
    const db = await emptyDb();
    // A slow migration widens the race window: without the lock, several runners would try to apply it.
    const dir = scratchMigrations({ "29990101000000_slow": `SELECT pg_sleep(0.3);\nCREATE TABLE "Slow" ("id" INTEGER);\n` });
    const results = await Promise.all(Array.from({ length: 4 }, () => migrate({ url: db.url, migrationsDir: dir })));
    const appliedCounts = new Map<string, number>();
    for (const r of results) for (const n of r.applied) appliedCounts.set(n, (appliedCounts.get(n) ?? 0) + 1);
    expect([...appliedCounts.values()].every((n) => n === 1)).toBe(true);
    expect(appliedCounts.size).toBe(readMigrations(dir).length);
    const rows = await query<{ migration_name: string }>(db.url, `SELECT migration_name FROM "_prisma_migrations"`);
    expect(rows.map((r) => r.migration_name).sort()).toEqual(readMigrations(dir).map((m) => m.name));
  });

  it("waits while another session holds Prisma's migration lock", async () => {
    const db = await emptyDb();
    const holder = new pg.Client({ connectionString: db.url });
    await holder.connect();
    await holder.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    let done = false;
    const lines: string[] = [];
    const run = migrate({ url: db.url, log: (l) => lines.push(l) }).then((r) => {
      done = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 400));
    expect(done).toBe(false);
    expect(await query(db.url, `SELECT to_regclass('"User"') IS NULL AS missing`)).toEqual([{ missing: true }]);
    await holder.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    await holder.end();
    const r = await run;
    expect(r.applied.length).toBeGreaterThan(0);
    expect(lines.join("\n")).toMatch(/another process is migrating/);
  });

  it("gives up with a clear message when the lock is held past lockTimeoutMs", async () => {
    const db = await emptyDb();
    const holder = new pg.Client({ connectionString: db.url });
    await holder.connect();
    await holder.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await expect(migrate({ url: db.url, lockTimeoutMs: 300 })).rejects.toThrow(/Timed out .* waiting for the migration lock/);
    } finally {
      await holder.end();
    }
  });

  it("refuses to run when an applied migration's file was modified (checksum)", async () => {
    const db = await emptyDb();
    const dir = scratchMigrations();
    await migrate({ url: db.url, migrationsDir: dir });
    const [first] = readMigrations(dir);
    fs.appendFileSync(path.join(dir, first!.name, "migration.sql"), "\n-- sneaky edit\n");
    await expect(migrate({ url: db.url, migrationsDir: dir })).rejects.toThrow(
      new RegExp(`Migration ${first!.name} was modified after it was applied`),
    );
  });

  it("rolls a failing migration back completely and records nothing for it", async () => {
    const db = await emptyDb();
    const dir = scratchMigrations({ "29990101000000_broken": `CREATE TABLE "Half" ("id" INTEGER);\nSELECT no_such_function();\n` });
    await expect(migrate({ url: db.url, migrationsDir: dir })).rejects.toThrow(
      /Migration 29990101000000_broken failed and was rolled back: .*no_such_function/,
    );
    expect(await query(db.url, `SELECT to_regclass('"Half"') IS NULL AS missing`)).toEqual([{ missing: true }]);
    const rows = await query<{ migration_name: string }>(db.url, `SELECT migration_name FROM "_prisma_migrations"`);
    expect(rows.map((r) => r.migration_name)).not.toContain("29990101000000_broken");
    // The earlier migrations stay applied; fixing the file lets the next start finish the job.
    fs.writeFileSync(path.join(dir, "29990101000000_broken", "migration.sql"), `CREATE TABLE "Half" ("id" INTEGER);\n`);
    expect((await migrate({ url: db.url, migrationsDir: dir })).applied).toEqual(["29990101000000_broken"]);
  });

  it("refuses when a migration was left failed by Prisma (row without finished_at)", async () => {
    const db = await emptyDb();
    await migrate({ url: db.url });
    await query(
      db.url,
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('00000000-0000-4000-8000-000000000000', 'x', '29990101000000_failed')`,
    );
    await expect(migrate({ url: db.url })).rejects.toThrow(/29990101000000_failed failed earlier/);
  });
});

describe("migrate on a database made without migrations", () => {
  it("explains that the schema exists without history (db push) instead of a bare SQL error", async () => {
    const db = await createEmptyDatabase("kk_mig");
    cleanups.push(() => db.drop());
    const [init] = readMigrations(REAL_DIR);
    await query(db.url, init!.sql); // as `prisma db push` would have left it
    await expect(migrate({ url: db.url })).rejects.toThrow(
      /already exists — the database already has this schema but no migration history/,
    );
  });
});

describe("migrate without a server", () => {
  it("says which server it could not reach", async () => {
    const { freePort } = await import("../../lib/db/embedded");
    const port = await freePort();
    await expect(migrate({ url: `postgresql://u:p@127.0.0.1:${port}/nowhere` })).rejects.toThrow(
      new RegExp(`Cannot connect to PostgreSQL at 127\\.0\\.0\\.1:${port}/nowhere to migrate it: .*ECONNREFUSED`),
    );
  });
});
