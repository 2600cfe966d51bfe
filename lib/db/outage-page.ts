// The "service unavailable" page that proxy.ts answers with (HTTP 503, Retry-After) while the database is down: a
// self-contained HTML document in the visitor's language (locale cookie, else Accept-Language), with the texts of
// app/error.tsx's unavailable page (messages/*.json → errors.unavailable*). It needs no database, no script and no
// stylesheet, and reloads itself after 30 s.
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import type { NextRequest } from "next/server";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/config";

const MESSAGES = { en, ja } as const;
export const RETRY_AFTER_S = 30;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function outagePage(input: { cookie?: string | null; acceptLanguage?: string | null }): { html: string; locale: string } {
  const locale = resolveLocale({ cookie: input.cookie, acceptLanguage: input.acceptLanguage });
  const m = MESSAGES[locale];
  const title = escape(m.errors.unavailableTitle);
  const body = escape(m.errors.unavailableBody);
  const again = escape(m.common.tryAgain);
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_S}">
<meta name="robots" content="noindex">
<title>${title} · Kakunin</title>
<style>
  body { margin: 0; font-family: system-ui, -apple-system, "Hiragino Sans", "Noto Sans JP", sans-serif; color: #1f2933; background: #f7f8fa; }
  main { max-width: 36rem; margin: 6rem auto; padding: 0 1.5rem; text-align: center; }
  .code { font-size: 2.5rem; font-weight: 800; color: #3b5bdb; margin: 0 0 0.5rem; letter-spacing: 0.04em; }
  p { color: #52606d; line-height: 1.6; }
  a { display: inline-block; margin-top: 1rem; padding: 0.6rem 1.2rem; border-radius: 0.5rem; background: #3b5bdb; color: #fff; text-decoration: none; }
</style>
</head>
<body>
<main id="main">
<p class="code" aria-hidden="true">503</p>
<h1>${title}</h1>
<p>${body}</p>
<a href="">${again}</a>
</main>
</body>
</html>
`;
  return { html, locale };
}

/** The 503 response for a page request; `csp` is the page's Content-Security-Policy (inline styles allowed). */
export function outageResponse(request: NextRequest, csp: string): Response {
  const { html, locale } = outagePage({
    cookie: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
  return new Response(request.method === "HEAD" ? null : html, {
    status: 503,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-language": locale,
      "cache-control": "no-store",
      "retry-after": String(RETRY_AFTER_S),
      "content-security-policy": csp,
    },
  });
}
