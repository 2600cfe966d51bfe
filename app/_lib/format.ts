// How the learner pages print numbers and times: scores to two decimals, fractions as whole percents, a countdown
// as m:ss, an instant in the page's language. Plain functions: server and client components share them.

/** A score or a point count, to two decimals at most (3, 0.5, 1.33). */
export function formatScore(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/** A fraction (0.25) as a whole percent (25); a number, for the messages' own number formatting. */
export function percent(fraction: number): number {
  return Math.round(fraction * 100);
}

/** Whole seconds as m:ss (minutes are not wrapped into hours). */
export function formatClock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** A date and time in the page's language (English as en-GB: day before month). */
export function formatDateTime(at: Date, locale: string, options?: Intl.DateTimeFormatOptions): string {
  return at.toLocaleString(locale === "ja" ? "ja-JP" : "en-GB", options);
}
