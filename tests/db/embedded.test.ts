import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { attachOrStartEmbeddedPostgres, freePort, startEmbeddedPostgres, type EmbeddedPostgres } from "../../lib/db/embedded";
import { isAlive } from "../helpers/process";
import { queryOnce } from "../helpers/db";

const dirs: string[] = [];
const servers: EmbeddedPostgres[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "kk-embedded-"));
  fs.chmodSync(d, 0o755);
  dirs.push(d);
  return path.join(d, "pg");
}

async function start(dataDir: string, port: number, log?: (l: string) => void, ephemeral = true) {
  const s = await startEmbeddedPostgres({ dataDir, port, ephemeral, log });
  servers.push(s);
  return s;
}

const q = queryOnce;

const alive = isAlive;

describe("embedded PostgreSQL", () => {
  it("start → stop → restart keeps the data (and the password, port, database)", async () => {
    const dir = tempDir();
    const port = await freePort();
    const a = await start(dir, port);
    expect(a.url).toMatch(new RegExp(`^postgresql://postgres:[^@]+@127\\.0\\.0\\.1:${port}/kakunin$`));
    await q(a.url, `CREATE TABLE kept (v text); INSERT INTO kept VALUES ('hello')`);
    await a.stop();
    expect(alive(a.pid)).toBe(false);
    expect(fs.existsSync(path.join(dir, "postmaster.pid"))).toBe(false);
    await expect(q(a.url, "SELECT 1")).rejects.toThrow();

    const b = await start(dir, port);
    expect(b.url).toBe(a.url);
    expect(await q(b.url, "SELECT v FROM kept")).toEqual([{ v: "hello" }]);
    await b.stop();
  });

  it("removes a stale postmaster.pid whose process is gone or is not PostgreSQL", async () => {
    const dir = tempDir();
    const port = await freePort();
    const a = await start(dir, port);
    await a.stop();
    for (const pid of [2 ** 22 - 3 /* not running */, process.pid /* running, but not PostgreSQL */]) {
      fs.writeFileSync(path.join(dir, "postmaster.pid"), `${pid}\n${dir}\n1700000000\n${port}\n\n127.0.0.1\n  1234  5678\nready   \n`);
      const lines: string[] = [];
      const b = await start(dir, port, (l) => lines.push(l));
      expect(lines.join("\n")).toMatch(/removing stale .*postmaster\.pid \(PID \d+ is not running PostgreSQL\)/);
      expect(await q(b.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
      await b.stop();
    }
  });

  it("recovers when PostgreSQL itself was killed (SIGKILL leaves postmaster.pid behind)", async () => {
    const dir = tempDir();
    const port = await freePort();
    const a = await start(dir, port, undefined, false); // durable settings, as `npm start` uses
    await q(a.url, `CREATE TABLE t (v int); INSERT INTO t VALUES (42)`);
    process.kill(a.pid, "SIGKILL");
    for (let i = 0; i < 100 && alive(a.pid); i++) await new Promise((r) => setTimeout(r, 20));
    // the killed postmaster's children notice and exit on their own; give them a moment to release the port
    const b = await start(dir, port, undefined, false);
    expect(await q(b.url, "SELECT v FROM t")).toEqual([{ v: 42 }]); // committed data survives the crash
    await b.stop();
  });

  it("shuts down a PostgreSQL orphaned by a killed `npm start` and starts afresh", async () => {
    const dir = tempDir();
    const port = await freePort();
    const holder = spawn(process.execPath, ["--import", "tsx", path.resolve("tests/db/fixtures/hold-embedded.ts"), dir, String(port)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const orphanPid = await new Promise<number>((resolve, reject) => {
      let out = "";
      holder.stdout!.on("data", (c) => {
        out += c;
        const m = /READY (\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      holder.on("exit", (code) => reject(new Error(`holder exited early (${code}): ${out}`)));
    });
    // While its owner lives, a second start is refused with a clear message.
    await expect(start(dir, port)).rejects.toThrow(
      /already running \(PID \d+\), started by process \d+ — is another `npm start` running\?/,
    );
    holder.kill("SIGKILL");
    await new Promise((r) => holder.once("exit", r));
    expect(alive(orphanPid)).toBe(true); // the orphan
    const lines: string[] = [];
    const b = await start(dir, port, (l) => lines.push(l));
    expect(lines.join("\n")).toMatch(/was left running by a previous run .* shutting it down/);
    expect(alive(orphanPid)).toBe(false);
    expect(b.pid).not.toBe(orphanPid);
    expect(await q(b.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    await b.stop();
  });

  it("names the port and how to change it when another program holds the port", async () => {
    const dir = tempDir();
    const srv = net.createServer();
    await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
    const port = (srv.address() as net.AddressInfo).port;
    try {
      const err = await start(dir, port).catch((e: Error) => e);
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).message).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect((err as Error).message).toContain("PGPORT_EMBEDDED=");
    } finally {
      srv.close();
    }
  });

  it("attachOrStart attaches to a running server instead of starting a second one", async () => {
    const dir = tempDir();
    const port = await freePort();
    const a = await start(dir, port);
    const b = await attachOrStartEmbeddedPostgres({ dataDir: dir, port: port + 1 });
    expect(b.attached).toBe(true);
    expect(b.url).toBe(a.url); // the running server's port, not the one asked for
    await b.stop(); // no-op for an attached server
    expect(await q(a.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    await a.stop();
    const c = await attachOrStartEmbeddedPostgres({ dataDir: dir, port, ephemeral: true });
    expect(c.attached).toBe(false);
    expect(await q(c.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    await c.stop();
  });
});
