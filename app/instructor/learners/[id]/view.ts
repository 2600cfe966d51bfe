// Shared by the learner page's components: the translator, formatter and locale they render with (passed down as
// props so that every component stays a plain synchronous server component), and small text helpers.
import type { getFormatter, getTranslations } from "next-intl/server";
import { localized, type Locale } from "@/lib/i18n/config";

export interface View {
  t: Awaited<ReturnType<typeof getTranslations>>;
  format: Awaited<ReturnType<typeof getFormatter>>;
  locale: Locale;
}

export const EXCERPT_LENGTH = 160;

/** Plain one-line text of a localized Markdown value, cut at `max` characters. */
export function excerpt(value: unknown, locale: Locale, max = EXCERPT_LENGTH): string {
  const text = localized(value, locale)
    .replace(/```[\s\S]*?```/g, " … ")
    .replace(/\$\$?([^$]*)\$\$?/g, "$1")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`#>|~]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export function dateTime(v: View, d: Date): string {
  return v.format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
}

export function percent(v: View, fraction: number): string {
  return v.format.number(fraction, { style: "percent", maximumFractionDigits: 1 });
}

export function duration(v: View, ms: number): string {
  const total = Math.round(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours > 0) return v.t("durationHours", { hours, minutes });
  if (minutes > 0) return v.t("durationMinutes", { minutes, seconds });
  return v.t("durationSeconds", { seconds });
}

/** The same page with one page-size parameter raised, keeping the other. */
export function moreHref(id: string, params: { attempts: number; submissions: number }, anchor: string): string {
  const q = new URLSearchParams({ attempts: String(params.attempts), submissions: String(params.submissions) });
  return `/instructor/learners/${encodeURIComponent(id)}?${q}#${anchor}`;
}
