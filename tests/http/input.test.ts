// lib/http's request checks through the route() wrapper: NUL and unpaired surrogates anywhere in a JSON body (values
// and keys, any depth) or in the address are a 400; a state-changing request without a JSON content type is a 415,
// body or not; an optional body is size-checked while it is read; and text the database itself refuses (a real
// PostgreSQL) is a 400, never a 500.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { optionalJson } from "../../lib/attempts/http";
import { parseJsonBody } from "../../lib/http/json";
import { errorResponse, route } from "../../lib/http/route";
import { findUnstorableText } from "../../lib/http/text";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

const req = (
  method: string,
  body: BodyInit | null,
  headers: Record<string, string> = { "content-type": "application/json" },
  url = "http://localhost/api/x",
) => new Request(url, { method, body, headers, duplex: "half" } as RequestInit);

const echo = route(async (request) => Response.json({ got: await parseJsonBody(request, z.unknown(), { limit: 64 * 1024 }) }));
const bodiless = route(async () => Response.json({ ok: true }));

async function call(h: typeof echo, r: Request) {
  const res = await h(r, undefined);
  return { status: res.status, body: (await res.json()) as { error?: string; code?: string; fields?: Record<string, string[]> } };
}

describe("NUL and unpaired surrogates in JSON bodies", () => {
  const cases: Array<[string, string, string]> = [
    ["NUL in a top-level string", String.raw`"a\u0000b"`, "_"],
    ["NUL in a nested value", String.raw`{"a":{"b":[1,"x","y\u0000"]}}`, "a.b.2"],
    ["a lone high surrogate", String.raw`{"response":"\ud800"}`, "response"],
    ["a lone low surrogate after text", String.raw`{"response":{"f":"ok\udc00"}}`, "response.f"],
    ["a reversed pair", String.raw`{"t":"\udc00\ud800"}`, "t"],
    ["NUL in a key", String.raw`{"ok":{"k\u0000":1}}`, String.raw`ok.k\u0000`],
    ["a lone surrogate in a key", String.raw`{"\ud83d":1}`, String.raw`\ud83d`],
  ];
  for (const [name, body, field] of cases) {
    it(`400 with the field named: ${name}`, async () => {
      const r = await call(echo, req("POST", body));
      expect(r.status).toBe(400);
      expect(r.body.code).toBe("unstorable_text");
      expect(r.body.error).toMatch(/NUL/);
      expect(Object.keys(r.body.fields ?? {})).toEqual([field]);
    });
  }

  it("accepts surrogate pairs (emoji), other control characters and Japanese text", async () => {
    const value = { t: "😀 𝑥 \u0001 テスト", k: { "🎉": ["\t"] } };
    const r = await call(echo, req("POST", JSON.stringify(value)));
    expect(r).toEqual({ status: 200, body: { got: value } });
  });

  it("walks any nesting JSON.parse accepts without overflowing the stack", () => {
    const depth = 100_000;
    const deep = JSON.parse("[".repeat(depth) + String.raw`"\u0000"` + "]".repeat(depth)) as unknown;
    expect(findUnstorableText(deep)).toBe(Array(depth).fill("0").join("."));
    expect(findUnstorableText(JSON.parse("[".repeat(depth) + "]".repeat(depth)))).toBeNull();
  });
});

describe("JSON content type on state-changing methods (route wrapper)", () => {
  it("415 for POST, PUT, PATCH and DELETE without one — with or without a body; GET needs none", async () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const none = await call(bodiless, req(method, null, {}));
      expect(none.status, method).toBe(415);
      expect(none.body.code).toBe("json_required");
      expect((await call(bodiless, req(method, "{}", { "content-type": "text/plain" }))).status, method).toBe(415);
      expect((await call(bodiless, req(method, null))).status, method).toBe(200);
    }
    expect((await call(bodiless, new Request("http://localhost/api/x"))).status).toBe(200);
  });
});

describe("the address", () => {
  it("400 for NUL, an unpaired surrogate or a broken escape in a path segment or query value", async () => {
    for (const url of [
      "http://localhost/api/exercises/a%00b/draft",
      "http://localhost/api/x?q=%00",
      "http://localhost/api/x?%00=1",
      "http://localhost/api/exercises/%ED%A0%80/draft", // UTF-8 of U+D800: not decodable
      "http://localhost/api/exercises/%E0%A4%A/draft",
    ]) {
      const r = await call(bodiless, new Request(url));
      expect(r.status, url).toBe(400);
      expect(r.body.code, url).toBe("unstorable_address");
    }
    expect((await call(bodiless, new Request("http://localhost/api/exercises/%E3%83%86/draft?q=%F0%9F%98%80"))).status).toBe(200);
  });
});

describe("optional bodies (POST …/check)", () => {
  it("stop reading at the limit: an endless body is a 413, not read to the end", async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode(" ".repeat(4096));
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        sent += chunk.byteLength;
        c.enqueue(chunk);
      },
    });
    const h = route(async (request) => Response.json({ got: await optionalJson(request) }));
    const r = await call(h, req("POST", endless));
    expect(r.status).toBe(413);
    expect(r.body.code).toBe("body_too_large");
    expect(sent).toBeLessThan(64 * 1024);
  });

  it("empty → {}, and the same text checks as any body", async () => {
    const h = route(async (request) => Response.json({ got: await optionalJson(request) }));
    expect(await call(h, req("POST", null))).toEqual({ status: 200, body: { got: {} } });
    expect((await call(h, req("POST", String.raw`{"response":"\u0000"}`))).status).toBe(400);
    expect((await call(h, req("POST", "{oops"))).status).toBe(400);
  });
});

describe("text the database refuses (real PostgreSQL)", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  }, 120_000);
  afterAll(() => db?.drop());

  it("NUL written to a text column or inside jsonb becomes a 400, not a 500", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const user = await db.prisma.user.create({ data: { email: "nul@example.com", name: "N", passwordHash: "x" } });
    const text = await db.prisma.user.update({ where: { id: user.id }, data: { name: "a\u0000b" } }).catch((e: unknown) => e);
    const jsonb = await db.prisma.auditLog
      .create({ data: { actorId: user.id, action: "test", targetType: "t", targetId: "x", details: { note: "a\u0000b" } } })
      .catch((e: unknown) => e);
    for (const error of [text, jsonb]) {
      expect(error).toBeInstanceOf(Error);
      const res = errorResponse(error, "test", "ja");
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: string; code: string };
      expect(body.code).toBe("unstorable_text");
      expect(body.error).toMatch(/NUL 文字/);
    }
    expect(log).not.toHaveBeenCalled();
    log.mockRestore();
  });
});
