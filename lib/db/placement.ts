// Where the embedded PostgreSQL's binaries and cluster can live when we run as root. PostgreSQL refuses to run as
// root, so it runs as the unprivileged `postgres` user — which cannot enter a directory only root can enter (a
// clone in /root, a `mktemp -d` directory). When that user cannot reach them:
//   - the binaries are copied once to <system dir>/postgres-<package version>-<content key>/ and reused while the
//     package stays the same;
//   - a NEW cluster is made in <system dir>/<hash of the project's data dir>/pg (kept across restarts; found again
//     by the same hash), and a note beside the project's data dir says where it is;
//   - an EXISTING cluster in the project stays where it is (never replaced by an empty one elsewhere); if that user
//     cannot reach it any more, start-up stops with the ways out.
// The system dir is $KAKUNIN_SYSTEM_DIR or /var/lib/kakunin. Reachability is tested for real: a shell run as that
// user tries to enter each directory on the way, so modes, owners, ACLs and mount options all count.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const DEFAULT_SYSTEM_DIR = "/var/lib/kakunin";

export interface PgUser {
  name: string;
  uid: number;
  gid: number;
}

export interface Binaries {
  postgres: string;
  initdb: string;
}

export class PlacementError extends Error {
  override name = "PlacementError";
}

export function systemDir(given?: string): string {
  return path.resolve(given ?? (process.env.KAKUNIN_SYSTEM_DIR || DEFAULT_SYSTEM_DIR));
}

/** `dir` and every directory above it, from the root down. */
function chain(dir: string): string[] {
  const out: string[] = [];
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    out.unshift(d);
    if (path.dirname(d) === d) return out;
  }
}

/**
 * The first directory on the way to `dir` (inclusive) that `user` cannot enter, or undefined when it can reach
 * `dir`. Directories that do not exist yet are not tested (we create them, as root, with modes that let it pass).
 */
export function blockedAt(dir: string, user: PgUser): string | undefined {
  const dirs = chain(dir).filter((d) => fs.existsSync(d));
  const r = spawnSync("/bin/sh", ["-c", 'for d in "$@"; do cd -- "$d" 2>/dev/null || { printf "%s" "$d"; exit 1; }; done', "sh", ...dirs], {
    uid: user.uid,
    gid: user.gid,
    encoding: "utf8",
    timeout: 10_000,
  });
  if (r.error) throw new PlacementError(`Could not test whether the "${user.name}" user can reach ${dir}: ${r.error.message}`);
  return r.status === 0 ? undefined : r.stdout || dir;
}

/** "(mode 700, owner root)" for log lines and remedies. */
function describeDir(dir: string): string {
  try {
    const st = fs.statSync(dir);
    let owner = String(st.uid);
    try {
      owner = spawnSync("id", ["-nu", String(st.uid)], { encoding: "utf8" }).stdout.trim() || owner;
    } catch {
      /* keep the number */
    }
    return `(mode ${(st.mode & 0o777).toString(8)}, owner ${owner})`;
  } catch {
    return "";
  }
}

function whyBlocked(user: PgUser, blocker: string): string {
  return `PostgreSQL runs as the user "${user.name}" (it refuses to run as root), and that user cannot enter ${blocker} ${describeDir(blocker)}`;
}

function remedies(blocker: string): string {
  return (
    `Ways out: run npm start as a normal (non-root) user; or let other users pass through that directory ` +
    `(chmod o+x ${blocker} — they can enter it, not list it); or set KAKUNIN_DATA_DIR to a directory the postgres ` +
    `user can reach; or set DATABASE_URL to use an existing PostgreSQL server.`
  );
}

/** Makes `dir` (and missing parents) as root, each new level traversable by everyone; `mode` for the last one. */
function makeDir(dir: string, mode: number): void {
  for (const d of chain(dir)) {
    if (fs.existsSync(d)) continue;
    fs.mkdirSync(d, { mode: d === path.resolve(dir) ? mode : 0o755 });
    fs.chmodSync(d, d === path.resolve(dir) ? mode : 0o755); // mkdir's mode is filtered by the umask
  }
}

// ---------------------------------------------------------------------------------------------------------------
// binaries

interface Entry {
  rel: string;
  size: number;
  link?: string;
}

function listTree(root: string): Entry[] {
  const out: Entry[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      const full = path.join(root, r);
      if (e.isSymbolicLink()) out.push({ rel: r, size: 0, link: fs.readlinkSync(full) });
      else if (e.isDirectory()) walk(r);
      else if (e.isFile()) out.push({ rel: r, size: fs.statSync(full).size });
    }
  };
  walk("");
  return out.sort((a, b) => (a.rel < b.rel ? -1 : 1));
}

/**
 * The binaries as `user` can run them: in place when it can reach them, else a copy under the system dir made once
 * (named by the package version and a key of the file list) and reused while it matches.
 */
