// npm run bench:spawn — what starting a grader process costs the process that owns the pool (the web process, for
// the embedded worker): a spawn from that process (a fork: its page tables are copied while its event loop waits)
// against a request to the spawner (lib/grader-pool/spawner.mjs). Event-loop time blocked per start, with a heap of
// about the web process's size (BENCH_HEAP_MB, default 250); side by side, p50 and max of BENCH_RUNS (default 20).
// Last, what a start costs the machine: the grader's own CPU time (user + system) until it is ready, as it reports it.
import { GraderProcess } from "../../lib/grader-pool/grader-process";
import { bundledEntry, defaultSource } from "../../lib/grader-pool/bundle";
import { graderLimits } from "../../lib/grader-pool/limits";

const heapMb = Number(process.env.BENCH_HEAP_MB ?? 250);
const runs = Number(process.env.BENCH_RUNS ?? 20);
const ballast: { a: number; b: string }[] = [];
while (process.memoryUsage().rss < heapMb * 2 ** 20) for (let i = 0; i < 1e5; i++) ballast.push({ a: i, b: `x${i}` });

// graders never keep their owner alive (grader-process.ts); this run waits for them
setInterval(() => {}, 1000);
const entry = await bundledEntry(defaultSource());
const limits = graderLimits();
const stats = (xs: number[]) => {
  if (xs.length === 0) return "not reported";
  const s = [...xs].sort((a, b) => a - b);
  return `p50 ${s[Math.floor(s.length / 2)]!.toFixed(2)} ms, max ${s[s.length - 1]!.toFixed(2)} ms`;
};

/** Starts `runs` graders one after another: the synchronous part of each start, and until each is ready. */
async function measure(spawner: boolean, n = runs): Promise<{ blocked: number[]; ready: number[]; cpu: number[] }> {
  process.env.KAKUNIN_GRADER_SPAWNER = spawner ? "1" : "0";
  const blocked: number[] = [];
  const ready: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const p = new GraderProcess(entry, limits, () => {});
    blocked.push(performance.now() - t);
    await p.ready;
    ready.push(performance.now() - t);
    if (!p.isReady) throw new Error("a grader did not start");
    if (p.startCpuMs !== null) cpu.push(p.startCpuMs);
    const exited = new Promise((r) => p.child.once("exit", r));
    p.retire();
    await exited;
  }
  return { blocked, ready, cpu };
}

// the spawner's own start happens once per process, not per grader
await measure(true, 1);
const direct = await measure(false);
const viaSpawner = await measure(true);
console.log(
  `resident ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB (ballast of ${ballast.length} objects), ${runs} grader starts each`,
);
console.log(`spawn from this process   event loop blocked: ${stats(direct.blocked)}; until ready: ${stats(direct.ready)}`);
console.log(`through the spawner       event loop blocked: ${stats(viaSpawner.blocked)}; until ready: ${stats(viaSpawner.ready)}`);
console.log(`grader's own CPU time until ready: ${stats([...direct.cpu, ...viaSpawner.cpu])}`);
process.exit(0);
