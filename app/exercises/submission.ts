// A graded submission as the exercise page shows it, read from whatever shape the submissions API, its event
// stream or the history list sends (missing fields keep what was already known).
export const TERMINAL = new Set(["graded", "error"]);

export interface SubmissionResult {
  name: string;
  hidden: boolean;
  passed: boolean;
  points: number | null;
  maxPoints: number | null;
  message: string | null;
  expected?: string;
  got?: string;
}
export interface SubmissionView {
  id: string;
  status: string;
  position: number | null;
  score: number | null;
  maxScore: number | null;
  results: SubmissionResult[];
  error?: string;
}
export interface HistoryEntry {
  id: string;
  createdAt: string;
  status: string;
  score: number | null;
  maxScore: number | null;
  code: string;
}

const pick = (m: unknown, locale: string): string | null => {
  if (typeof m === "string") return m;
  if (m && typeof m === "object") {
    const o = m as Record<string, unknown>;
    if (o.message !== undefined) return pick(o.message, locale);
    const v = o[locale] ?? o.en;
    if (typeof v === "string") return v;
  }
  return null;
};
const text = (v: unknown): string | undefined =>
  v === undefined || v === null ? undefined : typeof v === "string" ? v : JSON.stringify(v);

export function normaliseSubmission(raw: unknown, locale: string, prev?: SubmissionView | null): SubmissionView {
  const r0 = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const r = (r0.submission && typeof r0.submission === "object" ? r0.submission : r0) as Record<string, unknown>;
  const list = Array.isArray(r.results) ? r.results : Array.isArray(r.tests) ? r.tests : (prev?.results ?? []);
  return {
    id: typeof r.id === "string" ? r.id : (prev?.id ?? ""),
    status: typeof r.status === "string" ? r.status : (prev?.status ?? "queued"),
    position: typeof r.position === "number" ? r.position : r.position === null ? null : (prev?.position ?? null),
    score: typeof r.score === "number" ? r.score : (prev?.score ?? null),
    maxScore: typeof r.maxScore === "number" ? r.maxScore : (prev?.maxScore ?? null),
    error: typeof r.error === "string" ? r.error : (pick(r.error, locale) ?? undefined),
    results: (list as unknown[]).map((x) => {
      if (!x || typeof x !== "object") return x as SubmissionResult;
      const t = x as Record<string, unknown>;
      return {
        name: String(t.name ?? t.testName ?? "?"),
        hidden: t.hidden === true,
        passed: t.passed === true,
        points: typeof t.points === "number" ? t.points : null,
        maxPoints: typeof t.maxPoints === "number" ? t.maxPoints : null,
        message: t.hidden === true ? null : pick(t.feedback, locale),
        expected: t.hidden === true ? undefined : text(t.expected),
        got: t.hidden === true ? undefined : text(t.got),
      };
    }),
  };
}

/** One entry of GET /api/exercises/:slug/submissions. */
export function historyEntry(s: Record<string, unknown>): HistoryEntry {
  return {
    id: String(s.id),
    createdAt: String(s.createdAt),
    status: String(s.status),
    score: typeof s.score === "number" ? s.score : null,
    maxScore: typeof s.maxScore === "number" ? s.maxScore : null,
    code: typeof s.code === "string" ? s.code : "",
  };
}
