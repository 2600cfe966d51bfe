// npm start — one command from a fresh clone to a running Kakunin:
//   1. database   DATABASE_URL if set, otherwise an embedded PostgreSQL in .data/pg (kept across restarts; as root,
//                 under /var/lib/kakunin when the postgres user cannot reach the project — lib/db/placement.ts)
//   2. migrate    pending prisma/migrations (lib/db/migrate.ts)
//   3. content    exercises/ into the database (lib/content/load.ts, when present)
//   4. secret     NEXTAUTH_SECRET from the environment or .data/secret (generated on first start)
//   5. build      `next build` when there is no build of the current sources
//   6. next       `next start -p $PORT` (default 3000), or `next dev` with --dev, supervised: restarted with backoff
//                 when it exits unexpectedly (scripts/start/supervisor.ts) while PostgreSQL stays up
// Ctrl-C / SIGTERM stops Next first, then PostgreSQL (also during a build or while a restart is pending).
//
// Options: --dev (next dev, no build), --skip-content, --rebuild (force next build).
// Environment: PORT, DATABASE_URL, PGPORT_EMBEDDED (default 54329), NEXTAUTH_SECRET, NEXTAUTH_URL, KAKUNIN_DATA_DIR,
// KAKUNIN_SYSTEM_DIR (default /var/lib/kakunin), KAKUNIN_SKIP_CONTENT=1.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { appDataDir, redactUrl, startEmbeddedPostgres, type EmbeddedPostgres } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { loadOrCreateSecret } from "../lib/secrets";
import { processStartTicks } from "./start/process-start";
import { Supervisor } from "./start/supervisor";

/** The installation: migrations, exercises/, .data, .next, the sources to build (npm runs us from the repo root). */
const ROOT = process.cwd();
/** Where this code lives (the same directory unless a test runs start.ts in a scratch project). */
const CODE_ROOT = path.resolve(import.meta.dirname, "..");
const argv = new Set(process.argv.slice(2));
const DEV = argv.has("--dev");
const SKIP_CONTENT = argv.has("--skip-content") || process.env.KAKUNIN_SKIP_CONTENT === "1";
const FORCE_BUILD = argv.has("--rebuild");
for (const a of argv) {
  if (!["--dev", "--skip-content", "--rebuild"].includes(a)) {
    console.error(`start: unknown option ${a} (known: --dev, --skip-content, --rebuild)`);
    process.exit(2);
  }
}

const T0 = performance.now();
const fmt = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);
const log = (phase: string, msg: string) => console.log(`[start] ${phase.padEnd(8)} ${msg}`);

async function phase<T>(name: string, what: string, fn: () => Promise<T>, done: (r: T) => string): Promise<T> {
  const t = performance.now();
  log(name, `${what}…`);
  const r = await fn();
  log(name, `${done(r)} (${fmt(performance.now() - t)})`);
  return r;
}

// ---------------------------------------------------------------------------------------------------------------
// shutdown: children first, then PostgreSQL

let embedded: EmbeddedPostgres | undefined;
/** A one-off step's process (prisma generate, next build). */
let child: ChildProcess | undefined;
let childLabel = "Next";
/** The web server, once started. */
let web: Supervisor | undefined;
let shuttingDown = false;

function waitExit(c: ChildProcess, ms: number): Promise<boolean> {
  if (c.exitCode !== null || c.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(false), ms);
    c.once("exit", () => {
      clearTimeout(t);
      resolve(true);
    });
  });
}

async function shutdown(reason: string, code: number): Promise<never> {
  if (shuttingDown) {
    // second Ctrl-C: don't wait for Next any longer
    child?.kill("SIGKILL");
    web?.kill();
    return new Promise<never>(() => {});
  }
  shuttingDown = true;
  const t = performance.now();
  const what = web ? web.label : child ? childLabel : undefined;
  log("stop", `${reason}: stopping${what ? ` ${what}` : ""}${embedded ? (what ? ", then PostgreSQL" : " PostgreSQL") : ""}…`);
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill("SIGTERM");
    if (!(await waitExit(child, 10_000))) {
      log("stop", `${childLabel} did not exit within 10 s; killing it`);
      child.kill("SIGKILL");
      await waitExit(child, 5_000);
    }
  }
  await web?.stop();
  fs.rmSync(NEXT_PID_FILE(), { force: true });
  if (embedded) await embedded.stop();
  log("stop", `stopped cleanly (${fmt(performance.now() - t)})`);
  process.exit(code);
}

