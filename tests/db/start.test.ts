// `npm start` end to end, with a stand-in for Next's CLI (a real `next build` takes a minute): embedded PostgreSQL,
// migrations, secret generation, build-when-needed, the child's environment, readiness and ordered shutdown.
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../lib/db/embedded";
import { processStartTicks } from "../../scripts/start/process-start";
import { isAlive } from "../helpers/process";

const REPO = path.resolve(".");
// every migration directory of the repository is applied on a first start
const MIGRATIONS = fs.readdirSync(path.join(REPO, "prisma/migrations"), { withFileTypes: true }).filter((d) => d.isDirectory()).length;
let dir: string;
const children: ChildProcess[] = [];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kk-start-"));
  fs.chmodSync(dir, 0o755);
  // a minimal project: the real migrations, one source file, no content loader
  fs.cpSync(path.join(REPO, "prisma/migrations"), path.join(dir, "prisma/migrations"), { recursive: true });
  fs.mkdirSync(path.join(dir, "app"));
  fs.writeFileSync(path.join(dir, "app/page.tsx"), "export default function Page() { return null; }\n");
});
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Run {
  child: ChildProcess;
  output: () => string;
  waitFor: (re: RegExp, ms?: number) => Promise<string>;
  exit: Promise<number | null>;
}

