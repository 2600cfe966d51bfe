// Database liveness for GET /api/health and the outage check of page requests (lib/db/outage.ts): one `SELECT 1` on
// a fresh connection with a short timeout.
// Never throws; reports only up/down (details go to the server log, without stack traces).
import pg from "pg";

/** `report` receives why the database is unreachable (default: one line on stderr). */
export async function pingDatabase(
  url = process.env.DATABASE_URL,
  timeoutMs = 2000,
  report: (reason: string) => void = (reason) => console.error(`[health] database unreachable: ${reason}`),
): Promise<boolean> {
  if (!url) {
    report("DATABASE_URL is not set");
    return false;
  }
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
    application_name: "kakunin-health",
  });
  client.on("error", () => {});
  let timer: NodeJS.Timeout | undefined;
  try {
    const ping = (async () => {
      await client.connect();
      await client.query("SELECT 1");
      return true;
    })();
    const timeout = new Promise<boolean>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs + 250);
    });
    return await Promise.race([ping, timeout]);
  } catch (e) {
    report((e as Error).message ?? String(e));
    return false;
  } finally {
    clearTimeout(timer);
    void client.end().catch(() => {});
  }
}
