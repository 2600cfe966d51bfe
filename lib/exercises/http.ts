// Request bodies of the exercise routes (drafts; submissions: submissions-http.ts).
import { z } from "zod";
import { MAX_DRAFT_CHARS } from "./drafts";

export const DraftInput = z.strictObject({ code: z.string().max(MAX_DRAFT_CHARS) });
/** A draft body's byte limit: the longest draft in the worst UTF-8 case, plus the JSON around it. */
export const DRAFT_BODY_LIMIT = 4 * MAX_DRAFT_CHARS + 1024;
