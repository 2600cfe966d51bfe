// "A submission's grading state changed" signals for GET /api/submissions/:id/events (event name = submission id).
// - A worker in this process emits right after its write committed (no database round-trip).
// - Any worker, in any process, also sends NOTIFY kakunin_graded '<submission id>' from the statement that made the
//   submission final; listenForGradings() (one LISTEN connection per web process, started by the first stream)
//   turns those into the same events. So a stream learns of its result at once wherever it was graded, and its
//   database poll is only a slow fallback (missed notifications, lost connection) and the queue-position refresh.
import { EventEmitter } from "node:events";
import pg from "pg";

export const GRADED_CHANNEL = "kakunin_graded";

interface Listener {
  ready: Promise<void>;
  client: pg.Client;
  connected: boolean;
}
const g = globalThis as unknown as { __kakuninGradingEvents?: EventEmitter; __kakuninGradedListeners?: Map<string, Listener> };

export function gradingEvents(): EventEmitter {
  if (!g.__kakuninGradingEvents) {
    g.__kakuninGradingEvents = new EventEmitter();
    g.__kakuninGradingEvents.setMaxListeners(0);
  }
  return g.__kakuninGradingEvents;
}

/**
 * Makes sure this process LISTENs on GRADED_CHANNEL of `url` (one connection; a dropped one is replaced by the next
 * call). Resolves when listening; rejects when the connection fails (the caller's poll still works).
 */
export function listenForGradings(url = process.env.DATABASE_URL ?? ""): Promise<void> {
  if (!url) return Promise.reject(new Error("DATABASE_URL is not set"));
  const listeners = (g.__kakuninGradedListeners ??= new Map());
  const existing = listeners.get(url);
  if (existing) return existing.ready;
  const client = new pg.Client({ connectionString: url, application_name: "kakunin-graded-listen" });
  const entry: Listener = { client, connected: false, ready: Promise.resolve() };
  const forget = () => {
    entry.connected = false;
    if (listeners.get(url) === entry) listeners.delete(url);
  };
  client.on("error", forget);
  client.on("end", () => {
    forget();
    // streams may have missed a notification while the connection was down: let each look at the database once
    for (const name of gradingEvents().eventNames()) gradingEvents().emit(name);
  });
  client.on("notification", (n) => {
    if (n.payload) gradingEvents().emit(n.payload);
  });
  entry.ready = (async () => {
    try {
      await client.connect();
      await client.query(`LISTEN ${GRADED_CHANNEL}`);
      entry.connected = true;
    } catch (e) {
      forget();
      await client.end().catch(() => {});
      throw e;
    }
  })();
  listeners.set(url, entry);
  return entry.ready;
}

/** True while this process is LISTENing on `url` (signals from every worker process arrive). */
export function isListeningForGradings(url = process.env.DATABASE_URL ?? ""): boolean {
  return g.__kakuninGradedListeners?.get(url)?.connected === true;
}

/** Closes this process's listener for `url` (tests, shutdown). */
export async function stopListeningForGradings(url = process.env.DATABASE_URL ?? ""): Promise<void> {
  const l = g.__kakuninGradedListeners?.get(url);
  if (!l) return;
  g.__kakuninGradedListeners!.delete(url);
  await l.client.end().catch(() => {});
}
