// Applies the SQL migrations in prisma/migrations (Prisma's layout) with plain `pg`, because Prisma 7's CLI needs a
// native schema engine that cannot be downloaded here. Book-keeping is Prisma's own `_prisma_migrations` table with
// its exact columns and semantics, so `prisma migrate deploy/status` would see these migrations as applied.
//
// - Serialised by the same session advisory lock Prisma takes (72707369), so two processes starting at once (or us
//   and a real `prisma migrate deploy`) never race.
// - Each migration runs in one transaction together with its `_prisma_migrations` row: it is applied fully or not.
// - A migration whose file changed after it was applied (sha256 checksum differs) stops everything with a clear error.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

/** The advisory lock key Prisma Migrate uses on PostgreSQL. */
export const MIGRATION_LOCK_KEY = 72707369;

export const DEFAULT_MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma", "migrations");

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrateOptions {
  /** PostgreSQL connection string of the database to migrate. */
  url: string;
  /** Folder holding `<timestamp>_<name>/migration.sql`; default prisma/migrations under the working directory. */
  migrationsDir?: string;
  /** Progress lines; default: silent. */
  log?: (line: string) => void;
  /** Give up waiting for another migrator's lock after this long (ms). Default 5 minutes. */
  lockTimeoutMs?: number;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: string[];
  ms: number;
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

export function checksumOf(sql: string | Buffer): string {
  return crypto.createHash("sha256").update(sql).digest("hex");
}

/** Reads the migrations on disk, sorted by folder name (Prisma's order). */
export function readMigrations(migrationsDir = DEFAULT_MIGRATIONS_DIR): MigrationFile[] {
  if (!fs.existsSync(migrationsDir)) throw new MigrationError(`No migrations folder at ${migrationsDir}`);
  const out: MigrationFile[] = [];
  for (const entry of fs.readdirSync(migrationsDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const file = path.join(migrationsDir, entry.name, "migration.sql");
    if (!fs.existsSync(file)) continue;
    const bytes = fs.readFileSync(file);
    out.push({ name: entry.name, sql: bytes.toString("utf8"), checksum: checksumOf(bytes) });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

// Exactly the table Prisma Migrate creates.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

async function takeLock(client: pg.Client, timeoutMs: number, log: (l: string) => void): Promise<void> {
  const got = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1) AS ok", [MIGRATION_LOCK_KEY]);
  if (got.rows[0]?.ok) return;
  log("another process is migrating this database; waiting for it to finish");
  await client.query(`SET lock_timeout = ${Math.max(1, Math.floor(timeoutMs))}`);
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  } catch (e) {
    throw new MigrationError(
      `Timed out after ${Math.round(timeoutMs / 1000)} s waiting for the migration lock (pg_advisory_lock ${MIGRATION_LOCK_KEY}) held by another process: ${(e as Error).message}`,
    );
  } finally {
    await client.query("RESET lock_timeout");
  }
}

/** Applies all pending migrations. Safe to call from several processes at once. */
export async function migrate(opts: MigrateOptions): Promise<MigrateResult> {
  const t0 = performance.now();
  const log = opts.log ?? (() => {});
  const migrations = readMigrations(opts.migrationsDir);
  const client = new pg.Client({ connectionString: opts.url, application_name: "kakunin-migrate" });
  // A dropped connection surfaces on the pending query; don't crash the process on the 'error' event.
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (e) {
    let where = "the database";
    try {
      const u = new URL(opts.url);
      where = `${u.hostname}:${u.port || 5432}${u.pathname}`;
    } catch {
      /* keep the generic wording */
    }
    throw new MigrationError(`Cannot connect to PostgreSQL at ${where} to migrate it: ${(e as Error).message}`);
  }
  const applied: string[] = [];
  const alreadyApplied: string[] = [];
  try {
    await takeLock(client, opts.lockTimeoutMs ?? 5 * 60_000, log);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const rows = (
        await client.query<AppliedRow>(
          `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
        )
      ).rows;
      const live = rows.filter((r) => r.rolled_back_at === null);

      const failed = live.filter((r) => r.finished_at === null);
      if (failed.length) {
        throw new MigrationError(
          `Migration ${failed.map((r) => r.migration_name).join(", ")} failed earlier and was left half-applied ` +
            `(a row in _prisma_migrations without finished_at). Repair the database by hand, then mark it resolved ` +
            `(set rolled_back_at on that row) before starting again.`,
        );
      }
      const byName = new Map(live.map((r) => [r.migration_name, r]));
      for (const m of migrations) {
        const row = byName.get(m.name);
        if (row && row.checksum !== m.checksum) {
          throw new MigrationError(
            `Migration ${m.name} was modified after it was applied to this database ` +
              `(checksum in database ${row.checksum.slice(0, 12)}…, on disk ${m.checksum.slice(0, 12)}…). ` +
              `Applied migrations must never be edited: restore prisma/migrations/${m.name}/migration.sql ` +
              `(git checkout) and put the change in a new migration.`,
          );
        }
      }
      const known = new Set(migrations.map((m) => m.name));
      const unknown = live.filter((r) => !known.has(r.migration_name)).map((r) => r.migration_name);
      if (unknown.length) {
        log(`warning: the database has migrations this code does not know (${unknown.join(", ")}); is this an older version?`);
      }

      for (const m of migrations) {
        if (byName.has(m.name)) {
          alreadyApplied.push(m.name);
          continue;
        }
        const t = performance.now();
        await client.query("BEGIN");
        try {
          const id = crypto.randomUUID();
          await client.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
            [id, m.checksum, m.name],
          );
          await client.query(m.sql);
          await client.query(`UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`, [
            id,
          ]);
          await client.query("COMMIT");
        } catch (e) {
          await client.query("ROLLBACK").catch(() => {});
          const msg = (e as Error).message;
          const hint =
            live.length === 0 && /already exists/.test(msg)
              ? ` — the database already has this schema but no migration history (made with \`prisma db push\`?). ` +
                `Use an empty database, or baseline this one by recording the migrations as applied.`
              : "";
          throw new MigrationError(`Migration ${m.name} failed and was rolled back: ${msg}${hint}`);
        }
        applied.push(m.name);
        log(`applied ${m.name} (${Math.round(performance.now() - t)} ms)`);
      }
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    }
  } finally {
    await client.end().catch(() => {});
  }
  return { applied, alreadyApplied, ms: Math.round(performance.now() - t0) };
}
