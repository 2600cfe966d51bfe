// Is the database up? — asked by proxy.ts for every page request, so that pages answer a real 503 (not a 200 that
// shows the "service unavailable" text) while PostgreSQL is down. One `SELECT 1` (lib/db/health.ts) at most every
// 5 s while the database is up — answered from the last result meanwhile, and refreshed in the background so no
// request waits for it — and at most every second while it is down, so pages come back within a second of it.
// The server log gets one line when the database goes away and one when it is back, not one per request.
import { pingDatabase } from "./health";

const UP_FOR_MS = 5_000;
const DOWN_FOR_MS = 1_000;
const CHECK_TIMEOUT_MS = 5_000;

interface Status {
  up: boolean | undefined;
  checkedAt: number;
  pending: Promise<boolean> | undefined;
}

// One status per process, whichever bundle (proxy, route handlers) imports this module.
const KEY = Symbol.for("kakunin.databaseStatus");
const store = globalThis as typeof globalThis & { [KEY]?: Status };
const status = (): Status => (store[KEY] ??= { up: undefined, checkedAt: 0, pending: undefined });

function check(s: Status): Promise<boolean> {
  s.pending ??= (async () => {
    let reason = "";
    // 5 s, not /api/health's 2 s: a busy server must not send learners a false 503
    const up = await pingDatabase(undefined, CHECK_TIMEOUT_MS, (r) => (reason = r));
    if (up && s.up === false) console.error("[health] the database is reachable again; pages are served normally");
    if (!up && s.up !== false) console.error(`[health] database unreachable (${reason}); pages answer 503 until it is back`);
    s.up = up;
    s.checkedAt = Date.now();
    s.pending = undefined;
    return up;
  })();
  return s.pending;
}

/** The database's state as last seen, checked again when that is older than 5 s (up) or 1 s (down). */
export async function databaseUp(): Promise<boolean> {
  const s = status();
  const age = Date.now() - s.checkedAt;
  if (s.up !== undefined && age < (s.up ? UP_FOR_MS : DOWN_FOR_MS)) return s.up;
  const fresh = check(s);
  return s.up === true ? true : fresh; // while up, don't make the request wait for the check
}

/** For tests: forget the last result. */
export function resetDatabaseStatus(): void {
  store[KEY] = undefined;
}

/** Pages that render without the database (they read no data, or fall back to the session), and files. */
const WITHOUT_DATABASE = new Set(["/", "/signin", "/signup"]);

export function pageNeedsDatabase(pathname: string): boolean {
  if (WITHOUT_DATABASE.has(pathname.replace(/\/+$/, "") || "/")) return false;
  const last = pathname.slice(pathname.lastIndexOf("/") + 1);
  return !last.includes("."); // icon.svg, robots.txt, …
}
