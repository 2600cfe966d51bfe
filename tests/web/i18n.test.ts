// Locale resolution and message catalogues (no browser).
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import ja from "../../messages/ja.json";
import { localeFromAcceptLanguage, localized, resolveLocale } from "../../lib/i18n/config";

function keys(o: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === "object" ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe("locale resolution", () => {
  it("parses Accept-Language with q-values and regions", () => {
    expect(localeFromAcceptLanguage("ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("ja");
    expect(localeFromAcceptLanguage("en-GB,en;q=0.9,ja;q=0.8")).toBe("en");
    expect(localeFromAcceptLanguage("fr-FR,fr;q=0.9,ja;q=0.5,en;q=0.4")).toBe("ja");
    expect(localeFromAcceptLanguage("en;q=0.2, ja;q=0.9")).toBe("ja");
    expect(localeFromAcceptLanguage("de, fr")).toBeUndefined();
    expect(localeFromAcceptLanguage("ja;q=0")).toBeUndefined();
    expect(localeFromAcceptLanguage(null)).toBeUndefined();
  });
  it("prefers the cookie, then the account, then the browser, then English", () => {
    expect(resolveLocale({ cookie: "ja", userLocale: "en", acceptLanguage: "en" })).toBe("ja");
    expect(resolveLocale({ cookie: "xx", userLocale: "ja", acceptLanguage: "en" })).toBe("ja");
    expect(resolveLocale({ acceptLanguage: "ja-JP" })).toBe("ja");
    expect(resolveLocale({})).toBe("en");
  });
  it("picks a localized title with fallbacks", () => {
    expect(localized({ en: "Hello", ja: "こんにちは" }, "ja")).toBe("こんにちは");
    expect(localized({ en: "Hello" }, "ja")).toBe("Hello");
    expect(localized("plain", "en")).toBe("plain");
    expect(localized(null, "en")).toBe("");
  });
});

describe("message catalogues", () => {
  it("en and ja have exactly the same keys", () => {
    expect(keys(ja).sort()).toEqual(keys(en).sort());
  });
  it("every Japanese string is non-empty and keeps the English placeholders", () => {
    const flat = (o: Record<string, unknown>) =>
      Object.fromEntries(keys(o).map((k) => [k, k.split(".").reduce<unknown>((x, p) => (x as Record<string, unknown>)[p], o)]));
    const e = flat(en) as Record<string, string>;
    const j = flat(ja) as Record<string, string>;
    for (const k of Object.keys(e)) {
      expect(j[k], k).toBeTruthy();
      // Argument names: `{name}` or `{name, plural, …}` (not the words inside plural branches).
      const names = (s: string) => [...s.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]).sort();
      expect([...new Set(names(j[k]!))], k).toEqual([...new Set(names(e[k]!))]);
    }
  });
});
