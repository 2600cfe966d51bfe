// Next.js instrumentation hook: in the Node.js server runtime, stamps every request with its socket address
// (lib/auth/peer-stamp.ts, for client-IP throttling) and starts the embedded grading worker
// (lib/exercises/queue-embedded.ts) unless KAKUNIN_EMBEDDED_WORKER=0. It starts in the background, so the server
// answers requests at once; submissions made meanwhile simply wait in the queue.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  (await import("./lib/auth/peer-stamp")).installPeerAddressStamp();
  const { startEmbeddedWorker, startQueueClient } = await import("./lib/exercises/queue-embedded");
  if (process.env.KAKUNIN_EMBEDDED_WORKER === "0") void startQueueClient();
  else void startEmbeddedWorker();
}
