// npx tsx scripts/bench-grading-profile.ts <dir> — where the CPU of `npm run bench:grading` went.
//
// Reads the V8 CPU profiles that `BENCH_CPU_PROF=<dir> npm run bench:grading` leaves (the web process and its
// grading threads) and the load window the bench wrote (window.json, on the same monotonic clock), and prints, for
// the samples inside that window only: CPU ms per submission per thread, self time by component (Next.js, React,
// Prisma, pg, pg-boss, next-auth, engine, our code, GC), and the hottest functions.
import fs from "node:fs";
import path from "node:path";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const BUCKETS: Array<[string, RegExp]> = [
  ["(idle)", /^\(idle\)$/],
  ["(gc)", /^\(garbage collector\)$/],
  ["(program)", /^\(program\)$/],
  ["engine (Python interpreter)", /\/engine\//],
  ["prisma runtime", /@prisma|prisma\/client|query_compiler|lib\/generated\/prisma/],
  ["pg-boss", /pg-boss/],
  ["pg driver", /node_modules\/(pg|pg-protocol|pg-pool|pg-types|postgres-)/],
  ["next-auth / jose", /next-auth|jose|openid|oauth/],
  ["react", /react-dom|react-server|\/react\//],
  ["next.js", /next\/dist|\.next\/server\/(chunks\/)?(ssr\/)?\[?turbopack|webpack-runtime/],
  ["zod", /zod/],
  ["ts-fsrs", /ts-fsrs/],
  ["tsx loader (grading threads)", /tsx\/dist|esbuild/],
  ["app bundle (.next/server)", /\.next|kakunin-test-builds|\/app\//],
  ["our lib/", /\/lib\//],
  ["node internals", /^node:|^internal\//],
];

function bucketOf(f: CallFrame): string {
  const key = f.url || f.functionName;
  for (const [name, re] of BUCKETS) if (re.test(key)) return name;
  return f.url ? `other: ${f.url.replace(/.*node_modules\//, "").split("/")[0]}` : `(native) ${f.functionName || "(anonymous)"}`;
}

function analyse(file: string, win: { startUs: number; endUs: number }, perSub: number) {
  const p = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // native and node-internal frames are charged to the nearest library/app frame that called them
  const owner = (id: number): string => {
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const b = bucketOf(byId.get(cur)!.callFrame);
      if (!b.startsWith("(native)") && b !== "node internals") return b;
    }
    return bucketOf(byId.get(id)!.callFrame);
  };
  const selfUs = new Map<number, number>();
  let t = p.startTime;
  let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i]!;
    if (t < win.startUs || t > win.endUs) continue;
    const dt = p.timeDeltas[i + 1] ?? 0;
    selfUs.set(p.samples[i]!, (selfUs.get(p.samples[i]!) ?? 0) + dt);
    total += dt;
  }
  const buckets = new Map<string, number>();
  const owners = new Map<string, number>();
  const fns = new Map<string, number>();
  let busy = 0;
  for (const [id, us] of selfUs) {
    const f = byId.get(id)!.callFrame;
    const b = bucketOf(f);
    buckets.set(b, (buckets.get(b) ?? 0) + us);
    const o = owner(id);
    owners.set(o, (owners.get(o) ?? 0) + us);
    if (b !== "(idle)") busy += us;
    if (b === "(idle)") continue;
    const name = `${f.functionName || "(anonymous)"} ${f.url.replace(/^.*\/(node_modules|work\/main)\//, "")}:${f.lineNumber + 1}`;
    fns.set(name, (fns.get(name) ?? 0) + us);
  }
  const ms = (us: number) => (us / 1000 / perSub).toFixed(2);
  console.log(`\n## ${path.basename(file)}: ${(total / 1e6).toFixed(1)} s sampled in the window, busy ${ms(busy)} ms per submission`);
  for (const [b, us] of [...buckets]
    .sort((a, c) => c[1] - a[1])
    .filter(([b]) => b !== "(idle)")
    .slice(0, 18)) {
    console.log(`  ${b.padEnd(34)} ${ms(us).padStart(7)} ms/sub  ${((100 * us) / busy).toFixed(1).padStart(5)} %`);
  }
  console.log("  the same with native and node-internal time charged to its caller:");
  for (const [b, us] of [...owners]
    .sort((a, c) => c[1] - a[1])
    .filter(([b]) => b !== "(idle)")
    .slice(0, 12)) {
    console.log(`  ${b.padEnd(34)} ${ms(us).padStart(7)} ms/sub  ${((100 * us) / busy).toFixed(1).padStart(5)} %`);
  }
  console.log("  hottest functions (self):");
  for (const [n, us] of [...fns].sort((a, c) => c[1] - a[1]).slice(0, 25)) console.log(`    ${ms(us).padStart(7)} ms/sub  ${n}`);
  return busy;
}

const dir = process.argv[2];
if (!dir) {
  console.error("usage: npx tsx scripts/bench-grading-profile.ts <dir written by BENCH_CPU_PROF>");
  process.exit(2);
}
const win = JSON.parse(fs.readFileSync(path.join(dir, "window.json"), "utf8")) as { startUs: number; endUs: number; submissions: number };
console.log(`load window ${((win.endUs - win.startUs) / 1e6).toFixed(1)} s, ${win.submissions} submissions`);
let all = 0;
for (const f of fs
  .readdirSync(dir)
  .filter((x) => x.endsWith(".cpuprofile"))
  .sort())
  all += analyse(path.join(dir, f), win, win.submissions);
console.log(`\nall threads: ${(all / 1000 / win.submissions).toFixed(2)} ms busy per submission`);
