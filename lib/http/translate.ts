// Server messages into the request's language: an English message thrown by the code (a literal of
// lib/http/messages.ts, with its `{name}` values filled in) becomes its Japanese text, and error bodies get the
// message's stable `code`. A message that is not in the catalogue is returned unchanged (tests/http/messages.test.ts
// keeps that from happening to a literal in the source).
import type { Locale } from "@/lib/i18n/config";
import { SERVER_MESSAGES, type ServerMessage } from "./messages";

const PLACEHOLDER = /\{(\w+)\}/g;

interface Compiled {
  message: ServerMessage;
  pattern: RegExp;
  names: string[];
}

const exact = new Map<string, ServerMessage>();
const templates: Compiled[] = [];
for (const m of SERVER_MESSAGES) {
  const names = [...m.en.matchAll(PLACEHOLDER)].map((x) => x[1]!);
  if (names.length === 0) {
    exact.set(m.en, m);
    continue;
  }
  const source = m.en
    .split(PLACEHOLDER)
    .map((part, i) => (i % 2 === 1 ? "([\\s\\S]*?)" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  templates.push({ message: m, pattern: new RegExp(`^${source}$`), names });
}

/** The catalogue entry of an English message and the values in its placeholders; null when it is not catalogued. */
export function lookupMessage(message: string): { message: ServerMessage; values: Record<string, string> } | null {
  const hit = exact.get(message);
  if (hit) return { message: hit, values: {} };
  for (const t of templates) {
    const m = t.pattern.exec(message);
    if (m) return { message: t.message, values: Object.fromEntries(t.names.map((n, i) => [n, m[i + 1]!])) };
  }
  return null;
}

/** `message` in `locale` (unchanged when English or not catalogued). */
export function translateMessage(message: string, locale: Locale): string {
  if (locale === "en") return message;
  const found = lookupMessage(message);
  if (!found) return message;
  return found.message[locale].replace(PLACEHOLDER, (_, name: string) => found.values[name] ?? "");
}

/** The stable code of a catalogued message. */
export function messageCode(message: string): string | undefined {
  return lookupMessage(message)?.message.code;
}

/**
 * An error body in `locale`: `error` translated (plus its `code`, unless the body has one), every message under
 * `fields` translated. `overrides` are per-locale replacements computed at the throw site (zod's own messages).
 */
export function localizeErrorBody(
  body: Record<string, unknown>,
  locale: Locale,
  overrides?: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...body, ...(overrides ?? {}) };
  if (typeof body.error === "string") {
    const code = messageCode(body.error);
    if (typeof overrides?.error !== "string") out.error = translateMessage(body.error, locale);
    if (code && out.code === undefined) out.code = code;
  }
  if (out.fields && typeof out.fields === "object" && !Array.isArray(out.fields)) {
    out.fields = Object.fromEntries(
      Object.entries(out.fields as Record<string, unknown>).map(([k, v]) => [
        k,
        Array.isArray(v) ? v.map((x) => (typeof x === "string" ? translateMessage(x, locale) : x)) : v,
      ]),
    );
  }
  return out;
}
