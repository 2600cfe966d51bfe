// Errors that route handlers and pages may throw; lib/http/route.ts turns them into JSON responses.

export class HttpError extends Error {
  readonly status: number;
  readonly body: Record<string, unknown>;
  constructor(status: number, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.name = "HttpError";
    this.status = status;
    this.body = { error: message, ...extra };
  }
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
