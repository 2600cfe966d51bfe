// Time zones of classes: IANA names accepted by Intl; formatting and wall-time conversion go through Intl and
// date-fns-tz (no offset arithmetic of our own).
import { fromZonedTime } from "date-fns-tz";

export const DEFAULT_TIME_ZONE = "Asia/Tokyo";

export function isTimeZone(name: string): boolean {
  if (!name || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** "2026-12-07T23:59" read as a wall-clock time in `timeZone` → the instant. Null for a malformed value. */
export function wallTimeToInstant(local: string, timeZone: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local)) return null;
  const d = fromZonedTime(local, timeZone);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** An instant as "7 Dec 2026, 23:59 GMT+9" (en) / "2026年12月7日 23:59 JST" (ja) in the given zone (or the runtime's). */
export function formatInZone(at: Date, timeZone: string | undefined, locale: string): string {
  // Spelled out field by field: Intl refuses timeZoneName together with dateStyle/timeStyle.
  return new Intl.DateTimeFormat(locale === "ja" ? "ja-JP" : "en-GB", {
    timeZone,
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  }).format(at);
}
