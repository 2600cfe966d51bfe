// The LTI endpoints' HTTP layer. They are reached by a browser the LMS sends (a redirect or a cross-site form post),
// so they cannot be JSON routes with same-origin checks: their authenticity is the platform's signed id_token and our
// single-use state (lib/lti/verify.ts). ltiRoute() still refuses unstorable addresses, and turns every failure into an
// HTML page the person in the LMS frame can read (English and Japanese), logged with the check that failed.
import { isServiceUnavailable } from "@/lib/http/errors";
import { assertStorableAddress } from "@/lib/http/route";
import { isUnstorableText } from "@/lib/http/text";
import { LtiError } from "./errors";

const MAX_FORM_BYTES = 64 * 1024;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** A small self-contained page (no script, inline style only). `body` is trusted HTML. */
export function htmlPage(status: number, title: string, body: string, headers: HeadersInit = {}): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(title)} · Kakunin</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1f2937}
h1{font-size:1.3rem}code{background:#f3f4f6;padding:0 .25rem}.ja{color:#4b5563}a.button{display:inline-block;padding:.5rem 1rem;
background:#1d4ed8;color:#fff;border-radius:.375rem;text-decoration:none}</style></head>
<body><main>${body}</main></body></html>`;
  const h = new Headers(headers);
  h.set("content-type", "text/html; charset=utf-8");
  h.set("cache-control", "no-store");
  return new Response(html, { status, headers: h });
}

export function errorPage(error: LtiError): Response {
  return htmlPage(
    error.status,
    "LTI launch refused",
    `<h1>The LMS launch could not be completed</h1>
<p data-lti-check="${escapeHtml(error.check)}">${escapeHtml(error.message)}</p>
<p class="ja">LMS からの起動を完了できませんでした。LMS からもう一度開いてください。解決しない場合は管理者にお知らせください。</p>
<p>Check: <code>${escapeHtml(error.check)}</code></p>`,
  );
}

/** The url-encoded form fields of a POST (the LMS's form_post), or the query of a GET. */
export async function readParams(request: Request): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const put = (k: string, v: string) => {
    if (isUnstorableText(k) || isUnstorableText(v)) throw new LtiError("request", "The request contains characters that are not allowed.");
    out[k] = v;
  };
  if (request.method === "GET") {
    for (const [k, v] of new URL(request.url).searchParams) put(k, v);
    return out;
  }
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") {
    throw new LtiError("request", "The LMS must post this request as application/x-www-form-urlencoded.", 415);
  }
  const text = await request.text();
  if (text.length > MAX_FORM_BYTES) throw new LtiError("request", "The request is too large.", 413);
  for (const [k, v] of new URLSearchParams(text)) put(k, v);
  return out;
}

type Handler<Ctx, R extends Request> = (request: R, context: Ctx) => Promise<Response> | Response;

/** `R`: Next passes a NextRequest, for handlers that need its cookies. */
export function ltiRoute<Ctx = unknown, R extends Request = Request>(handler: Handler<Ctx, R>): Handler<Ctx, R> {
  return async (request, context) => {
    const path = new URL(request.url).pathname;
    try {
      try {
        assertStorableAddress(request);
      } catch {
        throw new LtiError("request", "The request address contains characters that are not allowed.");
      }
      return await handler(request, context);
    } catch (error) {
      if (error instanceof LtiError) {
        console.warn(`[lti] ${request.method} ${path} refused (${error.check}): ${error.message}`);
        return errorPage(error);
      }
      if (isServiceUnavailable(error)) {
        console.error(`[lti] ${path}: service unavailable:`, error instanceof Error ? error.message : error);
        return errorPage(new LtiError("service", "Kakunin is temporarily unavailable: try again in a minute.", 503));
      }
      console.error(`[lti] ${path}: unhandled error:`, error);
      return errorPage(new LtiError("service", "Something went wrong on Kakunin's side; it has been logged.", 500));
    }
  };
}

/** The origins that may frame Kakunin after a launch from this platform: its issuer, login and return pages. */
export function frameOrigins(urls: Array<string | null | undefined>): string[] {
  const out = new Set<string>();
  for (const u of urls) {
    if (!u) continue;
    try {
      const url = new URL(u);
      if (url.protocol === "https:" || url.protocol === "http:") out.add(url.origin);
    } catch {
      // not a URL
    }
  }
  return [...out];
}