for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(sig, () => void shutdown(`received ${sig}`, sig === "SIGINT" ? 130 : sig === "SIGTERM" ? 143 : 129));
}

function run(label: string, cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): Promise<number> {
  return new Promise((resolve, reject) => {
    const c = spawn(cmd, args, { stdio: "inherit", env, cwd });
    child = c;
    childLabel = label;
    c.once("error", reject);
    c.once("exit", (code, signal) => {
      if (child === c) child = undefined;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// build freshness: a fingerprint of the sources Next compiles, kept beside .next/BUILD_ID

const NOT_BUILT = new Set([
  "node_modules",
  ".next",
  ".data",
  ".git",
  "tests",
  "tmp",
  ".scratch",
  "coverage",
  "test-results",
  "docs",
  ".ci",
  "scripts",
  "prisma",
  "exercises",
  "shared",
]);
const BUILD_STAMP = path.join(ROOT, ".next", "kakunin-build.json");

interface SourceFile {
  rel: string;
  size: number;
  mtimeMs: number;
}

function sourceFiles(): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (rel === "" && NOT_BUILT.has(e.name)) continue;
      // at the top level only config-like files count (not logs, notes, READMEs); .env* is inlined by next build
      if (rel === "" && e.isFile() && !/\.(ts|tsx|js|mjs|cjs|json)$/.test(e.name) && !e.name.startsWith(".env")) continue;
      if (e.name === ".DS_Store" || e.name.endsWith(".tsbuildinfo") || e.name === "next-env.d.ts") continue;
      const p = path.join(dir, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p, r);
      else if (e.isFile()) {
        const st = fs.statSync(p);
        out.push({ rel: r, size: st.size, mtimeMs: st.mtimeMs });
      }
    }
  };
  walk(ROOT, "");
  return out.sort((a, b) => (a.rel < b.rel ? -1 : 1));
}

interface Fingerprint {
  stat: string;
  content: string;
  files: number;
}

function fingerprint(withContent: boolean): Fingerprint {
  const files = sourceFiles();
  const stat = crypto.createHash("sha256");
  for (const f of files) stat.update(`${f.rel}\0${f.size}\0${f.mtimeMs}\n`);
  let content = "";
  if (withContent) {
    const h = crypto.createHash("sha256");
    for (const f of files)
      h.update(`${f.rel}\0`)
        .update(fs.readFileSync(path.join(ROOT, f.rel)))
        .update("\n");
    content = h.digest("hex");
  }
  return { stat: stat.digest("hex"), content, files: files.length };
}

/** null when the existing build is current, otherwise why a build is needed. */
function buildNeeded(): { reason: string | null; fp: Fingerprint } {
  const quick = fingerprint(false);
  if (FORCE_BUILD) return { reason: "--rebuild was given", fp: fingerprint(true) };
  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) return { reason: "no build yet", fp: fingerprint(true) };
  let stamp: Fingerprint | undefined;
  try {
    stamp = JSON.parse(fs.readFileSync(BUILD_STAMP, "utf8")) as Fingerprint;
  } catch {
    return { reason: "the build was not made by npm start", fp: fingerprint(true) };
  }
  if (stamp.stat === quick.stat) return { reason: null, fp: stamp };
  const full = fingerprint(true); // timestamps changed (e.g. git checkout): compare contents before rebuilding
  if (full.content === stamp.content) {
    fs.writeFileSync(BUILD_STAMP, JSON.stringify(full, null, 2));
    return { reason: null, fp: full };
  }
  return { reason: "sources changed since the last build", fp: full };
}

// ---------------------------------------------------------------------------------------------------------------

/** A path relative to the project when it is inside it, else absolute. */
const shortPath = (p: string) => (path.relative(ROOT, p).startsWith("..") ? p : path.relative(ROOT, p));

const NEXT_PID_FILE = () => path.join(appDataDir(), "next.pid");

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

interface NextPidRecord {
  pid: number;
  owner: number;
  /** processStartTicks(pid) when it was spawned */
  started?: string;
}

/** A Next server left behind by a start that was SIGKILLed would hold the port: stop it. */
async function stopOrphanedNext(): Promise<void> {
  let rec: NextPidRecord | undefined;
  try {
    rec = JSON.parse(fs.readFileSync(NEXT_PID_FILE(), "utf8")) as NextPidRecord;
  } catch {
    return;
  }
  fs.rmSync(NEXT_PID_FILE(), { force: true });
  if (!rec || !Number.isInteger(rec.pid) || rec.pid <= 1 || alive(rec.owner) || !alive(rec.pid)) return;
  // Only the very process we started: its pid may have been reused since.
  if (rec.started === undefined || processStartTicks(rec.pid) !== rec.started) return;
  log("next", `stopping a Next server (PID ${rec.pid}) left running by a previous start that did not stop cleanly`);
  process.kill(rec.pid, "SIGTERM");
  for (let i = 0; i < 100 && alive(rec.pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive(rec.pid)) process.kill(rec.pid, "SIGKILL");
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen({ port, exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/** The status of GET url once it answers, or null if the supervisor stops or `ms` passes first. */
async function waitForHttp(url: string, ms: number): Promise<number | null> {
  const until = Date.now() + ms;
  while (Date.now() < until && !shuttingDown) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      return res.status;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return null;
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT=${process.env.PORT} is not a valid port`);
  log("mode", DEV ? `development (next dev) on port ${port}` : `production (next build + next start) on port ${port}`);
  await stopOrphanedNext();
  if (!(await portFree(port))) {
    throw new Error(
      `Port ${port} is already in use by another program, so Next cannot listen on it. Stop that program or choose another port: PORT=<port> npm start`,
    );
  }

  // 1. database
  let url: string;
  if (process.env.DATABASE_URL) {
    url = process.env.DATABASE_URL;
    log("database", `using DATABASE_URL ${redactUrl(url)} (no embedded PostgreSQL)`);
  } else {
    const dataDir = path.join(appDataDir(), "pg");
    embedded = await phase(
      "database",
      `starting the embedded PostgreSQL for ${path.relative(ROOT, dataDir) || dataDir}`,
      () => startEmbeddedPostgres({ dataDir, log: (l) => log("database", l) }),
      (pg) => `embedded PostgreSQL ready on 127.0.0.1:${pg.port} (PID ${pg.pid}; data in ${shortPath(pg.dataDir)})`,
    );
    url = embedded.url;
  }

  // Prisma client code generated? (postinstall does it; a clean checkout without install scripts may lack it)
  if (!fs.existsSync(path.join(CODE_ROOT, "lib/generated/prisma/client.ts"))) {
    await phase(
      "generate",
      "generating the Prisma client",
      async () => {
        const code = await run("prisma generate", "npm", ["run", "-s", "prisma:generate"], process.env, CODE_ROOT);
        if (code !== 0) throw new Error(`prisma generate failed (exit ${code})`);
      },
      () => "done",
    );
  }

  // 2. migrate
  await phase(
    "migrate",
    "applying migrations",
    () => migrate({ url, log: (l) => log("migrate", l) }),
    (r) => (r.applied.length ? `applied ${r.applied.length} migration(s)` : `up to date (${r.alreadyApplied.length} applied)`),
  );

  // 3. content
  const loader = ["lib/content/load.ts", "lib/content/load.js"].map((f) => path.join(CODE_ROOT, f)).find((f) => fs.existsSync(f));
  if (SKIP_CONTENT) log("content", "skipped (--skip-content)");
  else if (!loader) log("content", "skipped: lib/content/load.ts does not exist yet");
  else {
    const summary = await phase(
      "content",
      "loading exercises/ into the database",
      async () => {
        const mod = (await import(pathToFileURL(loader).href)) as {
          loadContent?: (prisma: unknown, rootDir: string) => Promise<unknown>;
          formatSummary?: (s: unknown) => string;
        };
        if (typeof mod.loadContent !== "function")
          throw new Error(`${path.relative(CODE_ROOT, loader)} does not export loadContent(prisma, rootDir)`);
        // imported here, not at the top: it needs the generated Prisma client, which step "generate" may have just made
        const { createPrismaClient } = await import("../lib/db/client");
        const prisma = createPrismaClient(url, { max: 4 });
        try {
          const result = await mod.loadContent(prisma, path.join(ROOT, "exercises"));
          return typeof mod.formatSummary === "function" ? mod.formatSummary(result) : "";
        } catch (e) {
          throw new Error(
            `loading exercises/ failed (start with --skip-content to serve what the database already has):\n${(e as Error).message}`,
          );
        } finally {
          await prisma.$disconnect();
        }
      },
      () => "loaded",
    );
    for (const line of summary.split("\n").filter(Boolean)) log("content", line);
  }

  // 4. secret, URLs
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, PORT: String(port) };
  const secret = loadOrCreateSecret(path.join(appDataDir(), "secret"));
  env.NEXTAUTH_SECRET = secret.secret;
  log(
    "secret",
    secret.source === "env"
      ? "NEXTAUTH_SECRET from the environment"
      : `NEXTAUTH_SECRET ${secret.source === "generated" ? "generated into" : "read from"} ${path.relative(ROOT, secret.file!)}`,
  );
  if (!env.NEXTAUTH_URL) env.NEXTAUTH_URL = `http://localhost:${port}`;
  if (!env.NEXT_TELEMETRY_DISABLED) env.NEXT_TELEMETRY_DISABLED = "1";
  log("url", `NEXTAUTH_URL=${env.NEXTAUTH_URL}`);

  const require = createRequire(import.meta.url);
  // KAKUNIN_NEXT_BIN: a stand-in for Next's CLI (tests/db/start.test.ts uses one to run start-up without a real build)
  const nextBin = process.env.KAKUNIN_NEXT_BIN || require.resolve("next/dist/bin/next");

  // 5. build
  if (!DEV) {
    const t = performance.now();
    const { reason, fp } = buildNeeded();
    if (reason === null) log("build", `current build is up to date (${fp.files} source files checked in ${fmt(performance.now() - t)})`);
    else {
      await phase(
        "build",
        `next build (${reason})`,
        async () => {
          fs.rmSync(BUILD_STAMP, { force: true });
          const code = await run("next build", process.execPath, [nextBin, "build"], { ...env, NODE_ENV: "production" });
          if (shuttingDown) return new Promise<never>(() => {});
          if (code !== 0) throw new Error(`next build failed (exit ${code})`);
          fs.writeFileSync(BUILD_STAMP, JSON.stringify(fp, null, 2));
        },
        () => "built",
      );
    }
  }

  // 6. next, supervised: restarted when it dies, while PostgreSQL stays up
  const args = DEV ? [nextBin, "dev", "-p", String(port)] : [nextBin, "start", "-p", String(port)];
  log("next", `next ${args.slice(1).join(" ")}`);
  const healthUrl = `http://127.0.0.1:${port}/api/health`;
  if (shuttingDown) return; // a signal arrived during the steps above: start nothing more
  let answered = false;
  web = new Supervisor({
    label: `next ${DEV ? "dev" : "start"}`,
    cmd: process.execPath,
    args,
    env: { ...env, NODE_ENV: DEV ? "development" : "production" },
    cwd: ROOT,
    log: (l) => log("next", l),
    // until it has answered once, an exit is a start-up failure (a bad build, a port taken meanwhile): report it
    restartIf: () => answered,
    onGiveUp: (why) => void shutdown(`next ${DEV ? "dev" : "start"} ${why}, before it ever answered (see its output above)`, 1),
    onSpawn: (c) => {
      if (c.pid !== undefined) {
        const rec: NextPidRecord = { pid: c.pid, owner: process.pid, started: processStartTicks(c.pid) };
        fs.writeFileSync(NEXT_PID_FILE(), JSON.stringify(rec));
      }
      if (web?.restarts) {
        const n = web.restarts;
        const t = performance.now();
        void waitForHttp(healthUrl, 120_000).then((status) => {
          if (status !== null && !shuttingDown && web?.child === c)
            log("next", `back up after restart ${n} (PID ${c.pid}, ${fmt(performance.now() - t)})`);
        });
      }
    },
  });
  web.start();
  let status = await waitForHttp(healthUrl, DEV ? 300_000 : 120_000);
  if (status === null && !shuttingDown) {
    log("next", `no answer from GET /api/health after ${DEV ? 300 : 120} s; still waiting`);
    status = await waitForHttp(healthUrl, Number.POSITIVE_INFINITY);
  }
  answered = status !== null;
  if (status !== null && !shuttingDown) {
    log(
      "ready",
      `http://localhost:${port} — started in ${fmt(performance.now() - T0)}${status === 200 ? "" : ` (GET /api/health answered ${status})`}`,
    );
  }
}

main().catch((e: Error) => {
  if (shuttingDown) return; // a phase cut short by Ctrl-C / SIGTERM: not an error worth reporting
  console.error(`[start] error: ${e.message}`);
  void shutdown("start-up failed", 1);
});
