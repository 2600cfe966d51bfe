// Errors that route handlers and pages may throw; lib/http/route.ts turns them into JSON responses.
import type { Locale } from "@/lib/i18n/config";

export interface HttpErrorOptions {
  /** Response headers (e.g. Retry-After). */
  headers?: Record<string, string>;
  /** Per-locale replacements for parts of the body that the catalogue cannot translate (zod's own messages). */
  localized?: Partial<Record<Locale, Record<string, unknown>>>;
}

/**
 * An error with its HTTP status. `message` is English and should be a literal of lib/http/messages.ts (a test
 * checks the source): route() sends it in the request's language, with the message's stable `code`.
 */
export class HttpError extends Error {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Record<string, string>;
  readonly localized: Partial<Record<Locale, Record<string, unknown>>>;
  constructor(status: number, message: string, extra: Record<string, unknown> = {}, options: HttpErrorOptions = {}) {
    super(message);
    this.name = "HttpError";
    this.status = status;
    this.body = { error: message, ...extra };
    this.headers = options.headers ?? {};
    this.localized = options.localized ?? {};
  }
}

/** PostgreSQL refused a string: NUL in text/jsonb (22P05, 22021) or a byte sequence that is not UTF-8 (22021). */
const UNSTORABLE_TEXT_CODES = new Set(["22021", "22P05"]);
const UNSTORABLE_TEXT_MESSAGES = [
  /invalid byte sequence for encoding "UTF8"/i,
  /unsupported Unicode escape sequence/i,
  /\\u0000 cannot be converted to text/i,
];

/**
 * True if `error` (or its cause chain) is the database refusing text it cannot store — the last line of defence
 * behind the request checks (lib/http/text.ts), so such input is a 400, never a 500.
 */
export function isUnstorableTextError(error: unknown): boolean {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (e && typeof e === "object" && !seen.has(e)) {
    seen.add(e);
    const o = e as Record<string, unknown>;
    for (const key of ["code", "originalCode", "errorCode"]) {
      if (typeof o[key] === "string" && UNSTORABLE_TEXT_CODES.has(o[key] as string)) return true;
    }
    if (typeof o.message === "string" && UNSTORABLE_TEXT_MESSAGES.some((r) => r.test(o.message as string))) return true;
    const meta = o.meta as Record<string, unknown> | undefined;
    if (meta && typeof meta === "object" && UNSTORABLE_TEXT_MESSAGES.some((r) => r.test(JSON.stringify(meta)))) return true;
    e = o.cause;
  }
  return false;
}

/** Digest that error.tsx recognises to render the "service unavailable" page. */
export const SERVICE_UNAVAILABLE_DIGEST = "KAKUNIN_SERVICE_UNAVAILABLE";

/**
 * The database (or another backing service) cannot be reached. Carries a fixed `digest` so that
 * Next.js forwards it unchanged to the client error boundary, even in production.
 */
export class ServiceUnavailableError extends Error {
  readonly digest = SERVICE_UNAVAILABLE_DIGEST;
  constructor(cause?: unknown) {
    super("Service unavailable", { cause });
    this.name = "ServiceUnavailableError";
  }
}

const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "ECONNRESET",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now (starting up / shutting down)
  "53300", // too_many_connections
  "08001",
  "08006",
  "P1001", // Prisma: can't reach database server
  "P1002",
  "P1017", // server closed the connection
]);
const CONNECTION_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const CONNECTION_MESSAGES = [
  /can't reach database server/i,
  /connection terminated/i,
  /ECONNREFUSED/,
  /Connection refused/i,
  /the database system is (starting up|shutting down)/i,
  /DatabaseNotReachable/,
  /timeout exceeded when trying to connect/i,
];

/** True if `error` (or anything in its cause chain) means the database is unreachable. */
export function isServiceUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (e && typeof e === "object" && !seen.has(e)) {
    seen.add(e);
    if (e instanceof ServiceUnavailableError) return true;
    const o = e as Record<string, unknown>;
    if (typeof o.code === "string" && CONNECTION_CODES.has(o.code)) return true;
    if (typeof o.errorCode === "string" && CONNECTION_CODES.has(o.errorCode)) return true;
    if (typeof o.kind === "string" && CONNECTION_KINDS.has(o.kind)) return true;
    if (o.name === "PrismaClientInitializationError") return true;
    if (typeof o.message === "string" && CONNECTION_MESSAGES.some((r) => r.test(o.message as string))) return true;
    if (Array.isArray(o.errors) && o.errors.some((inner) => isServiceUnavailable(inner))) return true;
    e = o.cause;
  }
  return false;
}

/** Runs a data query; converts "database unreachable" failures into ServiceUnavailableError. */
export async function withDb<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isServiceUnavailable(error)) throw new ServiceUnavailableError(error);
    throw error;
  }
}
