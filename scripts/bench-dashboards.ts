// npm run bench:dashboards [-- --runs 20]
// Times the instructor/learner dashboard queries on the database at DATABASE_URL (unset: a separate embedded cluster in
// .data/bench-pg, never the development database), filled with the default
// `npm run seed:load` class first when it has none): getGradebook (lib/gradebook) as first opened and filtered +
// sorted (3 sections, the last 30 days, by a column's best score, page 2) and that filtered view as CSV (every row),
// a learner's mastery/progress (lib/progress getProgress, a different learner each run) and item statistics
// (lib/gradebook getItemStats, a different question each run; then only parameterised numeric and formula
// questions, whose wrong-answer distributions are computed per request).
// One warm-up call each, then `runs` timed calls; prints p50 / p95 / max in ms and whether p95 is under the 300 ms
// target. Figures are wall-clock on this machine, single client, no concurrency.
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { createPrismaClient, type PrismaClient } from "../lib/db/client";
import { getGradebook, gradebookCsv } from "../lib/gradebook/gradebook";
import type { GradebookQuery } from "../lib/gradebook/query";
import { migrate } from "../lib/db/migrate";
import path from "node:path";
import { appDataDir, freePort, startEmbeddedPostgres, type EmbeddedPostgres } from "../lib/db/embedded";
import { seedLoad } from "./seed-load";
import { getItemStats } from "../lib/gradebook/items";
import { getProgress } from "../lib/progress/mastery";
import { assignmentCsvColumns, getAssignmentColumns } from "../lib/assignments/gradebook";
import { listMyAssignments } from "../lib/assignments/mine";

export const TARGET_P95_MS = 300;

export interface BenchRow {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
  ok: boolean;
  /** p95 target of this row in ms. */
  target: number;
}

/** Targets of the class views (issue 11): the class gradebook and the learner's "My assignments" panel. */
export const CLASS_GRADEBOOK_TARGET_MS = 100;
export const MY_ASSIGNMENTS_TARGET_MS = 50;

/** Nearest-rank percentile of sorted `xs`. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

async function time(name: string, runs: number, fn: (i: number) => Promise<unknown>, target = TARGET_P95_MS): Promise<BenchRow> {
  await fn(-1); // warm-up (connection, plan cache)
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const p95 = percentile(ms, 95);
  return { name, runs, p50: percentile(ms, 50), p95, max: ms.at(-1)!, ok: p95 < target, target };
}

export async function benchDashboards(prisma: PrismaClient, runs = 20): Promise<{ context: Record<string, number>; rows: BenchRow[] }> {
  const [learners, answers, attempts] = await Promise.all([
    prisma.user.count({ where: { role: "learner" } }),
    prisma.answer.count(),
    prisma.testAttempt.count(),
  ]);
  const sampleLearners = await prisma.user.findMany({
    where: { role: "learner" },
    select: { id: true },
    orderBy: { id: "asc" },
    take: Math.max(1, runs + 1),
  });
  const sampleItems = await prisma.item.findMany({
    where: { retired: false },
    select: { slug: true },
    orderBy: { slug: "asc" },
    take: Math.max(1, runs + 1),
  });
  if (sampleLearners.length === 0 || sampleItems.length === 0) throw new Error("No learners or questions: run npm run seed:load first");
  const openItems = await prisma.item.findMany({
    where: { retired: false, kind: { in: ["numeric", "formula"] } },
    select: { slug: true },
    orderBy: { slug: "asc" },
  });
  const pick = <T>(xs: T[], i: number) => xs[(i + 1) % xs.length]!;
  const columns = (await getGradebook(prisma, { perPage: 25 })).columns;
  const filtered: Partial<GradebookQuery> = {
    sections: [...new Set(columns.map((c) => c.sectionSlug).filter((s): s is string => s !== null))].slice(0, 3),
    from: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10),
    ...(columns[0] ? { sort: "column" as const, sortColumn: columns[0].key, dir: "desc" as const } : {}),
    page: 2,
    perPage: 50,
  };
  const rows = [
    await time("getGradebook", runs, () => getGradebook(prisma)),
    await time("gradebook filtered + sorted", runs, () => getGradebook(prisma, filtered)),
    await time("gradebook CSV (filtered)", runs, async () => gradebookCsv(await getGradebook(prisma, filtered, { paginate: false }))),
    await time("learner mastery (getProgress)", runs, (i) => getProgress(prisma, pick(sampleLearners, i).id)),
    await time("item statistics (getItemStats)", runs, (i) => getItemStats(prisma, pick(sampleItems, i).slug)),
    ...(openItems.length ? [await time("item stats numeric/formula", runs, (i) => getItemStats(prisma, pick(openItems, i).slug))] : []),
    ...(await classRows(prisma, runs)),
  ];
  return { context: { learners, attempts, answers }, rows };
}

/**
 * The seeded 300-learner class: its gradebook first page as /instructor/gradebook?class= loads it (getGradebook
 * scoped to the class + the assignment columns for the page's rows) and "My assignments" of one of its learners.
 */
