// Request bodies of the "Report a problem" routes (app/api/reports, app/api/instructor/reports).
import { z } from "zod";

export const MAX_MESSAGE = 2_000;
export const MAX_CODE = 64 * 1024;
export const BODY_LIMIT = 4 * MAX_CODE + 16 * 1024;

const Message = z.string().trim().min(1, "Say what seems wrong").max(MAX_MESSAGE);

/** A learner's report: a question (optionally in an attempt, with the answer they gave) or an exercise (with their code). */
export const ReportBody = z.union([
  z.strictObject({
    kind: z.literal("item"),
    slug: z.string().min(1).max(200),
    attemptId: z.string().max(100).optional(),
    message: Message,
  }),
  z.strictObject({
    kind: z.literal("exercise"),
    slug: z.string().min(1).max(200),
    code: z.string().max(MAX_CODE).optional(),
    message: Message,
  }),
]);
export type ReportBody = z.infer<typeof ReportBody>;

/** An instructor's answer: a reply (the learner sees it), and/or the report marked resolved. */
export const ReplyBody = z
  .strictObject({
    reply: z.string().trim().min(1).max(MAX_MESSAGE).optional(),
    resolve: z.boolean().default(false),
  })
  .refine((b) => b.reply !== undefined || b.resolve, "Give a reply or resolve the report");
