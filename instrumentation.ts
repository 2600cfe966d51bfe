// Next.js instrumentation hook: in the Node.js server runtime, stamps every request with its socket address
// (lib/auth/peer-stamp.ts, for client-IP throttling), starts the grader processes for code-blank answers
// (lib/grader-pool/answer-pool.ts, warm before the first check) and the embedded grading worker
// (lib/exercises/queue-embedded.ts, with its own grader processes) unless KAKUNIN_EMBEDDED_WORKER=0. The graders
// start in the background, so the server answers requests at once; submissions made meanwhile simply wait in the
// queue. Learner code never runs in this process.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  (await import("./lib/auth/peer-stamp")).installPeerAddressStamp();
  const { answerPool } = await import("./lib/grader-pool/answer-pool");
  void answerPool()
    .ready()
    .catch((e: Error) => console.error("[grader] the code-blank graders could not start:", e.message));
  const { startEmbeddedWorker, startQueueClient } = await import("./lib/exercises/queue-embedded");
  if (process.env.KAKUNIN_EMBEDDED_WORKER === "0") void startQueueClient();
  else void startEmbeddedWorker();
}
