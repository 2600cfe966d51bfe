// Every message the server sends exists in English and Japanese (lib/http/messages.ts), and route() sends it in the
// request's language. The scan below reads the source for every message literal — HttpError, jsonError,
// SubmissionError, `{ error: "…" }` bodies and custom zod messages — and fails when one is not in the catalogue, so a
// new message cannot ship in English only.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { HttpError } from "../../lib/http/errors";
import { parseJsonBody, validate } from "../../lib/http/json";
import { SERVER_MESSAGES } from "../../lib/http/messages";
import { jsonError, route } from "../../lib/http/route";
import { lookupMessage, translateMessage } from "../../lib/http/translate";

const ROOT = path.resolve(import.meta.dirname, "../..");
/** Author-facing content validation (lib/content) and generated code send nothing to learners. */
const SKIP = [/^lib\/generated\//, /^lib\/content\//];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...sourceFiles(rel));
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") && !SKIP.some((r) => r.test(rel))) out.push(rel);
  }
  return out;
}

const LITERAL = String.raw`("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|` + "`(?:[^`\\\\]|\\\\.)*`)";
/** Where a message is thrown or sent; group 1 is the message argument (a literal, or anything else up to `,` / `)`). */
const SITES: Array<{ name: string; re: RegExp; zodOnly?: boolean; serverOnly?: boolean }> = [
  { name: "HttpError", re: new RegExp(String.raw`new HttpError\(\s*[^,:()]+,\s*(${LITERAL.slice(1, -1)}|[^,)]+)`, "g") },
  { name: "SubmissionError", re: new RegExp(String.raw`new SubmissionError\(\s*[^,:()]+,\s*(${LITERAL.slice(1, -1)}|[^,)]+)`, "g") },
  { name: "jsonError", re: new RegExp(String.raw`jsonError\(\s*[^,:()]+,\s*(${LITERAL.slice(1, -1)}|[^,)]+)`, "g") },
  { name: "error body", re: new RegExp(String.raw`[{,]\s*error:\s*${LITERAL}`, "g"), serverOnly: true },
  {
    name: "zod message",
    re: new RegExp(
      String.raw`\.(?:min|max|length|regex|refine|gt|gte|lt|lte|email|startsWith|endsWith)\((?:[^()]|\([^()]*\))*?,\s*${LITERAL}\s*\)`,
      "g",
    ),
    zodOnly: true,
  },
  { name: "zod message", re: new RegExp(String.raw`\bmessage:\s*${LITERAL}`, "g"), zodOnly: true },
];

/**
 * Sites whose message is not a literal, or whose literal is not a message, each with the reason it is fine.
 * Keyed by file and the matched text.
 */
const NOT_A_MESSAGE: Record<string, string> = {
  // HttpError built from a zod failure: the message is the caller's literal ("Validation failed" by default and
  // lib/attempts' "Invalid answer for this question"), both checked in the catalogue below.
  "lib/http/json.ts new HttpError(400, message": "validationError's message parameter",
  // a SubmissionError (its literals are scanned) re-thrown as an HttpError
  "lib/exercises/submission-routes.ts new HttpError(e.status, e.message": "re-thrown SubmissionError",
  // next-auth's page option, not a message
  'lib/auth/options.ts , error: "/signin"': "next-auth pages.error",
};

/** A literal as the catalogue writes it: `${…}` placeholders become `{}`. */
function literalText(lit: string): string | null {
  const q = lit[0];
  if (q !== '"' && q !== "'" && q !== "`") return null;
  const inner = lit.slice(1, -1);
  if (q === "`") return inner.replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, "{}");
  return JSON.parse(q === '"' ? lit : `"${inner.replace(/"/g, '\\"')}"`) as string;
}

