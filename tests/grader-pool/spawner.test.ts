// Graders are started by the spawner (lib/grader-pool/spawner.mjs), not forked from the process that owns the pool:
// they are its children; a dead spawner takes its graders with it and is replaced; a dead owner takes the spawner
// and every grader, even one deep in a learner's run.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GraderPool } from "../../lib/grader-pool/pool";
import { doubleIt } from "./fixtures/double-it";

const hostile = path.join(import.meta.dirname, "fixtures/hostile-child.ts");
const ROOT = path.resolve(import.meta.dirname, "../..");

const version = doubleIt("spawner", { hidden: 0 });

function parentOf(pid: number): number {
  return Number(fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
}
function cmdline(pid: number): string {
  return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
}
const alive = (pid: number) => fs.existsSync(`/proc/${pid}`) && !/\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
async function until(what: string, ok: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.runIf(process.platform === "linux")("the grader spawner", () => {
  it("starts the graders as its children; when it dies they are reported dead, and the next grading gets a new one", async () => {
    const lines: string[] = [];
    const pool = new GraderPool({ size: 2, spares: 0, source: hostile, log: (l) => lines.push(l) });
    try {
      await pool.ready();
      const parents = new Set(pool.pids().map(parentOf));
      expect(parents.size).toBe(1);
      const spawner = [...parents][0]!;
      expect(spawner).not.toBe(process.pid);
      expect(cmdline(spawner)).toContain("spawner.mjs");

      // a grading in progress when the spawner dies ends as a resource limit, not a hang
      const running = pool.run(version, "y = 2 * x  #native:spin\n");
      await new Promise((r) => setTimeout(r, 300));
      const before = pool.pids();
      process.kill(spawner, "SIGKILL");
      const report = await running;
      expect(report.tests.map((t) => t.feedback.code)).toEqual(["exercise.resource_limit"]);
      expect(lines.some((l) => /stopped/.test(l))).toBe(true);
      await until("the graders are gone", () => before.every((pid) => !alive(pid)));

      await pool.ready();
      const after = pool.pids();
      expect(after.some((pid) => before.includes(pid))).toBe(false);
      const next = new Set(after.map(parentOf));
      expect(next.size).toBe(1);
      expect(next.has(spawner)).toBe(false);
      const quick = await pool.run(version, "y = 2 * x\n");
      expect(quick.tests.map((t) => t.passed)).toEqual([true]);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("an owner that dies takes the spawner and its graders with it, also one busy with a learner's run", async () => {
    const owner = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "fixtures/spawner-owner.ts")], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    try {
      let out = "";
      owner.stdout.on("data", (d: Buffer) => (out += d.toString()));
      await until("the owner's pool is busy", () => /busy (\d+) (\d+)/.test(out), 45_000);
      const [, spawner, busy] = /busy (\d+) (\d+)/.exec(out)!.map(Number);
      expect(alive(spawner!)).toBe(true);
      expect(alive(busy!)).toBe(true);
      owner.kill("SIGKILL");
      await until("the spawner and the busy grader are gone", () => !alive(spawner!) && !alive(busy!), 5_000);
    } finally {
      owner.kill("SIGKILL");
    }
  }, 60_000);
});
