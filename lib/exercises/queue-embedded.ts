// The grading worker embedded in the web process (started by instrumentation.ts). Disabled with
// KAKUNIN_EMBEDDED_WORKER=0, e.g. when dedicated `npm run worker` processes do the grading.
import { db } from "@/lib/db/client";
import { startScoreWorker } from "@/lib/lti/score-queue";
import { getQueue } from "./queue";
import { startGradingWorker, type GradingWorker } from "./queue-worker";

const g = globalThis as unknown as { __kakuninEmbeddedWorker?: Promise<GradingWorker | null> };

export function startEmbeddedWorker(): Promise<GradingWorker | null> {
  g.__kakuninEmbeddedWorker ??= (async () => {
    if (!process.env.DATABASE_URL) {
      console.warn("[grading] DATABASE_URL is not set: the embedded grading worker is not started");
      return null;
    }
    try {
      const worker = await startGradingWorker(db(), { log: (l) => console.log(`[grading] embedded ${l}`) });
      // LTI grade passback (lib/lti/score-queue.ts) is worked wherever grading is
      const stopScores = await startScoreWorker(db()).catch((e: Error) => {
        console.error("[lti] the score worker could not start:", e.message);
        return async () => {};
      });
      const stop = () => void Promise.all([worker.stop(), stopScores()]).catch(() => {});
      process.once("SIGTERM", stop);
      process.once("SIGINT", stop);
      return worker;
    } catch (e) {
      console.error("[grading] the embedded grading worker could not start:", (e as Error).message);
      return null;
    }
  })();
  return g.__kakuninEmbeddedWorker;
}

/** Starts only the queue client (for enqueueing) when the embedded worker is disabled. */
export async function startQueueClient(): Promise<void> {
  if (!process.env.DATABASE_URL) return;
  await getQueue().catch((e: Error) => console.error("[grading] the queue could not start:", e.message));
}
