// The language of a request's JSON error messages — the same rule as the pages (lib/i18n): the `locale` cookie, else
// the signed-in user's saved locale, else Accept-Language, else English. Read from the Request itself, so it works in
// route handlers and in tests that call them directly.
import { LOCALE_COOKIE, isLocale, resolveLocale, type Locale } from "@/lib/i18n/config";

function cookieValue(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The saved locale of the signed-in user, from the session (no database access); undefined outside a request. */
async function sessionLocale(): Promise<string | null | undefined> {
  try {
    const { getSessionUser } = await import("@/lib/auth/session");
    return (await getSessionUser())?.locale;
  } catch {
    return undefined;
  }
}

export async function requestLocale(request: Request): Promise<Locale> {
  const cookie = cookieValue(request.headers.get("cookie"), LOCALE_COOKIE);
  const userLocale = isLocale(cookie) ? undefined : await sessionLocale();
  return resolveLocale({ cookie, userLocale, acceptLanguage: request.headers.get("accept-language") });
}