/** Runs scripts/start.ts in `cwd` (as user and group `uid` when given: setpriv execs, so the child is start.ts itself). */
function startApp(env: Record<string, string>, args: string[] = ["--skip-content"], cwd = dir, uid?: number): Run {
  const tsx = pathToFileURL(path.join(REPO, "node_modules/tsx/dist/loader.mjs")).href; // cwd is not the repo
  const argv = [process.execPath, "--import", tsx, path.join(REPO, "scripts/start.ts"), ...args];
  if (uid !== undefined) argv.unshift("setpriv", `--reuid=${uid}`, `--regid=${uid}`, "--clear-groups");
  const child = spawn(argv[0]!, argv.slice(1), {
    cwd,
    env: {
      ...process.env,
      DATABASE_URL: "",
      NEXTAUTH_SECRET: "",
      NEXTAUTH_URL: "",
      TSX_TSCONFIG_PATH: path.join(REPO, "tsconfig.json"),
      KAKUNIN_NEXT_BIN: path.join(REPO, "tests/db/fixtures/fake-next.mjs"),
      FAKE_NEXT_LOG: path.join(dir, "fake-next.log"),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let out = "";
  child.stdout!.on("data", (c) => (out += c));
  child.stderr!.on("data", (c) => (out += c));
  const exit = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  const waitFor = (re: RegExp, ms = 60_000) =>
    new Promise<string>((resolve, reject) => {
      const t0 = Date.now();
      const tick = () => {
        const m = re.exec(out);
        if (m) return resolve(m[0]);
        if (child.exitCode !== null || Date.now() - t0 > ms) return reject(new Error(`did not see ${re} in:\n${out}`));
        setTimeout(tick, 50);
      };
      tick();
    });
  return { child, output: () => out, waitFor, exit };
}

const alive = isAlive;

const portFree = async (port: number) => {
  const net = await import("node:net");
  return new Promise<boolean>((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen({ port, exclusive: true }, () => srv.close(() => resolve(true)));
  });
};

const fakeLog = () =>
  fs.existsSync(path.join(dir, "fake-next.log"))
    ? fs
        .readFileSync(path.join(dir, "fake-next.log"), "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as Record<string, string>)
    : [];

describe("npm start (scripts/start.ts)", () => {
  it("first start: embedded PostgreSQL, migrations, a generated secret, a build, then next start; SIGTERM stops both", async () => {
    const [port, pgPort] = [await freePort(), await freePort()];
    const app = startApp({ PORT: String(port), PGPORT_EMBEDDED: String(pgPort) });
    await app.waitFor(/\[start\] ready +http:\/\/localhost:\d+ — started in/);
    const out = app.output();
    expect(out).toMatch(/\[start\] database embedded PostgreSQL ready on 127\.0\.0\.1:\d+/);
    expect(out).toMatch(new RegExp(`\\[start\\] migrate +applied ${MIGRATIONS} migration\\(s\\) \\(\\d+ ms\\)`));
    expect(out).toMatch(/\[start\] content +skipped \(--skip-content\)/);
    expect(out).toMatch(/\[start\] secret +NEXTAUTH_SECRET generated into \.data\/secret/);
    expect(out).toMatch(/\[start\] build +next build \(no build yet\)/);

    const secret = fs.readFileSync(path.join(dir, ".data/secret"), "utf8").trim();
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect((fs.statSync(path.join(dir, ".data/secret")).mode & 0o777).toString(8)).toBe("600");
    const started = fakeLog().find((e) => e.cmd === "start")!;
    expect(started).toMatchObject({ port: String(port), secret, nextauthUrl: `http://localhost:${port}` });
    expect(started.databaseUrl).toMatch(new RegExp(`@127\\.0\\.0\\.1:${pgPort}/kakunin$`));

    // the database is migrated and reachable while the app runs
    const c = new pg.Client({ connectionString: started.databaseUrl });
    await c.connect();
    expect((await c.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`)).rows).toEqual([{ n: MIGRATIONS }]);
    await c.end();

    app.child.kill("SIGTERM");
    expect(await app.exit).toBe(143);
    expect(app.output()).toMatch(/received SIGTERM: stopping next start, then PostgreSQL…[\s\S]*stopped cleanly/);
    expect(fakeLog().at(-1)).toEqual({ cmd: "sigterm" }); // Next was asked to stop before the end
    const c2 = new pg.Client({ connectionString: started.databaseUrl, connectionTimeoutMillis: 1000 });
    await expect(c2.connect()).rejects.toThrow(); // and PostgreSQL is down
    expect(fs.existsSync(path.join(dir, ".data/pg/postmaster.pid"))).toBe(false);
  });

  it("second start reuses data, secret and build; rebuilds only when a source changes", async () => {
    const [port, pgPort] = [await freePort(), await freePort()];
    const secret = fs.readFileSync(path.join(dir, ".data/secret"), "utf8").trim();
    const builds = () => fakeLog().filter((e) => e.cmd === "build").length;
    const before = builds();

    let app = startApp({ PORT: String(port), PGPORT_EMBEDDED: String(pgPort) });
    await app.waitFor(/\[start\] ready/);
    expect(app.output()).toMatch(new RegExp(`\\[start\\] migrate +up to date \\(${MIGRATIONS} applied\\)`));
    expect(app.output()).toMatch(/\[start\] secret +NEXTAUTH_SECRET read from \.data\/secret/);
    expect(app.output()).toMatch(/\[start\] build +current build is up to date/);
    expect(
      fakeLog()
        .filter((e) => e.cmd === "start")
        .at(-1)!.secret,
    ).toBe(secret);
    app.child.kill("SIGINT");
    expect(await app.exit).toBe(130);

    // touching a file without changing it is not a reason to rebuild
    const page = path.join(dir, "app/page.tsx");
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(page, later, later);
    app = startApp({ PORT: String(port), PGPORT_EMBEDDED: String(pgPort) });
    await app.waitFor(/\[start\] ready/);
    expect(app.output()).toMatch(/current build is up to date/);
    app.child.kill("SIGTERM");
    await app.exit;
    expect(builds()).toBe(before);

    fs.appendFileSync(page, "// changed\n");
    app = startApp({ PORT: String(port), PGPORT_EMBEDDED: String(pgPort) });
    await app.waitFor(/\[start\] ready/);
    expect(app.output()).toMatch(/next build \(sources changed since the last build\)/);
    app.child.kill("SIGTERM");
    await app.exit;
    expect(builds()).toBe(before + 1);
  });

  it("a Next server left running by a killed start is stopped by the next start; a process that only has its PID is not", async () => {
    const [port, pgPort] = [await freePort(), await freePort()];
    const pidFile = path.join(dir, ".data/next.pid");
    const deadOwner = spawnSync(process.execPath, ["-e", ""]).pid;
    const standIn = () => {
      const c = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)", "next", "start"], { stdio: "ignore" });
      children.push(c);
      return c;
    };

    // another program that took the recorded PID after the server died: same PID, another start time
    const impostor = standIn();
    fs.writeFileSync(pidFile, JSON.stringify({ pid: impostor.pid, owner: deadOwner, started: "1" }));
    let app = startApp({ PORT: String(port), PGPORT_EMBEDDED: String(pgPort) });
    await app.waitFor(/\[start\] ready/);
    expect(app.output()).not.toMatch(/left running by a previous start/);
    expect(alive(impostor.pid!)).toBe(true);
    app.child.kill("SIGTERM");
    await app.exit;

    // the server itself, as the start that spawned it recorded it
    const orphan = standIn();
    const gone = new Promise((r) => orphan.once("exit", (_code, signal) => r(signal)));
    fs.writeFileSync(pidFile, JSON.stringify({ pid: orphan.pid, owner: deadOwner, started: processStartTicks(orphan.pid!) }));
    app = startApp({ PORT: String(port), PGPORT_EMBEDDED: String(pgPort) });
    await app.waitFor(/\[start\] ready/);
    expect(app.output()).toContain(`stopping a Next server (PID ${orphan.pid}) left running by a previous start that did not stop cleanly`);
    expect(await gone).toBe("SIGTERM");
    expect(alive(impostor.pid!)).toBe(true);
    app.child.kill("SIGTERM");
    await app.exit;
    impostor.kill();
  });

  it("with DATABASE_URL set it starts no PostgreSQL and keeps a given NEXTAUTH_SECRET", async () => {
    const port = await freePort();
    const { createEmptyDatabase } = await import("../helpers/db");
    const db = await createEmptyDatabase("kk_start");
    try {
      const app = startApp({ PORT: String(port), DATABASE_URL: db.url, NEXTAUTH_SECRET: "given-secret-given-secret-given-secret" });
      await app.waitFor(/\[start\] ready/);
      expect(app.output()).toMatch(/using DATABASE_URL postgresql:\/\/postgres:\*\*\*@/);
      expect(app.output()).not.toMatch(/starting the embedded PostgreSQL/);
      expect(app.output()).toMatch(/NEXTAUTH_SECRET from the environment/);
      expect(
        fakeLog()
          .filter((e) => e.cmd === "start")
          .at(-1),
      ).toMatchObject({ databaseUrl: db.url, secret: "given-secret-given-secret-given-secret" });
      app.child.kill("SIGTERM");
      expect(await app.exit).toBe(143);
      expect(app.output()).toMatch(/stopping next start…/);
    } finally {
      await db.drop();
    }
  });

  it("supervises Next: a killed web process is restarted while PostgreSQL keeps answering; Ctrl-C stops both", async () => {
    const [port, pgPort] = [await freePort(), await freePort()];
    const app = startApp({ PORT: String(port), PGPORT_EMBEDDED: String(pgPort) });
    await app.waitFor(/\[start\] ready/);
    const pgPid = Number(/embedded PostgreSQL ready on 127\.0\.0\.1:\d+ \(PID (\d+); data in \.data\/pg\)/.exec(app.output())![1]);
    const starts = () => fakeLog().filter((e) => e.cmd === "start");
    const before = starts().length;
    const first = starts().at(-1)!;

    // the database answers every 50 ms throughout the crash and the restart
    const c = new pg.Client({ connectionString: first.databaseUrl });
    await c.connect();
    let queries = 0;
    let failure: unknown;
    let polling = true;
    const poll = (async () => {
      while (polling) {
        await c.query("SELECT 1").then(
          () => queries++,
          (e: unknown) => (failure ??= e),
        );
        await new Promise((r) => setTimeout(r, 50));
      }
    })();

    process.kill(Number(first.pid), "SIGKILL");
    await app.waitFor(/\[start\] next +next start was killed by SIGKILL after [\d.]+ m?s; restarting it in 1\.0 s \(restart 1\)/);
    await app.waitFor(/\[start\] next +back up after restart 1 \(PID \d+/);
    const second = starts().at(-1)!;
    expect(starts()).toHaveLength(before + 1);
    expect(second.pid).not.toBe(first.pid);
    expect(second).toMatchObject({ port: String(port), databaseUrl: first.databaseUrl, secret: first.secret });
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
    polling = false;
    await poll;
    await c.end();
    expect(failure).toBeUndefined();
    expect(queries).toBeGreaterThan(10);
    expect(alive(pgPid)).toBe(true); // the same PostgreSQL, never restarted

    app.child.kill("SIGINT");
    expect(await app.exit).toBe(130);
    expect(app.output()).toMatch(/received SIGINT: stopping next start, then PostgreSQL…[\s\S]*stopped cleanly/);
    expect(fakeLog().at(-1)).toEqual({ cmd: "sigterm" });
    expect(alive(Number(second.pid))).toBe(false);
    expect(alive(pgPid)).toBe(false);
  });

  it("SIGTERM while a restart is pending stops everything and starts nothing more", async () => {
    const [port, pgPort] = [await freePort(), await freePort()];
    const app = startApp({ PORT: String(port), PGPORT_EMBEDDED: String(pgPort) });
    await app.waitFor(/\[start\] ready/);
    const pgPid = Number(/embedded PostgreSQL ready on 127\.0\.0\.1:\d+ \(PID (\d+); data in \.data\/pg\)/.exec(app.output())![1]);
    const starts = () => fakeLog().filter((e) => e.cmd === "start").length;
    const before = starts();
    process.kill(
      Number(
        fakeLog()
          .filter((e) => e.cmd === "start")
          .at(-1)!.pid,
      ),
      "SIGKILL",
    );
    await app.waitFor(/restarting it in 1\.0 s \(restart 1\)/);
    app.child.kill("SIGTERM");
    expect(await app.exit).toBe(143);
    expect(app.output()).toMatch(/received SIGTERM: stopping next start, then PostgreSQL…[\s\S]*stopped cleanly/);
    await new Promise((r) => setTimeout(r, 1200)); // past the restart that was pending
    expect(starts()).toBe(before);
    expect(alive(pgPid)).toBe(false);
    expect(await portFree(port)).toBe(true);
  });

  it("Ctrl-C during the build stops the build, then PostgreSQL", async () => {
    const [port, pgPort] = [await freePort(), await freePort()];
    const app = startApp({ PORT: String(port), PGPORT_EMBEDDED: String(pgPort), FAKE_NEXT_BUILD_MS: "60000" }, [
      "--skip-content",
      "--rebuild",
    ]);
    await app.waitFor(/\[start\] build +next build \(--rebuild was given\)/);
    const pgPid = Number(/embedded PostgreSQL ready on 127\.0\.0\.1:\d+ \(PID (\d+); data in \.data\/pg\)/.exec(app.output())![1]);
    const t0 = Date.now();
    let building: Record<string, string> | undefined;
    while (!(building = fakeLog().find((e) => e.cmd === "building")) && Date.now() - t0 < 30_000)
      await new Promise((r) => setTimeout(r, 50));
    expect(building).toBeDefined();
    app.child.kill("SIGINT");
    expect(await app.exit).toBe(130);
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(app.output()).toMatch(/received SIGINT: stopping next build, then PostgreSQL…[\s\S]*stopped cleanly/);
    expect(alive(Number(building!.pid))).toBe(false);
    expect(alive(pgPid)).toBe(false);
    const after = fakeLog().slice(fakeLog().findIndex((e) => e === building || (e.cmd === "building" && e.pid === building!.pid)) + 1);
    expect(after.filter((e) => e.cmd === "build" || e.cmd === "start")).toEqual([]); // neither finished nor followed by Next
  });

  it.runIf(process.getuid?.() === 0)(
    "as root in a 0700 project directory: the data goes where postgres can reach it, and the log says so",
    async () => {
      const project = fs.mkdtempSync(path.join(os.tmpdir(), "kk-start-root-")); // mode 0700, as `mktemp -d` makes it
      const sys = fs.mkdtempSync(path.join(os.tmpdir(), "kk-start-sys-"));
      fs.chmodSync(sys, 0o755);
      try {
        fs.cpSync(path.join(REPO, "prisma/migrations"), path.join(project, "prisma/migrations"), { recursive: true });
        const [port, pgPort] = [await freePort(), await freePort()];
        const env = { PORT: String(port), PGPORT_EMBEDDED: String(pgPort), KAKUNIN_SYSTEM_DIR: path.join(sys, "kakunin") };
        let app = startApp(env, ["--skip-content"], project);
        await app.waitFor(/\[start\] ready/);
        const because = `that user cannot enter ${project} (mode 700, owner root)`;
        expect(app.output()).toContain(`${because}: the new PostgreSQL cluster goes to ${sys}/kakunin/`);
        const dataDir = new RegExp(`\\(PID \\d+; data in (${sys}/kakunin/[0-9a-f]{16}/pg)\\)`).exec(app.output())![1]!;
        expect(fs.existsSync(path.join(dataDir, "PG_VERSION"))).toBe(true);
        app.child.kill("SIGTERM");
        expect(await app.exit).toBe(143);

        app = startApp(env, ["--skip-content"], project); // the second start finds the same cluster
        await app.waitFor(/\[start\] ready/);
        expect(app.output()).toContain(`the PostgreSQL cluster of this project lives in ${dataDir}`);
        expect(app.output()).toMatch(new RegExp(`migrate +up to date \\(${MIGRATIONS} applied\\)`));
        app.child.kill("SIGINT");
        expect(await app.exit).toBe(130);
      } finally {
        fs.rmSync(project, { recursive: true, force: true });
        fs.rmSync(sys, { recursive: true, force: true });
      }
    },
  );

  const setpriv = spawnSync("sh", ["-c", "command -v setpriv"]).status === 0;
  it.runIf(process.getuid?.() === 0 && setpriv)(
    "as an unprivileged user in its own 0700 directory: PostgreSQL runs as that user, data in .data/pg",
    async () => {
      const NOBODY = 65534;
      const project = fs.mkdtempSync(path.join(os.tmpdir(), "kk-start-user-"));
      try {
        fs.cpSync(path.join(REPO, "prisma/migrations"), path.join(project, "prisma/migrations"), { recursive: true });
        execFileSync("chown", ["-R", `${NOBODY}:${NOBODY}`, project]);
        const [port, pgPort] = [await freePort(), await freePort()];
        const env = {
          PORT: String(port),
          PGPORT_EMBEDDED: String(pgPort),
          HOME: project,
          FAKE_NEXT_LOG: path.join(project, "fake-next.log"),
          KAKUNIN_SYSTEM_DIR: path.join(project, "must-not-be-used"),
        };
        const app = startApp(env, ["--skip-content"], project, NOBODY);
        await app.waitFor(/\[start\] ready/);
        expect(app.output()).not.toMatch(/cannot enter|copied|goes to/);
        const pgPid = Number(/embedded PostgreSQL ready on 127\.0\.0\.1:\d+ \(PID (\d+); data in \.data\/pg\)/.exec(app.output())![1]);
        expect(Number(/^Uid:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pgPid}/status`, "utf8"))![1])).toBe(NOBODY);
        expect(fs.statSync(path.join(project, ".data/pg/PG_VERSION")).uid).toBe(NOBODY);
        app.child.kill("SIGINT");
        expect(await app.exit).toBe(130);
        expect(app.output()).toMatch(/stopped cleanly/);
        expect(alive(pgPid)).toBe(false);
        expect(fs.existsSync(path.join(project, "must-not-be-used"))).toBe(false);
      } finally {
        fs.rmSync(project, { recursive: true, force: true });
      }
    },
  );

  it("a server that exits before it ever answered is a start-up failure, reported once, not restarted", async () => {
    const [port, pgPort] = [await freePort(), await freePort()];
    const app = startApp({ PORT: String(port), PGPORT_EMBEDDED: String(pgPort), FAKE_NEXT_START_EXIT: "3" });
    expect(await app.exit).toBe(1);
    expect(app.output()).toMatch(
      /\[start\] stop +next start exited with code 3 after [\d.]+ m?s, before it ever answered \(see its output above\): stopping next start, then PostgreSQL…/,
    );
    expect(app.output()).not.toMatch(/restarting it/);
    expect(app.output()).toMatch(/stopped cleanly/);
    const pgPid = Number(/embedded PostgreSQL ready on 127\.0\.0\.1:\d+ \(PID (\d+); data in \.data\/pg\)/.exec(app.output())![1]);
    expect(alive(pgPid)).toBe(false);
  });

  it("refuses clearly when the app port is taken", async () => {
    const net = await import("node:net");
    const srv = net.createServer();
    await new Promise<void>((r) => srv.listen(0, r));
    const port = (srv.address() as import("node:net").AddressInfo).port;
    try {
      const app = startApp({ PORT: String(port), PGPORT_EMBEDDED: String(await freePort()) });
      expect(await app.exit).toBe(1);
      expect(app.output()).toContain(`Port ${port} is already in use by another program`);
      expect(app.output()).toContain("PORT=<port> npm start");
    } finally {
      srv.close();
    }
  });
});
