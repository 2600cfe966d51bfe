// lib/http: JSON body parsing (type, size, syntax, schema), the route() wrapper, outage detection.
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { HttpError, ServiceUnavailableError, SERVICE_UNAVAILABLE_DIGEST, isServiceUnavailable, withDb } from "../../lib/http/errors";
import { parseJsonBody, readJson } from "../../lib/http/json";
import { route } from "../../lib/http/route";
import { buildCsp } from "../../lib/http/csp";
import { createPrismaClient } from "../../lib/db/client";

const Body = z.strictObject({ name: z.string().min(1), age: z.number().int().min(0) });

function post(body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }) {
  return new Request("http://localhost:3000/api/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

const handler = route(async (req) => {
  const data = await parseJsonBody(req, Body, { limit: 1024 });
  return Response.json({ hello: data.name });
});

async function call(req: Request) {
  const res = await handler(req, undefined);
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, res };
}

afterEach(() => vi.restoreAllMocks());

describe("parseJsonBody via route()", () => {
  it("accepts a valid body", async () => {
    const r = await call(post(JSON.stringify({ name: "Ann", age: 3 })));
    expect(r).toMatchObject({ status: 200, body: { hello: "Ann" } });
  });

  it("415 for a non-JSON content type", async () => {
    const r = await call(post("name=Ann", { "content-type": "application/x-www-form-urlencoded" }));
    expect(r.status).toBe(415);
    expect(r.body.error).toMatch(/application\/json/);
  });

  it("400 for malformed JSON and for an empty body", async () => {
    expect((await call(post("{not json"))).status).toBe(400);
    expect((await call(post("{not json"))).body).toEqual({ error: "Malformed JSON in request body", code: "malformed_json" });
    expect((await call(post(""))).status).toBe(400);
  });

  it("413 when Content-Length exceeds the limit", async () => {
    const big = JSON.stringify({ name: "x".repeat(5000), age: 1 });
    const r = await call(post(big, { "content-type": "application/json", "content-length": String(big.length) }));
    expect(r.status).toBe(413);
  });

  it("413 for an oversized streamed body without Content-Length", async () => {
    const chunk = new TextEncoder().encode("x".repeat(512));
    let n = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (n++ < 10) c.enqueue(chunk);
        else c.close();
      },
    });
    const r = await call(post(stream));
    expect(r.status).toBe(413);
  });

  it("400 with field messages for schema violations", async () => {
    const r = await call(post(JSON.stringify({ name: "", age: -1, extra: 1 })));
    expect(r.status).toBe(400);
    expect(r.body.error).toBe("Validation failed");
    const fields = r.body.fields as Record<string, string[]>;
    expect(Object.keys(fields).sort()).toEqual(["_", "age", "name"]);
    expect(fields.name![0]).toMatch(/>=1|at least|too small/i);
  });

  it("readJson accepts application/*+json with charset", async () => {
    const req = post(JSON.stringify([1]), { "content-type": "application/vnd.api+json; charset=utf-8" });
    expect(await readJson(req)).toEqual([1]);
  });
});

describe("route()", () => {
  it("turns an unexpected error into a bare 500 without stack trace, and logs it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const h = route(async () => {
      throw new Error("secret detail at /srv/app/lib/x.ts:12");
    });
    const res = await h(new Request("http://localhost/api/y"), undefined);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: "Internal server error", code: "internal_error" });
    expect(text).not.toMatch(/secret|\.ts|at /);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(log).toHaveBeenCalled();
  });

  it("passes HttpError status and body through", async () => {
    const h = route(async () => {
      throw new HttpError(409, "Conflict", { code: "dup" });
    });
    const res = await h(new Request("http://localhost/api/y"), undefined);
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: "Conflict", code: "dup" });
  });

  it("refuses cross-origin unsafe requests", async () => {
    const r = await call(
      post(JSON.stringify({ name: "a", age: 1 }), {
        "content-type": "application/json",
        origin: "https://evil.example",
        host: "localhost:3000",
      }),
    );
    expect(r.status).toBe(403);
    const ok = await call(
      post(JSON.stringify({ name: "a", age: 1 }), {
        "content-type": "application/json",
        origin: "http://localhost:3000",
        host: "localhost:3000",
      }),
    );
    expect(ok.status).toBe(200);
  });

  it("believes X-Forwarded-Host for the same-origin check only behind TRUST_PROXY", async () => {
    const forged = {
      "content-type": "application/json",
      origin: "https://evil.example",
      host: "localhost:3000",
      "x-forwarded-host": "evil.example",
    };
    vi.stubEnv("TRUST_PROXY", "");
    expect((await call(post(JSON.stringify({ name: "a", age: 1 }), forged))).status).toBe(403);
    vi.stubEnv("TRUST_PROXY", "1");
    expect((await call(post(JSON.stringify({ name: "a", age: 1 }), forged))).status).toBe(200);
    vi.unstubAllEnvs();
  });

  it("lets Next.js control-flow errors (redirect, notFound) propagate", async () => {
    const h = route(async () => {
      throw Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/x;307;" });
    });
    await expect(h(new Request("http://localhost/api/y"), undefined)).rejects.toThrow("NEXT_REDIRECT");
  });
});

describe("service unavailable", () => {
  it("detects an unreachable database from a real Prisma client and maps it to 503", async () => {
    const prisma = createPrismaClient("postgresql://nobody:x@127.0.0.1:9/none", { max: 1 });
    try {
      const err = await prisma.user.count().then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).not.toBeNull();
      expect(isServiceUnavailable(err)).toBe(true);
      const wrapped = await withDb(() => prisma.user.count()).catch((e: unknown) => e);
      expect(wrapped).toBeInstanceOf(ServiceUnavailableError);
      expect((wrapped as ServiceUnavailableError).digest).toBe(SERVICE_UNAVAILABLE_DIGEST);
      vi.spyOn(console, "error").mockImplementation(() => {});
      const res = await route(async () => {
        await prisma.user.count();
        return new Response("unreachable");
      })(new Request("http://localhost/api/z"), undefined);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ error: "Service temporarily unavailable", code: "service_unavailable" });
    } finally {
      await prisma.$disconnect();
    }
  });

  it("does not treat ordinary errors as outages", () => {
    expect(isServiceUnavailable(new Error("Unique constraint failed"))).toBe(false);
    expect(isServiceUnavailable(null)).toBe(false);
  });
});

describe("CSP", () => {
  it("has no unsafe-eval in production and allows Monaco workers", () => {
    const csp = buildCsp({ nonce: "abc" });
    // WebAssembly compilation only (the engine's matmul kernel), never JS eval
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic' 'wasm-unsafe-eval';");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(buildCsp({ nonce: "abc", dev: true })).toContain("'unsafe-eval'");
  });
});
