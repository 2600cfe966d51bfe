// npm run worker — a dedicated grading worker process: pulls grading jobs from the pg-boss queue of DATABASE_URL
// (any machine that reaches that PostgreSQL) and grades them in a pool of grader processes (lib/grader-pool: one per
// core, or KAKUNIN_GRADER_PROCESSES). Learner code runs only in those; a grader that dies is replaced and this
// process goes on. Run as many as you like; each job is graded exactly once. Stop with Ctrl-C / SIGTERM.
import { createPrismaClient, databaseUrl } from "../lib/db/client";
import { stopQueue } from "../lib/exercises/queue";
import { startGradingWorker } from "../lib/exercises/queue-worker";
import { startScoreWorker } from "../lib/lti/score-queue";

async function main(): Promise<void> {
  const url = databaseUrl();
  const prisma = createPrismaClient(url, { max: Number(process.env.DATABASE_POOL_MAX ?? 8) });
  const worker = await startGradingWorker(prisma, { url, log: (l) => console.log(`[worker ${process.pid}] ${l}`) });
  const stopScores = await startScoreWorker(prisma, (l) => console.log(`[worker ${process.pid}] lti: ${l}`));
  let stopping = false;
  const stop = async (sig: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`[worker ${process.pid}] ${sig}: stopping (jobs in progress are retried by another worker)`);
    await Promise.all([worker.stop(), stopScores()]).catch(() => {});
    await stopQueue(url);
    await prisma.$disconnect().catch(() => {});
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((e: Error) => {
  console.error(`[worker] error: ${e.message}`);
  process.exit(1);
});
