// Parsing JSON request bodies for route handlers: content type, size limit (counted while reading: reading stops at
// the limit), UTF-8, syntax, text PostgreSQL can store (lib/http/text.ts), schema (zod, messages in en and ja).
import { z } from "zod";
import { HttpError } from "./errors";
import { findUnstorableText } from "./text";

export const DEFAULT_BODY_LIMIT = 256 * 1024; // 256 KB

export interface ReadJsonOptions {
  /** Maximum body size in bytes (default 256 KB). */
  limit?: number;
  /** An empty body is `{}` instead of a 400 (routes whose body is optional). */
  optional?: boolean;
}

export function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  const mime = value.split(";")[0]!.trim().toLowerCase();
  return mime === "application/json" || (mime.startsWith("application/") && mime.endsWith("+json"));
}

/** Reads the raw body as text, refusing anything larger than `limit` bytes (even without Content-Length). */
export async function readBodyText(request: Request, limit = DEFAULT_BODY_LIMIT): Promise<string> {
  const declared = request.headers.get("content-length");
  if (declared !== null) {
    const n = Number(declared);
    if (!Number.isFinite(n) || n < 0) throw new HttpError(400, "Invalid Content-Length header");
    if (n > limit) throw new HttpError(413, `Request body too large (limit ${limit} bytes)`, { limit });
  }
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new HttpError(413, `Request body too large (limit ${limit} bytes)`, { limit });
    }
    chunks.push(value);
  }
  const buf = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    buf.set(c, offset);
    offset += c.byteLength;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    throw new HttpError(400, "Request body is not valid UTF-8");
  }
}

/**
 * Reads and parses a JSON body: 415 if not JSON, 413 as soon as it passes the limit, 400 if malformed or if any
 * string or key in it holds NUL or an unpaired surrogate (named in `fields`).
 */
export async function readJson(request: Request, options: ReadJsonOptions = {}): Promise<unknown> {
  if (!isJsonContentType(request.headers.get("content-type"))) {
    throw new HttpError(415, "Content-Type must be application/json");
  }
  const text = await readBodyText(request, options.limit ?? DEFAULT_BODY_LIMIT);
  if (text.trim() === "") {
    if (options.optional) return {};
    throw new HttpError(400, "Request body is empty; expected JSON");
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, "Malformed JSON in request body");
  }
  const bad = findUnstorableText(value);
  if (bad !== null) {
    throw new HttpError(400, "Text must not contain NUL characters or unpaired surrogates", {
      fields: { [bad]: ["Text must not contain NUL characters or unpaired surrogates"] },
    });
  }
  return value;
}

/** Field path → messages, e.g. { "email": ["Invalid email address"] }. */
export function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** zod's own messages in Japanese (custom messages of a schema stay English literals, translated by the catalogue). */
const zodJa = z.locales.ja();

/**
 * The 400 for a value `schema` refused: `fields` in English, and in Japanese from a second parse with zod's
 * Japanese messages (only on failure, so the common path parses once). `fieldPrefix` nests the paths (e.g. "response").
 */
export function validationError(
  schema: z.ZodType,
  value: unknown,
  error: z.ZodError,
  message = "Validation failed",
  fieldPrefix?: string,
): HttpError {
  const prefixed = (fields: Record<string, string[]>) =>
    fieldPrefix === undefined
      ? fields
      : Object.fromEntries(Object.entries(fields).map(([k, v]) => [k === "_" ? fieldPrefix : `${fieldPrefix}.${k}`, v]));
  const ja = schema.safeParse(value, { error: zodJa.localeError });
  return new HttpError(
    400,
    message,
    { fields: prefixed(zodFieldErrors(error)) },
    {
      localized: ja.success ? {} : { ja: { fields: prefixed(zodFieldErrors(ja.error)) } },
    },
  );
}

/** Validates `value` against `schema`; throws a 400 HttpError listing field messages. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(schema, value, result.error);
  return result.data;
}

/** readJson + validate. */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S, options: ReadJsonOptions = {}): Promise<z.output<S>> {
  return validate(schema, await readJson(request, options));
}
