// Shared pieces of the submission route handlers (request bodies: http.ts) (app/api/exercises/[slug]/submissions, app/api/submissions/[id]).
import { z } from "zod";
import { HttpError } from "@/lib/http/errors";
import { SubmissionError } from "./submissions";

export type SlugParams = { params: Promise<{ slug: string }> };
export type IdParams = { params: Promise<{ id: string }> };

/** Runs `fn`, turning SubmissionError into the matching HttpError (with Retry-After on 429). */
export async function submissionErrors(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (e) {
    // thrown on as an HttpError so route() sends it in the request's language (its messages are catalogued literals)
    if (e instanceof SubmissionError) throw new HttpError(e.status, e.message, e.extra, { headers: e.headers });
    throw e;
  }
}

/**
 * Headers for the small JSON answers of the submission flow (POST 202, one submission's results): `no-transform`
 * keeps Next's gzip off them — compressing a few hundred bytes costs more server CPU than it saves on the wire.
 */
export const SMALL_JSON_HEADERS = { "cache-control": "no-store, no-transform" } as const;

export const notFound = () => new HttpError(404, "Submission not found");

/** The :id of a submission route; anything that is not a UUID is an unknown submission (404), never a database error. */
export function submissionId(raw: string): string {
  if (!z.uuid().safeParse(raw).success) throw notFound();
  return raw;
}
