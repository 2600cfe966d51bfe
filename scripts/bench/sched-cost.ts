// npm run bench:sched — what changing a grader's scheduling policy costs the process that owns the pool (the web
// process, for the embedded worker): execFileSync of util-linux chrt (a fork of that process, and a wait) against the
// long-lived chrt shell of lib/os/sched-agent.ts. Event-loop time blocked per request, with a heap of about the web
// process's size (BENCH_HEAP_MB, default 250); side by side, p50 and max of BENCH_RUNS (default 30).
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import { SchedAgent } from "../../lib/os/sched-agent";

const CHRT = "/usr/bin/chrt";
if (!fs.existsSync(CHRT)) {
  console.log("bench:sched: util-linux chrt is not installed here; nothing to measure");
  process.exit(0);
}
const heapMb = Number(process.env.BENCH_HEAP_MB ?? 250);
const runs = Number(process.env.BENCH_RUNS ?? 30);
const ballast: { a: number; b: string }[] = [];
while (process.memoryUsage().rss < heapMb * 2 ** 20) for (let i = 0; i < 1e5; i++) ballast.push({ a: i, b: `x${i}` });

const target = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
await new Promise((r) => target.once("spawn", r));
const pid = target.pid!;

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `p50 ${s[Math.floor(s.length / 2)]!.toFixed(2)} ms, max ${s[s.length - 1]!.toFixed(2)} ms`;
};
const sync: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  execFileSync(CHRT, ["--all-tasks", i % 2 ? "--other" : "--idle", "--pid", "0", String(pid)], { stdio: "ignore" });
  sync.push(performance.now() - t);
}
const agent = new SchedAgent(CHRT);
await agent.set(pid, "other"); // the shell's own start, once
const blocked: number[] = [];
const roundTrip: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  const done = agent.set(pid, i % 2 ? "other" : "idle");
  blocked.push(performance.now() - t);
  if (!(await done)) throw new Error("the chrt shell refused a request");
  roundTrip.push(performance.now() - t);
}
agent.close();
target.kill("SIGKILL");
console.log(
  `resident ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB (ballast of ${ballast.length} objects), ${runs} requests each`,
);
console.log(`execFileSync(chrt)    event loop blocked: ${stats(sync)}`);
console.log(`chrt shell (agent)    event loop blocked: ${stats(blocked)}; until the policy is set: ${stats(roundTrip)}`);
