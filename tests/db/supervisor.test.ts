// scripts/start/supervisor.ts with small stand-in children and short delays: restart after SIGKILL or a crash,
// doubling backoff with a cap and a reset after a stable run, stop() during a pending restart, SIGKILL for a child
// that ignores SIGTERM, and a command that cannot be spawned.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { Supervisor, type SupervisorOptions } from "../../scripts/start/supervisor";
import { isAlive } from "../helpers/process";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kk-supervisor-"));
const supervisors: Supervisor[] = [];
afterEach(async () => {
  await Promise.all(supervisors.splice(0).map((s) => s.stop()));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const alive = isAlive;

/** A child running `script` (node -e); each start appends its PID to a file. */
function supervise(script: string, opts: Partial<SupervisorOptions> = {}) {
  const pids = path.join(dir, `pids-${supervisors.length}-${Date.now()}`);
  const lines: string[] = [];
  const s = new Supervisor({
    label: "web",
    cmd: process.execPath,
    args: ["-e", `require("fs").appendFileSync(${JSON.stringify(pids)}, process.pid + "\\n"); ${script}`],
    env: process.env,
    cwd: dir,
    log: (l) => lines.push(l),
    initialDelayMs: 100,
    maxDelayMs: 400,
    stableAfterMs: 60_000,
    graceMs: 500,
    ...opts,
  });
  supervisors.push(s);
  const started = () => (fs.existsSync(pids) ? fs.readFileSync(pids, "utf8").trim().split("\n").map(Number) : []);
  const until = async (cond: () => boolean, ms = 10_000) => {
    const t0 = Date.now();
    while (!cond()) {
      if (Date.now() - t0 > ms) throw new Error(`timed out; log:\n${lines.join("\n")}`);
      await sleep(20);
    }
  };
  return { s, lines, started, until };
}

const FOREVER = "setInterval(() => {}, 1 << 30);";

describe("Supervisor", () => {
  it("restarts a child killed with SIGKILL and logs the signal", async () => {
    const { s, lines, started, until } = supervise(FOREVER);
    s.start();
    await until(() => started().length === 1);
    const first = started()[0]!;
    process.kill(first, "SIGKILL");
    await until(() => started().length === 2);
    expect(lines[0]).toMatch(/^web was killed by SIGKILL after [\d.]+ m?s; restarting it in 100 ms \(restart 1\)$/);
    const second = started()[1]!;
    expect(second).not.toBe(first);
    expect(s.child?.pid).toBe(second);
    expect(alive(second)).toBe(true);
    await s.stop();
    expect(alive(second)).toBe(false);
    expect(s.child).toBeUndefined();
  });

  it("backs off 100 → 200 → 400 ms (the cap) on repeated crashes, logging each exit code", async () => {
    const { s, lines, until } = supervise("process.exit(3)");
    s.start();
    await until(() => lines.length >= 4);
    await s.stop();
    expect(lines.slice(0, 4).map((l) => /exited with code (\d+) .*restarting it in (\d+) ms \(restart (\d)\)/.exec(l)?.slice(1))).toEqual([
      ["3", "100", "1"],
      ["3", "200", "2"],
      ["3", "400", "3"],
      ["3", "400", "4"],
    ]);
  });

  it("a run that stayed up long enough resets the delay to the first step", async () => {
    // each run lives 250 ms; with stableAfterMs 200 every crash counts as the first
    const { s, lines, until } = supervise("setTimeout(() => process.exit(1), 250)", { stableAfterMs: 200 });
    s.start();
    await until(() => lines.length >= 3);
    await s.stop();
    expect(lines.slice(0, 3).every((l) => / restarting it in 100 ms /.test(l))).toBe(true);
  });

  it("stop() during a pending restart ends it: no child is started afterwards", async () => {
    const { s, lines, started, until } = supervise("process.exit(2)", { initialDelayMs: 300 });
    s.start();
    await until(() => lines.length === 1);
    const t0 = performance.now();
    await s.stop();
    expect(performance.now() - t0).toBeLessThan(100);
    await sleep(500);
    expect(started()).toHaveLength(1);
    expect(lines).toHaveLength(1);
  });

  it("a child that ignores SIGTERM is killed after the grace period; stop() is not reported as a crash", async () => {
    const { s, lines, started, until } = supervise(`process.on("SIGTERM", () => {}); ${FOREVER}`);
    s.start();
    await until(() => started().length === 1);
    await sleep(200); // let it install the handler
    const t0 = performance.now();
    await s.stop();
    expect(performance.now() - t0).toBeGreaterThanOrEqual(450);
    expect(alive(started()[0]!)).toBe(false);
    expect(lines).toEqual(["web did not exit within 500 ms; killing it"]);
  });

  it("when restartIf declines, the exit is handed to onGiveUp and nothing is restarted", async () => {
    const gaveUp: string[] = [];
    let allow = false;
    const { s, lines, started, until } = supervise("process.exit(5)", { restartIf: () => allow, onGiveUp: (why) => gaveUp.push(why) });
    s.start();
    await until(() => gaveUp.length === 1);
    expect(gaveUp[0]).toMatch(/^exited with code 5 after [\d.]+ m?s$/);
    expect(s.stopped).toBe(true);
    allow = true;
    await sleep(300);
    expect(started()).toHaveLength(1);
    expect(lines).toEqual([]);
  });

  it("a command that cannot be spawned is reported and retried, not thrown", async () => {
    const lines: string[] = [];
    const s = new Supervisor({
      label: "web",
      cmd: path.join(dir, "no-such-program"),
      args: [],
      env: process.env,
      cwd: dir,
      log: (l) => lines.push(l),
      initialDelayMs: 50,
    });
    supervisors.push(s);
    s.start();
    for (let i = 0; i < 100 && lines.length < 2; i++) await sleep(20);
    await s.stop();
    expect(lines[0]).toMatch(/^web could not be started \(spawn .*no-such-program ENOENT\); restarting it in 50 ms \(restart 1\)$/);
    expect(lines.length).toBeGreaterThanOrEqual(2);
  });
});