/** Comments may quote messages; they are not sent. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

const catalogued = new Set(SERVER_MESSAGES.map((m) => m.en.replace(/\{\w+\}/g, "{}")));

function scan(): { found: Array<{ file: string; message: string }>; problems: string[] } {
  const found: Array<{ file: string; message: string }> = [];
  const problems: string[] = [];
  for (const file of [...sourceFiles("app"), ...sourceFiles("lib")]) {
    const text = withoutComments(fs.readFileSync(path.join(ROOT, file), "utf8"));
    const usesZod = /from "zod"/.test(text);
    const component = file.endsWith(".tsx"); // pages and components render their own (next-intl) texts, not JSON bodies
    for (const site of SITES) {
      if (site.zodOnly && !usesZod) continue;
      if (site.serverOnly && component) continue;
      for (const m of text.matchAll(site.re)) {
        const arg = m[1]!.trim();
        const key = `${file} ${m[0]
          .slice(0, m[0].indexOf(arg) + arg.length)
          .replace(/\s+/g, " ")
          .replace(/\( /g, "(")}`;
        if (NOT_A_MESSAGE[key]) continue;
        const message = literalText(arg);
        if (message === null) {
          problems.push(`${key}: the message is not a literal (write it out, or list the site in NOT_A_MESSAGE with why)`);
          continue;
        }
        found.push({ file, message });
        if (!catalogued.has(message)) problems.push(`${file}: ${site.name} "${message}" has no entry in lib/http/messages.ts`);
      }
    }
  }
  return { found, problems };
}

describe("the catalogue (lib/http/messages.ts)", () => {
  it("every message the source sends has a Japanese translation", () => {
    const { found, problems } = scan();
    expect(problems).toEqual([]);
    // the scan sees the sites (so it can fail): a few known ones from each kind
    const seen = new Set(found.map((f) => f.message));
    for (const m of [
      "Authentication required",
      "A reason is required",
      "Request body too large (limit {} bytes)",
      "Too many submissions: at most {} per minute. Please wait {} s before submitting again.",
      "Nothing to update",
      "Internal server error",
    ]) {
      expect(seen, m).toContain(m);
    }
    expect(found.length).toBeGreaterThan(50);
  });

  it("the scan fails on a message missing from the catalogue", () => {
    const tmp = path.join(ROOT, "lib/http/__scan_probe__.ts");
    fs.writeFileSync(tmp, 'import { HttpError } from "./errors";\nexport const x = () => new HttpError(418, "Only in English");\n');
    try {
      expect(scan().problems).toEqual(['lib/http/__scan_probe__.ts: HttpError "Only in English" has no entry in lib/http/messages.ts']);
    } finally {
      fs.rmSync(tmp);
    }
  });

  it("entries are complete: Japanese text, the same placeholders, unique English, one code per meaning", () => {
    const en = new Set<string>();
    const byCode = new Map<string, string>();
    for (const m of SERVER_MESSAGES) {
      expect(m.ja, m.en).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect([...m.ja.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort(), m.en).toEqual(
        [...m.en.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort(),
      );
      expect(m.code, m.en).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(en.has(m.en), m.en).toBe(false);
      en.add(m.en);
      if (byCode.has(m.code)) expect(byCode.get(m.code), m.code).toBe(m.ja); // a shared code is the same message
      byCode.set(m.code, m.ja);
    }
  });

  it("translates exact and templated messages; unknown text passes unchanged", () => {
    expect(translateMessage("A reason is required", "ja")).toBe("理由を入力してください");
    expect(translateMessage("Request body too large (limit 16384 bytes)", "ja")).toBe(
      "リクエストの本文が大きすぎます（上限 16384 バイト）",
    );
    expect(translateMessage("Too many submissions: at most 5 per minute. Please wait 12 s before submitting again.", "ja")).toBe(
      "提出が多すぎます（1 分あたり 5 回まで）。12 秒待ってから提出してください。",
    );
    expect(lookupMessage("Request body too large (limit 1 bytes)")?.message.code).toBe("body_too_large");
    expect(translateMessage("A reason is required", "en")).toBe("A reason is required");
    expect(translateMessage("Something new", "ja")).toBe("Something new");
  });
});

describe("route() sends messages in the request's language", () => {
  const Body = z.strictObject({ reason: z.string({ error: "A reason is required" }).min(1, "A reason is required"), n: z.number() });
  const h = route(async (request) => {
    const body = await parseJsonBody(request, Body);
    if (body.n === 0) throw new HttpError(409, "This question is already answered");
    if (body.n === 1) return jsonError(401, "Authentication required");
    return Response.json({ ok: true });
  });
  const post = (body: unknown, headers: Record<string, string>) =>
    h(
      new Request("http://localhost/api/x", {
        method: "POST",
        body: JSON.stringify(body),
        headers: { "content-type": "application/json", ...headers },
      }),
      undefined,
    );
  const read = async (res: Response) => ({ status: res.status, body: (await res.json()) as Record<string, unknown> });

  it("Accept-Language ja: thrown and returned errors in Japanese, with their stable code", async () => {
    expect(await read(await post({ reason: "x", n: 0 }, { "accept-language": "ja-JP,ja;q=0.9,en;q=0.5" }))).toEqual({
      status: 409,
      body: { error: "この問題はすでに解答済みです", code: "question_locked" },
    });
    expect(await read(await post({ reason: "x", n: 1 }, { "accept-language": "ja" }))).toEqual({
      status: 401,
      body: { error: "ログインが必要です", code: "auth_required" },
    });
  });

  it("the locale cookie wins over Accept-Language (as on the pages); English stays English", async () => {
    expect((await read(await post({ reason: "x", n: 0 }, { cookie: "a=b; locale=en", "accept-language": "ja" }))).body.error).toBe(
      "This question is already answered",
    );
    expect((await read(await post({ reason: "x", n: 0 }, { cookie: "locale=ja", "accept-language": "en" }))).body.error).toBe(
      "この問題はすでに解答済みです",
    );
  });

  it("validation: the schema's own messages and zod's defaults are Japanese too", async () => {
    const r = await read(await post({ reason: "", n: "x", extra: 1 }, { "accept-language": "ja" }));
    expect(r.status).toBe(400);
    expect(r.body.error).toBe("入力内容に誤りがあります");
    expect(r.body.code).toBe("validation_failed");
    const fields = r.body.fields as Record<string, string[]>;
    expect(fields.reason).toEqual(["理由を入力してください"]);
    expect(fields.n![0]).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(fields._![0]).toMatch(/extra/);
    const en = await read(await post({ reason: "", n: "x" }, {}));
    expect((en.body.fields as Record<string, string[]>).reason).toEqual(["A reason is required"]);
    expect((en.body.fields as Record<string, string[]>).n![0]).toMatch(/expected number/);
  });

  it("validate() outside a route keeps English messages and Japanese ones for the boundary", () => {
    try {
      validate(Body, { reason: "", n: 1 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HttpError);
      const err = e as HttpError;
      expect(err.body.fields).toEqual({ reason: ["A reason is required"] });
      expect(err.localized.ja).toEqual({ fields: { reason: ["A reason is required"] } }); // custom → catalogue at the boundary
    }
  });
});
