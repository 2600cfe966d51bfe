// Wrapper for route handlers: every failure becomes a JSON response; nothing leaks a stack trace.
import { HttpError, isServiceUnavailable } from "./errors";

export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("content-type", "application/json; charset=utf-8");
  if (!headers.has("cache-control")) headers.set("cache-control", "no-store");
  return new Response(JSON.stringify(body), { ...init, headers });
}

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return json({ error, ...extra }, { status });
}

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Rejects cross-site state-changing requests: if the browser sent an Origin header it must match
 * the Host the request was made to. (Requests without Origin — curl, server-to-server — pass; the
 * JSON content-type requirement already forces a CORS preflight for browsers.)
 */
export function assertSameOrigin(request: Request): void {
  if (!UNSAFE_METHODS.has(request.method.toUpperCase())) return;
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") {
    if (origin === "null") throw new HttpError(403, "Cross-origin request refused");
    return;
  }
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new HttpError(403, "Cross-origin request refused");
  }
  if (!host || originHost !== host) throw new HttpError(403, "Cross-origin request refused");
}

/** Converts a thrown value into a JSON response; unexpected errors are logged and become a bare 500. */
export function errorResponse(error: unknown, context = "route"): Response {
  if (error instanceof HttpError) return json(error.body, { status: error.status });
  if (isServiceUnavailable(error)) {
    console.error(`[${context}] service unavailable:`, error instanceof Error ? error.message : error);
    return json({ error: "Service temporarily unavailable" }, { status: 503, headers: { "retry-after": "30" } });
  }
  console.error(`[${context}] unhandled error:`, error);
  return json({ error: "Internal server error" }, { status: 500 });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler<Ctx> = (request: Request, context: Ctx) => Promise<Response> | Response;

/**
 * Wraps a route handler: enforces same-origin for unsafe methods, and converts HttpError,
 * database outages (503) and any unexpected error (500, logged, no stack trace) into JSON.
 */
export function route<Ctx = unknown>(handler: Handler<Ctx>, options: { name?: string } = {}): Handler<Ctx> {
  return async (request, context) => {
    try {
      assertSameOrigin(request);
      return await handler(request, context);
    } catch (error) {
      if (isNextControlFlow(error)) throw error;
      return errorResponse(error, options.name ?? new URL(request.url).pathname);
    }
  };
}

/** redirect()/notFound()/forbidden() throw errors with a NEXT_ digest that must propagate. */
function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_") || digest === "DYNAMIC_SERVER_USAGE");
}
