// Access control over HTTP against the real built app (next start, PostgreSQL, real sign-in): every entry of
// tests/access/routes.ts is requested by a signed-out visitor, learner A (whose ids fill the URL), learner B
// (with A's ids), the instructor of A's class, an instructor of another class and — where the entry names an admin
// outcome — an admin. Refusals must be the expected 401/403/404 or sign-in redirect and carry
// nothing of anyone else; B's and the others' requests must leave A's rows untouched; every dynamic segment
// given a malformed value yields a 4xx, never a 500.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";
import { discoverRoutes, fillPath, paramNames, type HttpMethod } from "./discover";
import { postForm, type Reply } from "./http";
import { isRefusal, judge } from "./judge";
import { ROUTES, type Outcome, type Probe, type RouteEntry } from "./routes";
import { ownerSnapshot, PEOPLE, ROLES, SECRETS, seed, type Clients, type Fixture, type Role } from "./seed";

vi.setConfig({ testTimeout: 180_000 });

let app: TestServer;
let f: Fixture;
let clients: Clients;
const timings: Record<string, number> = {};

/** Only entries whose route file exists (tests/access/route-table.test.ts reports the others). */
const existing = new Set(discoverRoutes().map((r) => `${r.kind} ${r.path}`));
const LIVE = ROUTES.filter((e) => existing.has(`${e.kind} ${e.path}`));

beforeAll(async () => {
  const t0 = performance.now();
  app = await startTestServer();
  const t1 = performance.now();
  ({ fixture: f, clients } = await seed(app.db.prisma, app.url));
  timings.serverMs = Math.round(t1 - t0);
  timings.seedMs = Math.round(performance.now() - t1);
}, 900_000);

afterAll(async () => {
  console.log(`[access] ${JSON.stringify(timings)}`);
  await app?.stop();
});

interface Job {
  entry: RouteEntry;
  probe: Probe;
  role: Role;
  url: string;
  expected: Outcome;
}

const replies = new Map<string, Reply>();
const replyKey = (role: Role, method: HttpMethod, url: string) => `${role} ${method} ${url}`;

function jobs(filter: (j: Job) => boolean): Job[] {
  const out: Job[] = [];
  for (const entry of LIVE) {
    const url = fillPath(entry.path, entry.params?.(f) ?? {});
    for (const probe of entry.probes) {
      for (const role of ROLES) {
        const expected = probe.expect[role];
        if (expected !== undefined) out.push({ entry, probe, role, url, expected });
      }
    }
  }
  return out.filter(filter);
}

async function run(job: Job): Promise<string[]> {
  const reply = await clients[job.role].request(job.probe.method, job.url, job.probe.body?.(f, job.role));
  replies.set(replyKey(job.role, job.probe.method, job.url), reply);
  const problems = judge(job.entry, job.role, job.probe.method, job.url, job.expected, reply, f);
  if (reply.status >= 500) problems.push(`  server log tail: ${app.logs().slice(-1500)}`);
  return problems;
}

/** Runs jobs `width` at a time; the order of results follows `list`. */
async function pool<T, R>(list: T[], width: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(list.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, list.length) }, async () => {
      while (next < list.length) {
        const i = next++;
        results[i] = await fn(list[i]!);
      }
    }),
  );
  return results;
}

const BAD_IDS = ["not-a-uuid", "-".repeat(36), "00000000-0000-0000-0000-000000000000", "1 OR 1=1"];
const BAD_SLUGS = ["no-such-slug", "x".repeat(300), "ü ✓ /.."];

const crossRequest = (j: Job) => j.role === "signedOut" || j.role === "other" || isRefusal(j.expected);

