// Wrapper for route handlers: every failure becomes a JSON response in the request's language; nothing leaks a stack
// trace. It is also where every route gets the request checks no handler may forget: same origin and a JSON content
// type for state-changing methods, and an address without NUL or unpaired surrogates.
//
// Not wrapped, on purpose: next-auth's own routes (app/api/auth/[...nextauth]) — its sign-in, sign-out and callback
// POSTs are application/x-www-form-urlencoded by design and carry next-auth's CSRF token; and server actions, which are
// not route handlers (Next posts them as multipart/text with its own Origin check; lib/i18n/actions.ts accepts only a
// fixed list of locales). tests/http/route-wrapper.test.ts fails when any other route exports an unwrapped handler.
import type { Locale } from "@/lib/i18n/config";
import { HttpError, isServiceUnavailable, isUnstorableTextError } from "./errors";
import { isJsonContentType } from "./json";
import { requestHost } from "@/lib/auth/client-address";
import { requestLocale } from "./locale";
import { isUnstorableText } from "./text";
import { localizeErrorBody } from "./translate";

export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("content-type", "application/json; charset=utf-8");
  if (!headers.has("cache-control")) headers.set("cache-control", "no-store");
  return new Response(JSON.stringify(body), { ...init, headers });
}

/** Error responses returned (not thrown) by handlers, kept so route() can send them in the request's language. */
const returnedErrors = new WeakMap<Response, { status: number; body: Record<string, unknown> }>();

/** A JSON error response; `error` should be a literal of lib/http/messages.ts (translated by route()). */
export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  const body = { error, ...extra };
  const response = json(localizeErrorBody(body, "en"), { status });
  returnedErrors.set(response, { status, body });
  return response;
}

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * State-changing requests must say they carry JSON (415 otherwise), body or not: no route can be reached by a plain
 * HTML form or a `text/plain` cross-site POST, and no handler can forget the check.
 */
export function assertJsonContentType(request: Request): void {
  if (!UNSAFE_METHODS.has(request.method.toUpperCase())) return;
  if (!isJsonContentType(request.headers.get("content-type"))) throw new HttpError(415, "Content-Type must be application/json");
}

/** Path segments and query values reach queries as text: NUL, unpaired surrogates or broken escapes are a 400. */
export function assertStorableAddress(request: Request): void {
  const url = new URL(request.url);
  const refuse = () => new HttpError(400, "The request address contains characters that are not allowed");
  for (const segment of url.pathname.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      throw refuse();
    }
    if (isUnstorableText(decoded)) throw refuse();
  }
  for (const [k, v] of url.searchParams) if (isUnstorableText(k) || isUnstorableText(v)) throw refuse();
}

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
  const host = requestHost(request.headers);
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new HttpError(403, "Cross-origin request refused");
  }
  if (!host || originHost !== host) throw new HttpError(403, "Cross-origin request refused");
}

/**
 * Converts a thrown value into a JSON response in `locale`; unexpected errors are logged and become a bare 500.
 * Text the database refused (NUL, invalid UTF-8 that slipped past the request checks) is the client's 400.
 */
export function errorResponse(error: unknown, context = "route", locale: Locale = "en"): Response {
  if (error instanceof HttpError) {
    return json(localizeErrorBody(error.body, locale, error.localized[locale]), { status: error.status, headers: error.headers });
  }
  if (isServiceUnavailable(error)) {
    console.error(`[${context}] service unavailable:`, error instanceof Error ? error.message : error);
    return json(localizeErrorBody({ error: "Service temporarily unavailable" }, locale), { status: 503, headers: { "retry-after": "30" } });
  }
  if (isUnstorableTextError(error)) {
    return json(localizeErrorBody({ error: "Text must not contain NUL characters or unpaired surrogates" }, locale), { status: 400 });
  }
  console.error(`[${context}] unhandled error:`, error);
  return json(localizeErrorBody({ error: "Internal server error" }, locale), { status: 500 });
}

/** A response made by jsonError(), sent in `locale`; any other response unchanged. */
async function localizeReturned(response: Response, request: Request): Promise<Response> {
  const made = returnedErrors.get(response);
  if (!made) return response;
  return json(localizeErrorBody(made.body, await requestLocale(request)), { status: made.status, headers: response.headers });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler<Ctx> = (request: Request, context: Ctx) => Promise<Response> | Response;

/**
 * Wraps a route handler: for unsafe methods same origin (403) and a JSON content type (415); an address without
 * unstorable text (400); then HttpError, database outages (503) and any unexpected error (500, logged, no stack
 * trace) become JSON with `error` in the request's language and a stable `code`.
 */
export function route<Ctx = unknown>(handler: Handler<Ctx>, options: { name?: string } = {}): Handler<Ctx> {
  return async (request, context) => {
    try {
      assertSameOrigin(request);
      assertJsonContentType(request);
      assertStorableAddress(request);
      return await localizeReturned(await handler(request, context), request);
    } catch (error) {
      if (isNextControlFlow(error)) throw error;
      return errorResponse(error, options.name ?? new URL(request.url).pathname, await requestLocale(request));
    }
  };
}

/** redirect()/notFound()/forbidden() throw errors with a NEXT_ digest that must propagate. */
function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_") || digest === "DYNAMIC_SERVER_USAGE");
}
