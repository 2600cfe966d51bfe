// The app build the browser tests run on: `next build` once per source fingerprint, reused while the sources are
// unchanged; the first test file that needs it builds it, the others wait for it in ensureBuild().
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
/**
 * Test builds live apart from the developer's `.next` (Next refuses two builds in one distDir, and another
 * developer's `next build` must not pull the rug from under a running test server): one directory per source
 * fingerprint under .next/cache (which `next build` keeps and git ignores). next.config.js reads KAKUNIN_DIST_DIR.
 */
const TEST_BUILDS = path.join(ROOT, ".next/cache/kakunin-test-builds");

/**
 * Identifies a test run by its vitest main process: test files are worker processes forked by it (their ppid), and the
 * global setup runs in it (its pid; tests/global-setup.ts starts the build there before any file needs it).
 */
export const runId = (mainPid = process.ppid) => `${os.hostname()}-${mainPid}`;

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
  // Run markers and failure notes older than a day.
  for (const f of fs.readdirSync(TEST_BUILDS)) {
    const full = path.join(TEST_BUILDS, f);
    if (/^(run|failed)-/.test(f) && Date.now() - fs.statSync(full).mtimeMs > 24 * 60 * 60_000) fs.rmSync(full, { force: true });
  }
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** `next build` into distDir, at niceness `nice` (its threads and workers start after the main thread is reniced). */
function nextBuild(distDir: string, nice: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, "build"], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...BUILD_SENTINELS,
        KAKUNIN_DIST_DIR: distDir,
        KAKUNIN_TEST_BUILD: "1",
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    if (nice && child.pid !== undefined)
      try {
        os.setPriority(child.pid, nice);
      } catch {}
    // A run that ends before the build does (cancelled, or no web file reached) must not leave it running.
    const killOnExit = () => child.kill("SIGKILL");
    process.once("exit", killOnExit);
    let output = "";
    const append = (b: Buffer) => {
      output = (output + b.toString()).slice(-16_000);
    };
    child.stdout.on("data", append);
    child.stderr.on("data", append);
    child.once("error", reject);
    child.once("close", (code) => {
      process.off("exit", killOnExit);
      resolve({ code, output });
    });
  });
}

/**
 * Runs `next build` unless a build of the current sources exists. Safe to call from parallel test files; within one
 * test run every caller gets the same build. A build that failed is not tried again in the same run: every later
 * caller gets its error at once. `nice`: the build's niceness (the global setup's build yields to the tests running).
 */
export async function ensureBuild(run = runId(), { nice = 0 } = {}): Promise<BuildInfo> {
  return withLock("build", async () => {
    fs.mkdirSync(TEST_BUILDS, { recursive: true });
    const failure = path.join(TEST_BUILDS, `failed-${run}`);
    if (fs.existsSync(failure)) throw new Error(fs.readFileSync(failure, "utf8"));
    const runMarker = path.join(TEST_BUILDS, `run-${run}`);
    const marked = readIfExists(runMarker)?.trim();
    // This run's build, or (unless KAKUNIN_TEST_REUSE_BUILD=0) an earlier run's build of the same sources.
    const thisRuns = marked !== undefined && isComplete(path.join(TEST_BUILDS, marked));
    const name = thisRuns ? marked : sourceFingerprint().slice(0, 16);
    const abs = path.join(TEST_BUILDS, name);
    const distDir = path.relative(ROOT, abs);
    fs.writeFileSync(runMarker, name);
    if (thisRuns || (isComplete(abs) && process.env.KAKUNIN_TEST_REUSE_BUILD !== "0")) {
      fs.utimesSync(abs, new Date(), new Date());
      return { distDir, built: false, ms: 0 };
    }
    fs.rmSync(abs, { recursive: true, force: true });
    const t0 = performance.now();
    const r = await nextBuild(distDir, nice);
    if (r.code !== 0) {
      const message = `next build failed (exit ${r.code}):\n${r.output}`;
      fs.writeFileSync(failure, message);
      throw new Error(message);
    }
    const ms = Math.round(performance.now() - t0);
    fs.writeFileSync(path.join(abs, "kakunin-build-stamp.json"), JSON.stringify({ builtAt: new Date().toISOString(), ms }));
    if (process.env.KAKUNIN_TEST_VERBOSE) console.log(`[test-build] next build in ${ms} ms → ${distDir}`);
    pruneOldBuilds(name);
    return { distDir, built: true, ms };
  });
}
