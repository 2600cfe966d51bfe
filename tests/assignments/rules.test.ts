// The assignment rules at their edges (lib/assignments/rules.ts): visibility, open/close, on time vs late,
// extensions, late penalties, release, and work in flight at the due date.
import { describe, expect, it } from "vitest";
import {
  attemptDeadline,
  attemptStamp,
  DAY_MS,
  effectiveDates,
  isOpenForWork,
  isReleased,
  isVisible,
  lateByMs,
  lateFactor,
  learnerStatus,
} from "../../lib/assignments/rules";

const T = (iso: string) => new Date(iso);
const A = { opensAt: T("2026-12-01T00:00:00Z"), dueAt: T("2026-12-08T15:00:00Z"), closesAt: T("2026-12-10T15:00:00Z") };
const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);

describe("dates", () => {
  it("visible from opensAt inclusive, not a millisecond before", () => {
    expect(isVisible(A, ms(A.opensAt, -1))).toBe(false);
    expect(isVisible(A, A.opensAt)).toBe(true);
  });
  it("open for work while opensAt ≤ now < closesAt: closed at the close instant", () => {
    expect(isOpenForWork(A, ms(A.opensAt, -1))).toBe(false);
    expect(isOpenForWork(A, A.opensAt)).toBe(true);
    expect(isOpenForWork(A, ms(A.closesAt, -1))).toBe(true);
    expect(isOpenForWork(A, A.closesAt)).toBe(false);
  });
  it("on time up to and including the due instant; one millisecond later is late", () => {
    expect(lateByMs(A, A.dueAt)).toBe(0);
    expect(lateByMs(A, ms(A.dueAt, -1000))).toBe(0);
    expect(lateByMs(A, ms(A.dueAt, 1))).toBe(1);
  });
  it("an extension replaces due and close; the close never falls before the extended due date", () => {
    const d = effectiveDates(A, { dueAt: T("2026-12-12T00:00:00Z"), closesAt: null, extraTimeS: 0 });
    expect(d.dueAt).toEqual(T("2026-12-12T00:00:00Z"));
    expect(d.closesAt).toEqual(T("2026-12-12T00:00:00Z"));
    const e = effectiveDates(A, { dueAt: null, closesAt: T("2026-12-20T00:00:00Z"), extraTimeS: 0 });
    expect(e).toEqual({ opensAt: A.opensAt, dueAt: A.dueAt, closesAt: T("2026-12-20T00:00:00Z") });
    expect(effectiveDates(A, null)).toEqual(A);
  });
});

describe("late policy", () => {
  it("no credit: any lateness keeps 0", () => {
    expect(lateFactor("no_credit", 0, 0)).toBe(1);
    expect(lateFactor("no_credit", 0, 1)).toBe(0);
  });
  it("penalty per started day, never below 0", () => {
    expect(lateFactor("penalty_per_day", 10, 0)).toBe(1);
    expect(lateFactor("penalty_per_day", 10, 1)).toBeCloseTo(0.9);
    expect(lateFactor("penalty_per_day", 10, DAY_MS)).toBeCloseTo(0.9);
    expect(lateFactor("penalty_per_day", 10, DAY_MS + 1)).toBeCloseTo(0.8);
    expect(lateFactor("penalty_per_day", 40, 3 * DAY_MS)).toBe(0);
  });
});

describe("work in flight", () => {
  const timedStart = ms(A.dueAt, -10 * 60_000);
  const deadline = attemptDeadline(timedStart, 30 * 60, 0)!;
  it("the timer is the limit plus extra time from the server's start", () => {
    expect(deadline).toEqual(ms(timedStart, 30 * 60_000));
    expect(attemptDeadline(timedStart, 30 * 60, 600)).toEqual(ms(timedStart, 40 * 60_000));
    expect(attemptDeadline(timedStart, null, 600)).toBeNull();
  });
  it("a timed attempt started before due and finished within its timer is on time, even after the due date", () => {
    const stamp = attemptStamp({ startedAt: timedStart, submittedAt: ms(A.dueAt, 15 * 60_000), deadlineAt: deadline }, A, true)!;
    expect(lateByMs(A, stamp)).toBe(0);
  });
  it("a timed attempt started after due is late; an untimed one started before due is judged by its submission", () => {
    const late = ms(A.dueAt, 60_000);
    expect(lateByMs(A, attemptStamp({ startedAt: late, submittedAt: ms(late, 60_000), deadlineAt: ms(late, 1800_000) }, A, true)!)).toBe(
      120_000,
    );
    expect(lateByMs(A, attemptStamp({ startedAt: timedStart, submittedAt: ms(A.dueAt, 5_000), deadlineAt: A.closesAt }, A, false)!)).toBe(
      5_000,
    );
  });
  it("an expired attempt (recorded days later) ends at its deadline", () => {
    const start = ms(A.dueAt, 3_600_000);
    const stamp = attemptStamp({ startedAt: start, submittedAt: ms(start, 5 * DAY_MS), deadlineAt: ms(start, 1800_000) }, A, true);
    expect(stamp).toEqual(ms(start, 1800_000));
  });
});

describe("release and status", () => {
  it("releases immediately, at the due instant or at the close instant", () => {
    expect(isReleased("immediately", A, A.opensAt)).toBe(true);
    expect(isReleased("after_due", A, ms(A.dueAt, -1))).toBe(false);
    expect(isReleased("after_due", A, A.dueAt)).toBe(true);
    expect(isReleased("after_close", A, ms(A.closesAt, -1))).toBe(false);
    expect(isReleased("after_close", A, A.closesAt)).toBe(true);
  });
  it("submitted beats late beats in progress; missed only after close with nothing finished", () => {
    const now = A.opensAt;
    expect(learnerStatus({ finished: [{ lateMs: 5 }, { lateMs: 0 }], inProgress: false, d: A, now })).toBe("submitted");
    expect(learnerStatus({ finished: [{ lateMs: 5 }], inProgress: true, d: A, now })).toBe("late");
    expect(learnerStatus({ finished: [], inProgress: true, d: A, now: A.closesAt })).toBe("in_progress");
    expect(learnerStatus({ finished: [], inProgress: false, d: A, now: ms(A.closesAt, -1) })).toBe("not_started");
    expect(learnerStatus({ finished: [], inProgress: false, d: A, now: A.closesAt })).toBe("missed");
  });
});
