// Learner bombs sent through the real site (`next start` with the embedded worker) end as results, while the same
// web process keeps answering: code exercises and code-blank checks are graded in grader processes, never in it.
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";

vi.setConfig({ testTimeout: 180_000 });

let app: TestServer;

beforeAll(async () => {
  app = await startTestServer();
}, 900_000);

afterAll(async () => {
  await app?.stop();
});

/** A CPU bomb the engine does not stop by itself (big-integer pow), as a code answer and as a one-line fill. */
const POW = "pow(3, 10**4000, 10**20000)";

describe("grader isolation through the site", () => {
  it("bombs as code submissions and code-blank checks end as results; the web process answers throughout", async () => {
    const user = await app.db.prisma.user.create({ data: { email: "bomber@example.com", name: "B", passwordHash: "x", role: "learner" } });
    const cookie = `next-auth.session-token=${await encode({ token: { sub: user.id, role: "learner" }, secret: app.secret })}`;
    const headers = { cookie, "content-type": "application/json" };
    const exercise = await app.db.prisma.exercise.findFirstOrThrow({ where: { versions: { some: {} } }, orderBy: { slug: "asc" } });
    const blank = await app.db.prisma.testItem.findFirst({
      where: { item: { kind: "code_blank" }, test: { slug: { not: "" } } },
      include: { item: true, test: true },
    });

    // the web process answers while the bombs are graded: sample a page every 200 ms
    let slowest = 0;
    let failures = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const t0 = Date.now();
        const res = await fetch(`${app.url}/signin`).catch(() => null);
        if (!res || res.status >= 500) failures++;
        await res?.arrayBuffer();
        slowest = Math.max(slowest, Date.now() - t0);
        await new Promise((r) => setTimeout(r, 200));
      }
    })();

    const ids: string[] = [];
    for (const code of [`y = ${POW}\n`, "h = set(range(10**8))\n", "s = 'x' * 10**10\n"]) {
      const res = await fetch(`${app.url}/api/exercises/${exercise.slug}/submissions`, {
        method: "POST",
        headers,
        body: JSON.stringify({ code, idempotencyKey: `bomb-${ids.length}-${Date.now()}` }),
      });
      expect(res.status, await res.clone().text()).toBe(202);
      ids.push(((await res.json()) as { id: string }).id);
    }

    if (blank) {
      const start = await fetch(`${app.url}/api/attempts`, {
        method: "POST",
        headers,
        body: JSON.stringify({ testSlug: blank.test.slug, mode: "practice" }),
      });
      expect(start.status).toBeLessThan(300);
      const { attemptId } = (await start.json()) as { attemptId: string };
      const check = await fetch(`${app.url}/api/attempts/${attemptId}/answers/${blank.item.slug}/check`, {
        method: "POST",
        headers,
        body: JSON.stringify({ response: `x = ${POW}` }),
      });
      expect(check.status, await check.clone().text()).toBe(200);
      const answer = await app.db.prisma.answer.findFirstOrThrow({ where: { attemptId, itemVersion: { itemId: blank.itemId } } });
      expect(answer.correct).toBe(false);
      expect((answer.feedback as { code: string }).code).toMatch(/^code\.(resource_limit|timeout|memory)$/);
    }

    const until = Date.now() + 150_000;
    while ((await app.db.prisma.submission.count({ where: { id: { in: ids }, status: { in: ["graded", "error"] } } })) < ids.length) {
      if (Date.now() > until) throw new Error(`bombs not graded in time:\n${app.logs().slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    sampling = false;
    await sampler;

    const subs = await app.db.prisma.submission.findMany({ where: { id: { in: ids } }, include: { results: true } });
    for (const s of subs) {
      expect(s.status).toBe("graded");
      expect(s.results.length).toBeGreaterThan(0);
      for (const r of s.results) expect(r.passed).toBe(false);
    }
    console.log(`[grader-isolation] pages answered throughout: slowest ${slowest} ms, ${failures} failure(s)`);
    expect(failures).toBe(0);
    expect(slowest).toBeLessThan(5_000);
    // the same web process: it never died (a fatal V8 error would be in its output)
    expect(app.logs()).not.toMatch(/FATAL ERROR|heap out of memory/);
    const me = await fetch(`${app.url}/api/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
  });
});
