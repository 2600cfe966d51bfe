// Shared pieces of the /api/attempts route handlers.
import { z } from "zod";
import { getRequestLocale } from "@/lib/i18n/request";
import { HttpError } from "@/lib/http/errors";
import { readJson } from "@/lib/http/json";
import { buildAttemptPayload, buildItemPayload } from "./payload";
import type { LoadedAttempt } from "./service";

export const BODY_LIMIT = 16 * 1024;

export const StartInput = z.strictObject({
  testSlug: z.string().min(1).max(200),
  mode: z.enum(["practice", "exam"]),
});
/** Starts (or resumes) the attempt of a class assignment: mode, timer and dates come from the assignment. */
export const StartAssignmentInput = z.strictObject({ assignmentId: z.uuid() });
/** The start body: a body naming `assignmentId` is an assignment's start, any other a test's (so errors name their field). */
export function startSchema(body: unknown): typeof StartInput | typeof StartAssignmentInput {
  return body !== null && typeof body === "object" && "assignmentId" in body ? StartAssignmentInput : StartInput;
}
export const ResponseInput = z.strictObject({ response: z.unknown() });
export const OptionalResponseInput = z.strictObject({ response: z.unknown().optional() });

export type ItemParams = { params: Promise<{ id: string; itemSlug: string }> };
export type AttemptParams = { params: Promise<{ id: string }> };

export async function itemJson(attempt: LoadedAttempt, itemSlug: string) {
  const locale = await getRequestLocale();
  const item = buildItemPayload(attempt, itemSlug, locale);
  if (!item) throw new HttpError(404, "This question is not part of the attempt");
  return { item, status: attempt.status };
}

export async function attemptJson(attempt: LoadedAttempt) {
  return { attempt: buildAttemptPayload(attempt, await getRequestLocale()) };
}

/** Reads an optional JSON body (empty → {}), with the size limit counted while reading and lib/http's text checks. */
export function optionalJson(request: Request): Promise<unknown> {
  return readJson(request, { limit: BODY_LIMIT, optional: true });
}
