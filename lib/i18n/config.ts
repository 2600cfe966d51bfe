// Locale configuration shared by server and client code. No locale-prefixed routes:
// the locale comes from the `locale` cookie, else the signed-in user's saved locale,
// else the browser's Accept-Language, else English.

export const locales = ["en", "ja"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";
export const LOCALE_COOKIE = "locale";
/** One year, in seconds. */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/**
 * Picks the best supported locale from an Accept-Language header, honouring q-values
 * ("ja-JP,ja;q=0.9,en;q=0.8" → "ja"). Returns undefined when nothing matches.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      let q = 1;
      for (const p of params) {
        const m = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p);
        if (m) q = Number(m[1]);
      }
      return { tag: (tag ?? "").trim().toLowerCase(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((r) => r.tag && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranges) {
    const primary = tag.split("-")[0];
    if (isLocale(primary)) return primary;
  }
  return undefined;
}

export function resolveLocale(input: { cookie?: string | null; userLocale?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(input.cookie)) return input.cookie;
  if (isLocale(input.userLocale)) return input.userLocale;
  return localeFromAcceptLanguage(input.acceptLanguage) ?? defaultLocale;
}

/** Picks the string for `locale` from a `{en, ja}` JSON title, falling back sensibly. */
export function localized(value: unknown, locale: Locale): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object") {
    const v = value as Record<string, unknown>;
    const hit = v[locale] ?? v[defaultLocale] ?? Object.values(v).find((x) => typeof x === "string");
    if (typeof hit === "string") return hit;
  }
  return "";
}
