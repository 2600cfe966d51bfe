// npx tsx scripts/bench-grading-stages.ts — CPU and database round-trips per stage of a code submission, measured
// in-process (no HTTP, no Next.js), so the figures hold even on a busy machine: CPU time is what this process
// spent, not wall time.
//
// Stages, each run for every one of BENCH_N submissions (default 200) of the Day 3 answer mix:
//   auth        the guard's per-request user lookup (getCurrentUser without the cookie: the database part)
//   submit      submitCode (idempotency, rate limit, store, enqueue, queue position)
//   fetch       pg-boss fetch of the queued jobs (batch) and their completion
//   grade-db    handleGradingJob with the grading done in-process, minus the grading itself (measured apart)
//   grading     gradeSubmissionCode alone (what the grader threads do)
//   status      getSubmissionStatus (one SSE poll) and getSubmissionForViewer (the results fetch)
// Prints CPU ms per submission and pg queries per submission for each stage.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "../lib/db/client";
import { freePort, startEmbeddedPostgres } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";

const N = Number(process.env.BENCH_N ?? 200);
const ROOT = path.resolve(import.meta.dirname, "..");

// every query of every pg client in this process (Prisma's adapter and pg-boss both use pg)
let queries = 0;
const origQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  queries++;
  return (origQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

function answers() {
  const out: { slug: string; code: string }[] = [];
  const dir = path.join(ROOT, "exercises/code");
  for (const slug of fs.readdirSync(dir).sort()) {
    const yaml = fs.readFileSync(path.join(dir, slug, "exercise.yaml"), "utf8");
    if (!/^section:\s*day3-/m.test(yaml) || /^lab:\s*true/m.test(yaml)) continue;
    out.push({ slug, code: fs.readFileSync(path.join(dir, slug, "solution.py"), "utf8") });
    const w = path.join(dir, slug, "wrong");
    if (fs.existsSync(w)) for (const f of fs.readdirSync(w).sort()) out.push({ slug, code: fs.readFileSync(path.join(w, f), "utf8") });
  }
  return out;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const rows: string[] = [];
async function stage<T>(name: string, n: number, fn: () => Promise<T>): Promise<T> {
  const q0 = queries;
  const c0 = cpuMs();
  const t0 = performance.now();
  const r = await fn();
  const cpu = cpuMs() - c0;
  rows.push(
    `${name.padEnd(10)} ${(cpu / n).toFixed(2).padStart(7)} ms CPU/sub  ${((queries - q0) / n).toFixed(1).padStart(5)} queries/sub  (${((performance.now() - t0) / n).toFixed(2)} ms wall/sub)`,
  );
  return r;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kakunin-stages-"));
  fs.chmodSync(dir, 0o755);
  const pgs = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), ephemeral: true });
  try {
    const url = pgs.url;
    process.env.DATABASE_URL = url;
    process.env.KAKUNIN_SUBMIT_RATE_PER_MIN = "1000000";
    await migrate({ url });
    const prisma = createPrismaClient(url, { max: 10 });
    const { loadContent } = (await import("../lib/content/load")) as { loadContent: (p: unknown, d: string) => Promise<unknown> };
    await loadContent(prisma, path.join(ROOT, "exercises"));
    const { getQueue, stopQueue, GRADING_QUEUE } = await import("../lib/exercises/queue");
    const { submitCode, getSubmissionStatus, getSubmissionForViewer } = await import("../lib/exercises/submissions");
    const { handleGradingJob } = await import("../lib/exercises/queue-worker");
    const { gradeSubmissionCode } = await import("../lib/grader-pool/grade-task");
    const boss = await getQueue(url);
    const mix = answers();
    const users: { id: string }[] = [];
    for (let i = 0; i < 20; i++)
      users.push(await prisma.user.create({ data: { email: `s${i}@example.com`, name: `S${i}`, passwordHash: "!", role: "learner" } }));
    // grade-db measures the database work of a grading only: the grader returns reports graded before the stage
    // (grading stage below: the engine's CPU per submission, as the grader threads spend it)
    const reports = new Map<string, ReturnType<typeof gradeSubmissionCode>>();
    let gradingMs = 0;
    const inline = {
      run: async (v: Parameters<typeof gradeSubmissionCode>[0], code: string) => {
        const key = `${v.id}\n${code}`;
        let r = reports.get(key);
        if (!r) reports.set(key, (r = gradeSubmissionCode(v, code)));
        return r;
      },
    } as unknown as import("../lib/grader-pool/pool").GraderPool;

    const round = async (label: string) => {
      rows.length = 0;
      const auth = async (userId: string) =>
        prisma.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true, locale: true } });
      await stage("auth", N, async () => {
        for (let i = 0; i < N; i++) await auth(users[i % users.length]!.id);
      });
      const subs = await stage("submit", N, async () => {
        const out = [];
        for (let i = 0; i < N; i++) {
          const a = mix[i % mix.length]!;
          const u = users[i % users.length]!;
          out.push({
            user: u,
            r: await submitCode(prisma as never, boss, {
              userId: u.id,
              exerciseSlug: a.slug,
              code: a.code,
              idempotencyKey: `${label}-${i}-${crypto.randomBytes(3).toString("hex")}`,
            }),
          });
        }
        return out;
      });
      const jobs = await stage("fetch", N, async () => {
        const got = [];
        while (got.length < N) {
          const batch = await boss.fetch<{ submissionId: string; gradingJobId: string; reason: "submit" }>(GRADING_QUEUE, { batchSize: 4 });
          if (!batch.length) break;
          await boss.complete(
            GRADING_QUEUE,
            batch.map((j) => j.id),
          );
          got.push(...batch);
        }
        return got;
      });
      for (const j of jobs) {
        // warm the report cache outside the measured stage
        const row = await prisma.submission.findUniqueOrThrow({
          where: { id: j.data.submissionId },
          select: { code: true, exerciseVersion: { select: { id: true, content: true, secret: true } } },
        });
        await inline.run(row.exerciseVersion, row.code);
      }
      await stage("grade-db", N, async () => {
        for (const j of jobs) await handleGradingJob(prisma as never, inline, j.data);
      });
      const versions = await prisma.exerciseVersion.findMany({ select: { id: true, content: true, secret: true } });
      const byId = new Map(versions.map((v) => [v.id, v]));
      const codes = [...reports.keys()].map((k) => ({ v: byId.get(k.slice(0, k.indexOf("\n")))!, code: k.slice(k.indexOf("\n") + 1) }));
      const c0 = cpuMs();
      for (let i = 0; i < N; i++) gradeSubmissionCode(codes[i % codes.length]!.v, codes[i % codes.length]!.code);
      gradingMs = cpuMs() - c0;
      rows.push(`${"grading".padEnd(10)} ${(gradingMs / N).toFixed(2).padStart(7)} ms CPU/sub  (the engine, in the grader threads)`);
      await stage("status", N, async () => {
        for (const s of subs) await getSubmissionStatus(prisma as never, { id: s.user.id, role: "learner" }, s.r.id);
      });
      await stage("results", N, async () => {
        for (const s of subs) await getSubmissionForViewer(prisma as never, { id: s.user.id, role: "learner" }, s.r.id);
      });
      console.log(`\n${label}:\n${rows.join("\n")}`);
    };
    await round("warm-up");
    await round("measured");
    await stopQueue(url);
    await prisma.$disconnect();
  } finally {
    await pgs.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: Error) => {
  console.error(e.stack ?? e.message);
  process.exit(1);
});