describe("access control over HTTP (in order: refusals, malformed ids, allowed calls, controls)", () => {
  it("refusals and cross-learner requests: expected status, nothing leaked, A's rows unchanged", async () => {
    const t0 = performance.now();
    const before = await ownerSnapshot(app.db.prisma, f.userIds.owner);
    const list = jobs(crossRequest);
    // Reads before writes: learner B's own draft GET must see the seeded draft, not the one B's PUT probe saves.
    const problems = [
      ...(await pool(
        list.filter((j) => j.probe.method === "GET"),
        4,
        run,
      )),
      ...(await pool(
        list.filter((j) => j.probe.method !== "GET"),
        4,
        run,
      )),
    ].flat();
    const after = await ownerSnapshot(app.db.prisma, f.userIds.owner);
    timings.crossProbes = list.length;
    timings.crossMs = Math.round(performance.now() - t0);
    expect(problems).toEqual([]);
    expect(after, "another user's requests changed learner A's data").toEqual(before);
    // The refusals were real refusals of every class.
    const refused = list.filter((j) => isRefusal(j.expected)).map((j) => j.entry.access);
    for (const access of ["instructor-only", "learner-owned", "admin-only"] as const) expect(refused).toContain(access);
  });

  it("server action setLocaleAction (a no-JavaScript form post) changes only the caller's own account", async () => {
    const before = await ownerSnapshot(app.db.prisma, f.userIds.owner);
    const html = (await clients.other.request("GET", "/learn")).text;
    const field = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(html)?.[1];
    expect(field, "the language switcher renders a progressive-enhancement action field").toBeDefined();
    const locale = async () => (await app.db.prisma.user.findUniqueOrThrow({ where: { id: f.userIds.other } })).locale;
    for (const [who, value] of [
      ["other", "ja"],
      ["signedOut", "ja"],
      ["other", "en"],
    ] as const) {
      const reply = await postForm(clients[who], "/learn", { [field!]: "", locale: value });
      expect(reply.status, `${who} → ${reply.status} ${reply.text.slice(0, 200)}`).toBeLessThan(400);
      if (who === "other") expect(await locale()).toBe(value);
    }
    expect(await ownerSnapshot(app.db.prisma, f.userIds.owner)).toEqual(before);
  });

  it("every dynamic segment of a guarded route, given a bad value by a user allowed to call it, gives a 4xx (JSON for APIs)", async () => {
    const t0 = performance.now();
    const before = await ownerSnapshot(app.db.prisma, f.userIds.owner);
    const list: Array<{ role: Role; method: HttpMethod; url: string; entry: RouteEntry; probe: Probe }> = [];
    for (const entry of LIVE) {
      if (entry.access === "public" || entry.access === "auth" || entry.access === "lti") continue;
      const good = entry.params?.(f) ?? {};
      for (const probe of entry.probes) {
        const allowed = (o: Outcome | undefined) => o !== undefined && !isRefusal(o);
        const role: Role = allowed(probe.expect.owner)
          ? "owner"
          : allowed(probe.expect.instructor) || !allowed(probe.expect.admin)
            ? "instructor"
            : "admin";
        for (const name of paramNames(entry.path)) {
          for (const bad of name === "id" ? BAD_IDS : BAD_SLUGS) {
            list.push({ role, method: probe.method, url: fillPath(entry.path, { ...good, [name]: bad }), entry, probe });
          }
        }
      }
    }
    const problems = (
      await pool(list, 4, async ({ role, method, url, entry, probe }) => {
        const reply = await clients[role].request(method, url, probe.body?.(f, role));
        const where = `${role} ${method} ${url}`;
        if (reply.status < 400 || reply.status >= 500) return [`${where}: expected a 4xx, got ${reply.status} ${reply.text.slice(0, 200)}`];
        if (entry.kind === "api" && !reply.contentType.startsWith("application/json")) return [`${where}: ${reply.status} is not JSON`];
        return [];
      })
    ).flat();
    timings.malformedProbes = list.length;
    timings.malformedMs = Math.round(performance.now() - t0);
    expect(problems).toEqual([]);
    expect(list.length).toBeGreaterThan(20);
    expect(await ownerSnapshot(app.db.prisma, f.userIds.owner)).toEqual(before);
  });

  it("owners and instructors get what they are allowed (reads first, then writes in table order)", async () => {
    const t0 = performance.now();
    const allowed = jobs((j) => !crossRequest(j));
    const reads = allowed.filter((j) => j.probe.method === "GET");
    const writes = allowed.filter((j) => j.probe.method !== "GET");
    const ordered = [...writes.filter((j) => !j.probe.last), ...writes.filter((j) => j.probe.last)];
    const problems = (await pool(reads, 4, run)).flat();
    for (const j of ordered) problems.push(...(await run(j)));
    timings.allowedProbes = allowed.length;
    timings.allowedMs = Math.round(performance.now() - t0);
    expect(problems).toEqual([]);
  });

  it("the leak checks can fail: A's own pages and the instructor's pages do show the strings others must not see", () => {
    const body = (role: Role, path: string) => {
      const r = replies.get(replyKey(role, "GET", path));
      if (!r) throw new Error(`no ${role} GET ${path} reply recorded`);
      return r.text;
    };
    expect(body("owner", `/api/exercises/${f.exercise}/draft`)).toContain(SECRETS.ownerDraftCode);
    expect(body("owner", `/exercises/${f.exercise}`)).toContain(SECRETS.ownerDraftCode);
    expect(body("owner", `/api/exercises/${f.exercise}/submissions`)).toContain(SECRETS.ownerSubmissionCode);
    expect(body("owner", `/tests/${f.practiceTest}`)).toContain(SECRETS.ownerPracticeAnswer);
    expect(body("owner", `/tests/${f.examTest}/attempts/${f.examAttemptId}`)).toContain(SECRETS.ownerExamAnswer);
    expect(body("other", `/api/exercises/${f.exercise}/draft`)).toContain(SECRETS.otherDraftCode);
    expect(body("instructor", "/instructor/gradebook")).toContain(PEOPLE.owner.name);
    expect(body("instructor", "/api/instructor/gradebook.csv")).toContain(PEOPLE.owner.email);
    expect(body("instructor", "/instructor/grading")).toContain(SECRETS.ownerExamAnswer);
    expect(body("instructor", `/api/classes/${f.classId}/roster`)).toContain(PEOPLE.owner.email);
    expect(body("instructor", `/instructor/learners/${f.userIds.owner}`)).toContain(PEOPLE.owner.name);
    // The other class's instructor got real pages of their own class (judged for leaks above), not empty refusals.
    expect(body("otherInstructor", "/instructor/gradebook")).toContain("Class Y");
    expect(body("otherInstructor", "/instructor/grading")).toContain("Class Y");
  });
});
