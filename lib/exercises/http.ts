// Request bodies of the exercise routes: drafts and submissions.
import { z } from "zod";
import { MAX_DRAFT_CHARS } from "./drafts";
import { MAX_CODE_BYTES } from "./submissions";

export const DraftInput = z.strictObject({ code: z.string().max(MAX_DRAFT_CHARS) });
/** A draft body's byte limit: the longest draft in the worst UTF-8 case, plus the JSON around it. */
export const DRAFT_BODY_LIMIT = 4 * MAX_DRAFT_CHARS + 1024;

export const SubmitBody = z.strictObject({
  code: z.string().max(MAX_CODE_BYTES, `code is longer than ${MAX_CODE_BYTES} characters`),
  idempotencyKey: z
    .string()
    .min(8, "idempotencyKey must have at least 8 characters")
    .max(100)
    .regex(/^[A-Za-z0-9_.:-]+$/, "idempotencyKey may contain letters, digits and _ . : - only"),
  /** Submitted for a class assignment (lib/assignments): checked and recorded; absent = self-study. */
  assignmentId: z.uuid().optional(),
});
export const SUBMIT_BODY_LIMIT = MAX_CODE_BYTES + 4 * 1024;