async function classRows(prisma: PrismaClient, runs: number): Promise<BenchRow[]> {
  const big = await prisma.class.findFirst({ where: { joinCode: "LOAD0001" }, select: { id: true } });
  if (!big) return [];
  const members = await prisma.classMember.findMany({
    where: { classId: big.id, role: "learner" },
    select: { userId: true },
    orderBy: { userId: "asc" },
    take: runs + 1,
  });
  const pick = <T>(xs: T[], i: number) => xs[(i + 1) % xs.length]!;
  return [
    await time(
      `class gradebook (${await prisma.classMember.count({ where: { classId: big.id, role: "learner" } })} learners)`,
      runs,
      async () => {
        const g = await getGradebook(prisma, {}, { classId: big.id });
        await getAssignmentColumns(
          prisma,
          big.id,
          g.rows.map((r) => r.userId),
        );
      },
      CLASS_GRADEBOOK_TARGET_MS,
    ),
    await time("class gradebook CSV (all rows)", runs, async () => {
      const g = await getGradebook(prisma, {}, { classId: big.id, paginate: false });
      gradebookCsv(
        g,
        assignmentCsvColumns(
          await getAssignmentColumns(
            prisma,
            big.id,
            g.rows.map((r) => r.userId),
          ),
        ),
      );
    }),
    await time(
      "My assignments (listMyAssignments)",
      runs,
      (i) => listMyAssignments(prisma, pick(members, i).userId),
      MY_ASSIGNMENTS_TARGET_MS,
    ),
  ];
}

export function formatBench(r: Awaited<ReturnType<typeof benchDashboards>>): string {
  const lines = [
    `dataset: ${r.context.learners} learners, ${r.context.attempts} attempts, ${r.context.answers} answers`,
    `${"query".padEnd(36)} ${"runs".padStart(5)} ${"p50 ms".padStart(9)} ${"p95 ms".padStart(9)} ${"max ms".padStart(9)}  p95 under target`,
  ];
  for (const x of r.rows) {
    lines.push(
      `${x.name.padEnd(36)} ${String(x.runs).padStart(5)} ${x.p50.toFixed(1).padStart(9)} ${x.p95.toFixed(1).padStart(9)} ${x.max.toFixed(1).padStart(9)}  ${x.ok ? "yes" : "NO"} (< ${x.target} ms)`,
    );
  }
  return lines.join("\n");
}

async function main() {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "20" } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a positive integer");
  // without DATABASE_URL: a separate embedded cluster for benchmarks (.data/bench-pg, kept so the seeded class is
  // reused), never the development database that npm start uses
  let embedded: EmbeddedPostgres | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    const dataDir = path.join(appDataDir(), "bench-pg");
    console.error(`bench:dashboards: DATABASE_URL unset, using an embedded PostgreSQL in ${dataDir}`);
    embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: "kakunin_bench" });
    url = embedded.url;
  }
  try {
    await run(url, runs);
  } finally {
    await embedded?.stop();
  }
}

async function run(url: string, runs: number) {
  await migrate({ url });
  const prisma = createPrismaClient(url, { max: 2 });
  try {
    if (!(await prisma.course.findUnique({ where: { slug: "load" } }))) {
      console.error("bench:dashboards: no load-test class yet, running seed:load (2,000 learners) first");
      await seedLoad(prisma, { learners: 2000, tests: 10, itemsPerTest: 20, exercises: 5, log: (l) => console.error(`[seed:load] ${l}`) });
    }
    const r = await benchDashboards(prisma, runs);
    console.log(formatBench(r));
    if (r.rows.some((x) => !x.ok)) process.exitCode = 1;
  } finally {
    await prisma.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(`bench:dashboards failed: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  });
}