export function placeBinaries(bins: Binaries, user: PgUser, log: (l: string) => void, sysDir = systemDir()): Binaries {
  const binDir = path.dirname(bins.postgres);
  const native = path.dirname(binDir); // bin/, lib/, share/: the binaries find lib and share relative to themselves
  const blocker = blockedAt(native, user);
  if (!blocker) return bins;

  let version = "unknown";
  try {
    version = (JSON.parse(fs.readFileSync(path.join(native, "..", "package.json"), "utf8")) as { version: string }).version;
  } catch {
    /* a copy without its package.json (tests): the content key alone tells copies apart */
  }
  const files = listTree(native);
  const key = crypto.createHash("sha256").update(JSON.stringify(files)).digest("hex").slice(0, 12);
  const dest = path.join(sysDir, `postgres-${version}-${key}`);
  const stamp = path.join(dest, ".kakunin-copy.json");
  const placed = {
    postgres: path.join(dest, path.relative(native, bins.postgres)),
    initdb: path.join(dest, path.relative(native, bins.initdb)),
  };
  if (fs.existsSync(stamp)) {
    log(`${whyBlocked(user, blocker)}: using the copy of the PostgreSQL binaries in ${dest}`);
    return placed;
  }
  const sysBlocker = blockedAt(sysDir, user);
  if (sysBlocker) {
    throw new PlacementError(
      `${whyBlocked(user, blocker)}, where the PostgreSQL binaries are; nor can it enter ${sysBlocker} ${describeDir(sysBlocker)} to use a copy. ${remedies(blocker)}`,
    );
  }
  const t0 = performance.now();
  const tmp = `${dest}.tmp-${process.pid}`;
  try {
    makeDir(sysDir, 0o755);
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.cpSync(native, tmp, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
    for (const d of [tmp, ...files.map((f) => path.dirname(path.join(tmp, f.rel)))]) fs.chmodSync(d, 0o755);
    fs.writeFileSync(
      path.join(tmp, ".kakunin-copy.json"),
      JSON.stringify({ from: native, version, key, files: files.length }, null, 2) + "\n",
    );
    try {
      fs.renameSync(tmp, dest);
    } catch (e) {
      // another start copied it at the same time: use theirs
      if (!fs.existsSync(stamp)) throw e;
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw new PlacementError(
      `${whyBlocked(user, blocker)}, where the PostgreSQL binaries are, and copying them to ${dest} failed (${(e as Error).message}). ${remedies(blocker)}`,
    );
  }
  log(
    `${whyBlocked(user, blocker)}: copied the PostgreSQL binaries to ${dest} (${Math.round(performance.now() - t0)} ms; reused from now on)`,
  );
  return placed;
}

// ---------------------------------------------------------------------------------------------------------------
// cluster

const hasCluster = (dir: string) => fs.existsSync(path.join(dir, "PG_VERSION"));
const nonEmpty = (dir: string) => {
  try {
    return fs.readdirSync(dir).length > 0;
  } catch {
    return false;
  }
};

/** Where a cluster for `dataDir` goes when `user` cannot reach `dataDir`: <system dir>/<hash>/pg. */
export function relocatedDataDir(dataDir: string, sysDir = systemDir()): string {
  const hash = crypto.createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 16);
  return path.join(sysDir, hash, "pg");
}

/**
 * The cluster directory to use for `dataDir` (see the top of this file). Logs where the data lives when it is
 * not `dataDir`, and why.
 */
export function placeCluster(dataDir: string, user: PgUser, log: (l: string) => void, sysDir = systemDir()): string {
  dataDir = path.resolve(dataDir);
  const parent = path.dirname(dataDir);
  fs.mkdirSync(parent, { recursive: true }); // test the directory as it will be (e.g. a new .data under root's umask)
  if (hasCluster(dataDir) || nonEmpty(dataDir)) {
    const blocker = blockedAt(parent, user);
    if (!blocker) return dataDir;
    const moved = relocatedDataDir(dataDir, sysDir);
    throw new PlacementError(
      `${whyBlocked(user, blocker)}, so it cannot reach the existing PostgreSQL cluster in ${dataDir}. Nothing was changed. ` +
        `${remedies(blocker)} Or move the cluster where that user can reach it and npm start will find it: ` +
        `mkdir -p ${path.dirname(moved)} && chmod 711 ${path.dirname(moved)} && mv ${dataDir} ${moved} && mv ${dataDir}.json ${moved}.json`,
    );
  }
  const moved = relocatedDataDir(dataDir, sysDir);
  if (hasCluster(moved)) {
    log(`the PostgreSQL cluster of this project lives in ${moved} (see ${dataDir}.location)`);
    return moved;
  }
  const blocker = blockedAt(parent, user);
  if (!blocker) return dataDir;
  const sysBlocker = blockedAt(sysDir, user);
  if (sysBlocker) {
    throw new PlacementError(
      `${whyBlocked(user, blocker)}, where the data would live; nor can it enter ${sysBlocker} ${describeDir(sysBlocker)}. ${remedies(blocker)}`,
    );
  }
  try {
    makeDir(path.dirname(moved), 0o711); // root's files (the password) stay private; postgres may pass through
    fs.writeFileSync(
      `${dataDir}.location`,
      `The embedded PostgreSQL cluster of this project lives in ${moved}\n` +
        `because ${whyBlocked(user, blocker)}.\n` +
        `Its password is in ${moved}.json. Back up both together.\n`,
    );
    fs.writeFileSync(path.join(path.dirname(moved), "project"), `${dataDir}\n`);
  } catch (e) {
    throw new PlacementError(
      `${whyBlocked(user, blocker)}, and preparing ${path.dirname(moved)} for the data failed (${(e as Error).message}). ${remedies(blocker)}`,
    );
  }
  log(`${whyBlocked(user, blocker)}: the new PostgreSQL cluster goes to ${moved} (kept across restarts; noted in ${dataDir}.location)`);
  return moved;
}
