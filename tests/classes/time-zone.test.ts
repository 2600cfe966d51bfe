// Class time zones: names, wall times read in a zone, and instants shown in a zone (lib/classes/time-zone).
import { describe, expect, it } from "vitest";
import { formatInZone, isTimeZone, wallTimeToInstant } from "../../lib/classes/time-zone";

const AT = new Date("2026-12-07T14:59:00Z"); // 23:59 in Tokyo

describe("class time zones", () => {
  it("accepts IANA names only", () => {
    expect(isTimeZone("Asia/Tokyo")).toBe(true);
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });

  it("reads a wall time in the zone, across a daylight-saving change", () => {
    expect(wallTimeToInstant("2026-12-07T23:59", "Asia/Tokyo")).toEqual(AT);
    expect(wallTimeToInstant("2026-07-01T12:00", "Europe/Berlin")).toEqual(new Date("2026-07-01T10:00:00Z"));
    expect(wallTimeToInstant("2026-12-01T12:00", "Europe/Berlin")).toEqual(new Date("2026-12-01T11:00:00Z"));
    expect(wallTimeToInstant("tomorrow", "Asia/Tokyo")).toBeNull();
  });

  it("shows an instant with its date, 24-hour time and the zone's name, in English and Japanese", () => {
    expect(formatInZone(AT, "Asia/Tokyo", "en")).toBe("7 Dec 2026, 23:59 GMT+9");
    expect(formatInZone(AT, "Asia/Tokyo", "ja")).toBe("2026年12月7日 23:59 JST");
    expect(formatInZone(AT, "UTC", "en")).toBe("7 Dec 2026, 14:59 UTC");
  });
});
