// Request bodies of the gradebook routes: manual grading, score overrides, regrades.
import { z } from "zod";
import { MAX_REASON_LENGTH } from "./answer-score";

export const MAX_COMMENT_LENGTH = 2_000;

const Score = z.number().finite().min(0, "Score must be between 0 and 1").max(1, "Score must be between 0 and 1");
const Comment = z
  .string()
  .trim()
  .max(MAX_COMMENT_LENGTH, `Comment must be at most ${MAX_COMMENT_LENGTH} characters`)
  .transform((s) => (s === "" ? null : s));

/** Body of POST /api/instructor/answers/[id]/grade. */
export const GradeBody = z.object({ score: Score, comment: Comment.nullish() });
/** Body of POST /api/instructor/answers/[id]/override. */
export const OverrideBody = z.object({
  score: Score,
  reason: z
    .string({ error: "A reason is required" })
    .trim()
    .min(1, "A reason is required")
    .max(MAX_REASON_LENGTH, `Reason must be at most ${MAX_REASON_LENGTH} characters`),
  comment: Comment.nullish(),
});

/** Body of POST /api/instructor/exercises/[slug]/regrade. */
export const RegradeBody = z.strictObject({
  key: z
    .string()
    .min(8, "key must have at least 8 characters")
    .max(100)
    .regex(/^[A-Za-z0-9_.:-]+$/, "key may contain letters, digits and _ . : - only")
    .optional(),
});
