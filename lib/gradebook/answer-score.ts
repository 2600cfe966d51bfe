// Client-safe (no server imports). Shared by the client forms that score one answer: the grading queue's GradeForm (POST …/grade) and the learner
// page's OverrideForm (POST …/override). Plain functions and constants, so client components can import them.

/** The longest override reason the server accepts (lib/gradebook/manual.ts validates with it). */
export const MAX_REASON_LENGTH = 500;

export type ScoreReply = { error?: string; fields?: Record<string, string[] | undefined> };

/** A 0–100 percentage typed by an instructor → the fraction 0..1 the API takes; null when it is not one. */
export function percentToFraction(text: string): number | null {
  const n = Number(text);
  return text.trim() === "" || !Number.isFinite(n) || n < 0 || n > 100 ? null : n / 100;
}

/** POST /api/instructor/answers/:id/{grade|override} with a JSON body; the reply's JSON (or {} when it has none). */
export async function postAnswerScore(
  answerId: string,
  action: "grade" | "override",
  body: Record<string, unknown>,
): Promise<{ ok: boolean; status: number; data: ScoreReply }> {
  const res = await fetch(`/api/instructor/answers/${encodeURIComponent(answerId)}/${action}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { ok: res.ok, status: res.status, data: (await res.json().catch(() => ({}))) as ScoreReply };
}
