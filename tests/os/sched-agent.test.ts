// The shell that changes scheduling policies for the grader pool (the web process never forks for it).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { afterAll, beforeAll, expect, test } from "vitest";
import { threadPolicies } from "../../lib/grader-pool/priority";
import { SchedAgent } from "../../lib/os/sched-agent";

const CHRT = "/usr/bin/chrt";
const hasChrt = process.platform === "linux" && fs.existsSync(CHRT);

let target: ChildProcess;
const agent = new SchedAgent(CHRT);

beforeAll(async () => {
  if (!hasChrt) return;
  // a Node process has several threads (V8 platform workers, libuv): every one must change
  target = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
  await new Promise((r) => target.once("spawn", r));
  // until its threads are all started (a thread started by one chrt has not reached yet keeps its policy): at least 4,
  // and the same number for 300 ms — a loaded machine starts them late
  const threads = () => fs.readdirSync(`/proc/${target.pid}/task`).length;
  const until = Date.now() + 10_000;
  let seen = threads(),
    since = Date.now();
  while ((seen < 4 || Date.now() - since < 300) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 20));
    if (threads() !== seen) [seen, since] = [threads(), Date.now()];
  }
});

afterAll(() => {
  agent.close();
  target?.kill("SIGKILL");
});

test.skipIf(!hasChrt)("sets SCHED_IDLE on every thread of a process, and SCHED_OTHER again", async () => {
  const pid = target.pid!;
  expect(await agent.set(pid, "idle")).toBe(true);
  const idle = threadPolicies(pid);
  expect(idle.length).toBeGreaterThan(3);
  expect(new Set(idle)).toEqual(new Set(["SCHED_IDLE"]));
  expect(await agent.set(pid, "other")).toBe(true);
  expect(new Set(threadPolicies(pid))).toEqual(new Set(["SCHED_OTHER"]));
});

test.skipIf(!hasChrt)("answers each request, in any number at once", async () => {
  const pid = target.pid!;
  const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => agent.set(pid, i % 2 ? "other" : "idle")));
  expect(answers).toEqual(answers.map(() => true));
  expect(new Set(threadPolicies(pid))).toEqual(new Set(["SCHED_OTHER"]));
});

test.skipIf(!hasChrt)("a process that does not exist, or a bad pid, is a refusal, not an error", async () => {
  expect(await agent.set(2 ** 22 + 12345, "idle")).toBe(false);
  expect(await agent.set(-1, "idle")).toBe(false);
  expect(await agent.set(1.5, "idle")).toBe(false);
  expect(await agent.set(target.pid!, "fifo; reboot" as "idle")).toBe(false);
});

test.skipIf(!hasChrt)("after close, open requests fail and the next request starts a new shell", async () => {
  const pid = target.pid!;
  const open = agent.set(pid, "idle");
  agent.close();
  expect(await open).toBe(false);
  expect(await agent.set(pid, "other")).toBe(true);
  expect(new Set(threadPolicies(pid))).toEqual(new Set(["SCHED_OTHER"]));
});

test("without chrt every request is refused", async () => {
  const missing = new SchedAgent("/nonexistent/chrt");
  expect(await missing.set(process.pid, "idle")).toBe(false);
  missing.close();
});
