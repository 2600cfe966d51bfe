// Browser-test server: builds the app once (`next build`, reused while the sources are unchanged) and starts
// `next start` on a free port against a fresh test database holding the course content (a copy of the run's content
// template, tests/helpers/template-db.ts; `content: false`: empty and migrated) and a random NEXTAUTH_SECRET.
//
//   const app = await startTestServer();
//   afterAll(() => app.stop());
//   await page.goto(app.url + "/signin");
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../lib/db/embedded";
import { createTestDatabase, type TestDatabase } from "./db";
import { createContentDatabase } from "./template-db";

export const ROOT = path.resolve(import.meta.dirname, "../..");
/**
 * Test builds live apart from the developer's `.next` (Next refuses two builds in one distDir, and another
 * developer's `next build` must not pull the rug from under a running test server): one directory per source
 * fingerprint under .next/cache (which `next build` keeps and git ignores). next.config.js reads KAKUNIN_DIST_DIR.
 */
const TEST_BUILDS = path.join(ROOT, ".next/cache/kakunin-test-builds");
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
/** Identifies this test run: test files are worker processes forked by the same vitest main process. */
const RUN_ID = `${os.hostname()}-${process.ppid}`;

/**
 * Sentinel values the build runs with: tests/web/api.test.ts greps the client bundles for them, proving that no
 * server secret is inlined into code shipped to browsers.
 */
export const BUILD_SENTINELS = {
  NEXTAUTH_SECRET: "kakunin-build-sentinel-secret-7c1e94",
  DATABASE_URL: "postgresql://sentinel_user:sentinel-pw-5d2a@sentinel-db-host:5432/sentinel_db",
} as const;

/** What a build depends on: when any of these files changes (mtime/size), the app is rebuilt. */
const BUILD_INPUTS = [
  "app",
  "lib",
  "engine",
  "messages",
  "public",
  "proxy.ts",
  "middleware.ts",
  "next.config.js",
  "tsconfig.json",
  "tsconfig.next.json",
  "package-lock.json",
];

function walk(p: string, out: string[]): void {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch {
    return;
  }
  if (st.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) {
      if (name === "node_modules" || name.startsWith(".")) continue;
      walk(path.join(p, name), out);
    }
  } else if (st.isFile()) {
    out.push(`${path.relative(ROOT, p)}:${st.size}:${Math.floor(st.mtimeMs)}`);
  }
}

/** A fingerprint of the build inputs. */
export function sourceFingerprint(): string {
  const lines: string[] = [];
  for (const rel of BUILD_INPUTS) walk(path.join(ROOT, rel), lines);
  return crypto.createHash("sha256").update(lines.join("\n")).digest("hex");
}

