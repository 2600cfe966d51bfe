/**
 * Shared types for Kakunin's pure grading functions.
 *
 * Every grader returns a {@link GradeResult}. Graders are pure: given the
 * same item, response and context (seed) they return the same result, and
 * they never touch the network, the database or the clock.
 */

/** A bilingual message shown to learners. */
export interface LocalizedText {
  en: string;
  ja: string;
}

export interface Feedback {
  /**
   * Stable machine-readable code, e.g. `numeric.correct`,
   * `formula.syntax.unknown_variable`. UI and analytics key on it.
   */
  code: string;
  message: LocalizedText;
  /** Structured extra data (never required for display). */
  details?: Record<string, unknown>;
}

/** A final, machine-decided grade. */
export interface FinalGrade {
  correct: boolean;
  /** 0..1 inclusive. */
  score: number;
  feedback: Feedback;
  pending?: false;
}

/**
 * A grade that must be confirmed by an instructor (free text).
 * `correct` is always false and `score` always 0 until an instructor grades
 * it; `provisionalScore` is instant practice feedback only and must never be
 * recorded as the final mark.
 */
export interface PendingGrade {
  correct: false;
  score: 0;
  pending: true;
  provisionalScore: number;
  feedback: Feedback;
}

export type GradeResult = FinalGrade | PendingGrade;

export function isPending(r: GradeResult): r is PendingGrade {
  return r.pending === true;
}
