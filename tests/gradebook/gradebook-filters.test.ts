// Gradebook filters, sorting and pagination (lib/gradebook/query.ts + getGradebook), the CSV route with the same
// query string (400 on bad parameters), and the page's GET form, notices and links, on a real database.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import type { SessionUser } from "../../lib/auth/session";
import messages from "../../messages/en.json";
import { teachEveryLearner } from "../helpers/classes";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { getGradebook } from "../../lib/gradebook/gradebook";
import { DEFAULT_QUERY, dayStart, gradebookSearch, parseGradebookQuery, type GradebookQuery } from "../../lib/gradebook/query";
import { seedSmall, submissionWith, user, type Small } from "./fixture";

let session: SessionUser | null = null;
vi.mock("../../lib/auth/session", () => ({ getSessionUser: async () => session }));
vi.mock("next-intl/server", () => import("../helpers/next-intl-server"));

let db: TestDatabase;
let fx: Small;
let test2: { id: string };
const u = {} as Record<"ada" | "yamada" | "pct" | "bob" | "teacher", { id: string; email: string; name: string }>;
const at = (iso: string) => new Date(iso);

async function attempt(testId: string, userId: string, score: number, max: number, when: Date) {
  return db.prisma.testAttempt.create({
    data: { testId, userId, mode: "exam", status: "submitted", seed: 1, startedAt: when, submittedAt: when, score, maxScore: max },
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  fx = await seedSmall(db.prisma);
  // A second test that belongs to section ps2 explicitly (ptest has no section: it goes by its first question, ps1).
  test2 = await db.prisma.test.create({
    data: {
      slug: "ptest2",
      unitId: fx.unit.id,
      sectionId: fx.sections[1].id,
      position: 1,
      title: { en: "Attention check", ja: "注意機構の確認" },
    },
  });
  u.ada = await user(db.prisma, "Ada Lovelace");
  u.yamada = await user(db.prisma, "山田 太郎");
  u.pct = await user(db.prisma, "Zed 100%_x");
  u.bob = await user(db.prisma, "bob");
  u.teacher = await user(db.prisma, "Teach", "instructor");
  // 30 more learners without any activity: "Learner 01" … "Learner 30"
  await db.prisma.user.createMany({
    data: Array.from({ length: 30 }, (_, i) => ({
      email: `l${i + 1}@example.com`,
      name: `Learner ${String(i + 1).padStart(2, "0")}`,
      passwordHash: "x",
    })),
  });
  // Ada: ptest 100% on 2 March, ptest2 50% on 10 March. 山田: ptest 50% at 01:00 on 5 March Japan time (16:00 UTC on the 4th).
  // Zed: pex 2/4 on 1 March, then 4/4 on 20 March. bob: ptest2 100% on 10 March; an unfinished attempt later.
  await attempt(fx.test.id, u.ada.id, 4, 4, at("2026-03-02T03:00:00Z"));
  await attempt(test2.id, u.ada.id, 1, 2, at("2026-03-10T03:00:00Z"));
  await attempt(fx.test.id, u.yamada.id, 2, 4, at("2026-03-04T16:00:00Z"));
  await submissionWith(db.prisma, fx, u.pct.id, 2, 4, at("2026-03-01T03:00:00Z"));
  await submissionWith(db.prisma, fx, u.pct.id, 4, 4, at("2026-03-20T03:00:00Z"));
  await attempt(test2.id, u.bob.id, 2, 2, at("2026-03-10T05:00:00Z"));
  await db.prisma.testAttempt.create({
    data: { testId: test2.id, userId: u.bob.id, mode: "practice", seed: 1, startedAt: at("2026-03-25T00:00:00Z") },
  });
  await attempt(fx.test.id, u.teacher.id, 4, 4, at("2026-03-02T03:00:00Z"));
  await teachEveryLearner(db.prisma, u.teacher.id); // the instructor views are scoped to a class
}, 120_000);
afterAll(() => db?.drop());

const gb = (q: Partial<GradebookQuery>, opts?: { paginate?: boolean }) => getGradebook(db.prisma, q, opts);
const names = (g: Awaited<ReturnType<typeof gb>>) => g.rows.map((r) => r.name);

describe("parseGradebookQuery", () => {
  it("reads every parameter and keeps defaults for empty form fields", () => {
    const { query, issues } = parseGradebookQuery(
      new URLSearchParams(
        "q=+ada+&section=ps1&section=ps2&section=ps1&from=2026-03-01&to=2026-03-31&active=1&sort=test:ptest&dir=asc&page=2&per=25",
      ),
    );
    expect(issues).toEqual([]);
    expect(query).toEqual({
      q: "ada",
      sections: ["ps1", "ps2"],
      from: "2026-03-01",
      to: "2026-03-31",
      activeOnly: true,
      sort: "column",
      sortColumn: "test:ptest",
      dir: "asc",
      page: 2,
      perPage: 25,
    });
    expect(parseGradebookQuery({ q: "", from: "", to: "", sort: "", dir: "", page: "", per: "" })).toEqual({
      query: DEFAULT_QUERY,
      issues: [],
    });
    // scores and activity sort highest first unless asked otherwise
    expect(parseGradebookQuery({ sort: "overall" }).query.dir).toBe("desc");
  });

  it("drops bad parameters and says which and why", () => {
    const { query, issues } = parseGradebookQuery({
      from: "2026-02-30",
      to: "yesterday",
      sort: "score; DROP",
      dir: "up",
      page: "0",
      per: "1000",
      q: "x".repeat(101),
    });
    expect(issues.map((i) => [i.param, i.code])).toEqual([
      ["q", "search_too_long"],
      ["from", "invalid_date"],
      ["to", "invalid_date"],
      ["sort", "unknown_sort"],
      ["dir", "invalid_dir"],
      ["page", "invalid_page"],
      ["per", "invalid_per_page"],
    ]);
    expect(query).toEqual(DEFAULT_QUERY);
    const reversed = parseGradebookQuery({ from: "2026-03-10", to: "2026-03-01" });
    expect(reversed.issues.map((i) => i.code)).toEqual(["range_reversed"]);
    expect([reversed.query.from, reversed.query.to]).toEqual([null, null]);
    expect(parseGradebookQuery({ sort: ["name", "overall"] }).issues.map((i) => i.code)).toEqual(["repeated"]);
  });

  it("days are Japan time; links keep everything but defaults", () => {
    expect(dayStart("2026-03-05").toISOString()).toBe("2026-03-04T15:00:00.000Z");
    const q = parseGradebookQuery({ q: "山田", section: ["ps2"], sort: "overall", page: "3" }).query;
    expect(gradebookSearch(q)).toBe("?q=%E5%B1%B1%E7%94%B0&section=ps2&sort=overall&page=3");
    expect(gradebookSearch(q, { page: 1 }, { paging: false })).toBe("?q=%E5%B1%B1%E7%94%B0&section=ps2&sort=overall");
    expect(gradebookSearch(DEFAULT_QUERY)).toBe("");
  });
});

describe("getGradebook with filters", () => {
  it("sections choose the columns (a test without a section goes by its first question)", async () => {
    expect((await gb({})).columns.map((c) => c.key)).toEqual(["test:ptest", "test:ptest2", "exercise:pex"]);
    expect((await gb({ sections: ["ps1"] })).columns.map((c) => c.key)).toEqual(["test:ptest"]);
    const g = await gb({ sections: ["ps2"] });
    expect(g.columns.map((c) => c.key)).toEqual(["test:ptest2", "exercise:pex"]);
    const ada = g.rows.find((r) => r.userId === u.ada.id)!;
    expect(ada.cells).toEqual([
      { attempts: 1, best: 50, latest: 50, seconds: 0 },
      { attempts: 0, best: null, latest: null, seconds: 0 },
    ]);
    expect(ada.overall).toBe(25); // (50 + 0) / 2: the ptest 100% is not in these columns
    expect(g.sections.map((s) => s.slug)).toEqual(["ps1", "ps2"]);
    const bad = await gb({ sections: ["nope", "ps1"] });
    expect(bad.issues).toEqual([{ param: "section", value: "nope", code: "unknown_section" }]);
    expect(bad.columns.map((c) => c.key)).toEqual(["test:ptest"]);
  });

  it("search matches name or e-mail, case-insensitively, with % and _ taken literally", async () => {
    expect(names(await gb({ q: "ADA" }))).toEqual(["Ada Lovelace"]);
    expect(names(await gb({ q: "山田" }))).toEqual(["山田 太郎"]);
    expect(names(await gb({ q: "l7@example" }))).toEqual(["Learner 07"]);
    expect(names(await gb({ q: "100%_" }))).toEqual(["Zed 100%_x"]);
    expect(names(await gb({ q: "%" }))).toEqual(["Zed 100%_x"]);
    expect((await gb({ q: "Teach" })).total).toBe(0); // instructors are never rows
  });

  it("a date range counts only the activity in those Japan-time days", async () => {
    const march5 = await gb({ from: "2026-03-05", to: "2026-03-05" });
    const yamada = march5.rows.find((r) => r.userId === u.yamada.id)!;
    expect(yamada.cells[0]).toEqual({ attempts: 1, best: 50, latest: 50, seconds: 0 });
    expect(yamada.lastActivity?.toISOString()).toBe("2026-03-04T16:00:00.000Z");
    expect(march5.rows.find((r) => r.userId === u.ada.id)!.lastActivity).toBeNull();
    const march4 = await gb({ to: "2026-03-04" });
    expect(march4.rows.find((r) => r.userId === u.yamada.id)!.cells[0]!.attempts).toBe(0);
    // Zed's pex: only the 2/4 of 1 March before the 10th, only the 4/4 after it
    const early = (await gb({ to: "2026-03-09" })).rows.find((r) => r.userId === u.pct.id)!;
    const late = (await gb({ from: "2026-03-10" })).rows.find((r) => r.userId === u.pct.id)!;
    expect(early.cells[2]).toEqual({ attempts: 1, best: 50, latest: 50, seconds: 0 });
    expect(late.cells[2]).toEqual({ attempts: 1, best: 100, latest: 100, seconds: 0 });
    // activeOnly keeps learners with counted activity in the period (bob's open attempt on the 25th does not count)
    expect(names(await gb({ from: "2026-03-10", activeOnly: true }))).toEqual(["Ada Lovelace", "bob", "Zed 100%_x"]);
    expect(names(await gb({ from: "2026-03-21", activeOnly: true }))).toEqual([]);
  });

  it("sorts by name, overall, last activity and a column's best score; learners without a value go last", async () => {
    const all = { perPage: 200 };
    expect(names(await gb({ ...all, activeOnly: true }))).toEqual(["Ada Lovelace", "bob", "Zed 100%_x", "山田 太郎"]);
    expect(names(await gb({ ...all, activeOnly: true, dir: "desc" }))).toEqual(["山田 太郎", "Zed 100%_x", "bob", "Ada Lovelace"]);
    // overall over 3 columns: Ada (100+50)/3 = 50, bob 100/3 = 33.3, Zed 100/3 = 33.3, 山田 50/3 = 16.7, then zeros by name
    const overall = await gb({ ...all, sort: "overall", dir: "desc" });
    expect(names(overall).slice(0, 5)).toEqual(["Ada Lovelace", "bob", "Zed 100%_x", "山田 太郎", "Learner 01"]);
    expect(overall.rows.slice(0, 4).map((r) => r.overall)).toEqual([50, 33.3, 33.3, 16.7]);
    const byActivity = await gb({ ...all, sort: "activity", dir: "desc" });
    expect(names(byActivity).slice(0, 4)).toEqual(["Zed 100%_x", "bob", "Ada Lovelace", "山田 太郎"]);
    expect(byActivity.rows.at(-1)!.lastActivity).toBeNull();
    const oldestFirst = await gb({ ...all, sort: "activity", dir: "asc" });
    expect(names(oldestFirst).slice(0, 4)).toEqual(["山田 太郎", "Ada Lovelace", "bob", "Zed 100%_x"]);
    expect(oldestFirst.rows.at(-1)!.lastActivity).toBeNull(); // no activity stays last ascending too
    const col = await gb({ ...all, sort: "column", sortColumn: "test:ptest", dir: "asc" });
    expect(names(col).slice(0, 2)).toEqual(["山田 太郎", "Ada Lovelace"]);
    expect(col.rows[2]!.cells[0]!.best).toBeNull();
    // sorting by a column that the section filter hides is reported and falls back to name
    const hidden = await gb({ sections: ["ps2"], sort: "column", sortColumn: "test:ptest" });
    expect(hidden.issues.map((i) => i.code)).toEqual(["unknown_sort"]);
    expect(hidden.query.sort).toBe("name");
  });

  it("paginates the sorted rows; a page past the end shows the last page with a notice; unpaginated has everyone", async () => {
    const p1 = await gb({ perPage: 25 });
    const p2 = await gb({ perPage: 25, page: 2 });
    expect([p1.total, p1.pageCount, p1.rows.length, p2.rows.length]).toEqual([34, 2, 25, 9]);
    expect(new Set([...names(p1), ...names(p2)]).size).toBe(34);
    expect(names(p2).at(-1)).toBe("山田 太郎");
    const past = await gb({ perPage: 25, page: 9 });
    expect(past.page).toBe(2);
    expect(past.issues).toEqual([{ param: "page", value: "9", code: "page_out_of_range" }]);
    expect((await gb({ perPage: 25 }, { paginate: false })).rows).toHaveLength(34);
  });
});

describe("GET /api/instructor/gradebook.csv with filters", () => {
  const get = async (qs: string, headers: Record<string, string> = {}) => {
    const { GET } = await import("../../app/api/instructor/gradebook.csv/route");
    return GET(new Request(`http://localhost/api/instructor/gradebook.csv${qs}`, { headers }), {});
  };
  const teacher = () => {
    session = { id: u.teacher.id, email: u.teacher.email, name: u.teacher.name, role: "instructor", locale: null };
  };

  it("applies the same filters and sort, every page, Japanese intact", async () => {
    teacher();
    const r = await get("?section=ps1&active=1&sort=test:ptest&dir=desc&page=2&per=25");
    expect(r.status).toBe(200);
    const bytes = new Uint8Array(await r.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1).split("\r\n");
    expect(lines[0]).toBe(
      "name,email,test:ptest best %,test:ptest latest %,test:ptest attempts,overall %,last activity,test:ptest time min,total time min",
    );
    expect(lines.slice(1, -1).map((l) => l.split(",")[0])).toEqual(["Ada Lovelace", "山田 太郎"]); // page/per ignored
    expect(lines[2]).toBe(`山田 太郎,${u.yamada.email},50,50,1,50,2026-03-04T16:00:00.000Z,0,0`);
    const search = await get(`?q=${encodeURIComponent("山田")}`);
    expect((await search.text()).split("\r\n").filter((l) => l.includes("@"))).toHaveLength(1);
  });

  it("400 JSON naming the parameter when something is wrong", async () => {
    teacher();
    for (const [qs, text] of [
      ["?from=2026-13-01", 'from "2026-13-01" is not a date'],
      ["?section=nope", 'section "nope" is not a section'],
      ["?sort=exercise:nope", 'sort "exercise:nope" is not a sort key'],
      ["?from=2026-03-10&to=2026-03-01", "the start date is after the end date"],
    ] as const) {
      const r = await get(qs);
      expect(r.status, qs).toBe(400);
      expect(r.headers.get("content-type")).toMatch(/^application\/json/);
      const body = (await r.json()) as { error: string; issues: unknown[] };
      expect(body.error).toContain(text);
      expect(body.issues.length).toBeGreaterThan(0);
    }
    session = { id: u.ada.id, email: u.ada.email, name: u.ada.name, role: "learner", locale: null };
    expect((await get("?from=bad")).status).toBe(403); // the role check comes first
  });

  it("the 400 is Japanese for a Japanese request, with the page's own notices", async () => {
    teacher();
    const r = await get("?from=2026-13-01&dir=up", { "accept-language": "ja" });
    expect(r.status).toBe(400);
    const body = (await r.json()) as { error: string; code: string };
    expect(body.code).toBe("gradebook_params");
    expect(body.error).toMatch(/^成績表のパラメータが正しくありません: /);
    expect(body.error).toContain("「2026-13-01」は日付ではありません（from）");
    expect(body.error).toContain("「up」は無効です");
  });
});

describe("/instructor/gradebook page", () => {
  const render = (node: ReactNode) =>
    renderToStaticMarkup(createElement(NextIntlClientProvider, { locale: "en", messages, timeZone: "UTC", children: node }));
  const page = async (sp: Record<string, string | string[]>) => {
    session = { id: u.teacher.id, email: u.teacher.email, name: u.teacher.name, role: "instructor", locale: null };
    const Page = (await import("../../app/instructor/gradebook/page")).default;
    return render(await Page({ searchParams: Promise.resolve(sp) }));
  };

  it("a GET form keeps the chosen values; rows link to the learner page; CSV link carries the filters", async () => {
    const html = await page({ q: "ada", section: "ps2", sort: "overall", from: "2026-03-01" });
    const form = /<form[^>]*>/.exec(html)![0];
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/instructor/gradebook"');
    expect(html).toMatch(/<input[^>]*name="q"[^>]*value="ada"/);
    expect(html).toMatch(/<input[^>]*name="from"[^>]*value="2026-03-01"/);
    const box = (slug: string) => new RegExp(`<input[^>]*name="section"[^>]*value="${slug}"[^>]*>`).exec(html)![0];
    expect(box("ps2")).toContain("checked");
    expect(box("ps1")).not.toContain("checked");
    const cls = /data-class="([^"]+)"/.exec(html)![1]; // the class shown: every link keeps it
    expect(html).toContain(`href="/instructor/learners/${u.ada.id}?class=${cls}"`);
    expect(html).toContain(
      `href="/api/instructor/gradebook.csv?q=ada&amp;section=ps2&amp;from=2026-03-01&amp;sort=overall&amp;class=${cls}"`,
    );
    expect(html).toContain("Learners 1–1 of 1");
    expect(html).not.toContain('data-testid="gradebook-issues"');
    expect(html).toContain('aria-sort="descending"'); // the overall column header
  });

  it("bad parameters are ignored with a visible notice; pages link to each other", async () => {
    const html = await page({ from: "2026-02-30", section: "nope", per: "25", page: "2" });
    expect(html).toContain('data-testid="gradebook-issues"');
    expect(html).toContain("“2026-02-30” is not a date (from); use the form YYYY-MM-DD.");
    expect(html).toContain("There is no section “nope” with tests or exercises.");
    expect(html).toContain("Page 2 of 2");
    const cls = /data-class="([^"]+)"/.exec(html)![1];
    expect(html).toContain(`<a rel="prev" href="/instructor/gradebook?per=25&amp;class=${cls}">`);
    expect(html).toContain("Learners 26–34 of 34");
  });
});