/** Cross-process lock (test files run in parallel workers): an exclusive directory holding the owner's pid. */
async function withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const dir = path.join(os.tmpdir(), `kakunin-${crypto.createHash("sha1").update(ROOT).digest("hex").slice(0, 10)}-${name}.lock`);
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, "pid"), String(process.pid));
      break;
    } catch {
      // Held: by a live process, wait; by a dead one, take it over.
      let owner = NaN;
      try {
        owner = Number(fs.readFileSync(path.join(dir, "pid"), "utf8"));
      } catch {}
      let alive = false;
      if (Number.isFinite(owner)) {
        try {
          process.kill(owner, 0);
          alive = true;
        } catch {}
      }
      if (!alive && Number.isFinite(owner)) {
        fs.rmSync(dir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for lock ${dir}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface BuildInfo {
  /** distDir of the build, relative to ROOT (pass as KAKUNIN_DIST_DIR to `next start`). */
  distDir: string;
  built: boolean;
  ms: number;
}

function isComplete(absDist: string): boolean {
  return fs.existsSync(path.join(absDist, "kakunin-build-stamp.json")) && fs.existsSync(path.join(absDist, "BUILD_ID"));
}

/** Removes test builds that no run has used for 30 minutes (keeps the newest two regardless); ~200 MB each. */
function pruneOldBuilds(keep: string): void {
  let entries: { name: string; mtime: number }[] = [];
  try {
    entries = fs
      .readdirSync(TEST_BUILDS, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => ({ name: e.name, mtime: fs.statSync(path.join(TEST_BUILDS, e.name)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime);
  } catch {
    return;
  }
  for (const [i, e] of entries.entries()) {
    if (i < 2 || e.name === keep || Date.now() - e.mtime < 30 * 60_000) continue;
    fs.rmSync(path.join(TEST_BUILDS, e.name), { recursive: true, force: true });
  }
  // Run markers older than a day.
  for (const f of fs.readdirSync(TEST_BUILDS)) {
    const full = path.join(TEST_BUILDS, f);
    if (f.startsWith("run-") && Date.now() - fs.statSync(full).mtimeMs > 24 * 60 * 60_000) fs.rmSync(full, { force: true });
  }
}

/**
 * Runs `next build` unless a build of the current sources exists. Safe to call from parallel test files; within
 * one test run every caller gets the same build, even if sources are edited meanwhile.
 */
export async function ensureBuild(): Promise<BuildInfo> {
  return withLock("build", async () => {
    fs.mkdirSync(TEST_BUILDS, { recursive: true });
    const runMarker = path.join(TEST_BUILDS, `run-${RUN_ID}`);
    let name: string | undefined;
    try {
      name = fs.readFileSync(runMarker, "utf8").trim();
      if (!isComplete(path.join(TEST_BUILDS, name))) name = undefined;
    } catch {}
    name ??= sourceFingerprint().slice(0, 16);
    const abs = path.join(TEST_BUILDS, name);
    const distDir = path.relative(ROOT, abs);
    fs.writeFileSync(runMarker, name);
    if (isComplete(abs) && process.env.KAKUNIN_TEST_REUSE_BUILD !== "0") {
      fs.utimesSync(abs, new Date(), new Date());
      return { distDir, built: false, ms: 0 };
    }
    fs.rmSync(abs, { recursive: true, force: true });
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [NEXT_BIN, "build"], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...BUILD_SENTINELS,
        KAKUNIN_DIST_DIR: distDir,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
      },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.status !== 0) {
      throw new Error(`next build failed (exit ${r.status}):\n${(r.stdout ?? "").slice(-4000)}\n${(r.stderr ?? "").slice(-4000)}`);
    }
    const ms = Math.round(performance.now() - t0);
    fs.writeFileSync(path.join(abs, "kakunin-build-stamp.json"), JSON.stringify({ builtAt: new Date().toISOString(), ms }));
    if (process.env.KAKUNIN_TEST_VERBOSE) console.log(`[test-server] next build in ${ms} ms → ${distDir}`);
    pruneOldBuilds(name);
    return { distDir, built: true, ms };
  });
}

export interface TestServer {
  url: string;
  port: number;
  db: TestDatabase;
  secret: string;
  /** false when started with `content: false` (an empty, migrated database) */
  content: boolean;
  build: BuildInfo;
  /** Server output so far (for failure messages). */
  logs(): string;
  stop(): Promise<void>;
}

async function waitForHttp(url: string, child: ChildProcess, logs: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${logs()}`);
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (res.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`next start did not answer on ${url} within ${timeoutMs} ms:\n${logs()}`);
}

export async function startTestServer(options: { content?: boolean; env?: Record<string, string> } = {}): Promise<TestServer> {
  const verbose = (msg: string) => process.env.KAKUNIN_TEST_VERBOSE && console.log(`[test-server] ${msg}`);
  const t0 = performance.now();
  const build = await ensureBuild();
  const t1 = performance.now();
  const db = options.content === false ? await createTestDatabase() : await createContentDatabase();
  const content = options.content !== false;
  const t2 = performance.now();
  verbose(`build ${Math.round(t1 - t0)} ms, database ${Math.round(t2 - t1)} ms${content ? " (content)" : ""}`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const secret = crypto.randomBytes(32).toString("base64url");
  let output = "";
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: db.url,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: url,
      KAKUNIN_DIST_DIR: build.distDir,
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const append = (b: Buffer) => {
    output += b.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout!.on("data", append);
  child.stderr!.on("data", append);
  const logs = () => output;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          child.kill("SIGKILL");
          resolve();
        }, 5_000);
        child.once("exit", () => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    await db.drop();
  };
  try {
    await waitForHttp(`${url}/signin`, child, logs);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, port, db, secret, content, build, logs, stop };
}
