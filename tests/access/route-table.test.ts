// Every route file is classified in tests/access/routes.ts, and every entry there names a route that exists.
// No server: this reads app/ (and the "use server" modules) and compares.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { discoverRoutes, discoverServerActions, exportedMethods, fillPath, paramNames } from "./discover";
import { ACTIONS, ROUTES } from "./routes";

const key = (r: { kind: string; path: string }) => `${r.kind} ${r.path}`;

describe("route table", () => {
  const discovered = discoverRoutes();

  it("finds the app's pages and route handlers", () => {
    // Sanity: discovery itself works (a broken walker would make the checks below vacuous).
    expect(discovered.find((r) => r.path === "/" && r.kind === "page")).toBeDefined();
    expect(discovered.find((r) => r.path === "/api/attempts/[id]/submit")?.methods).toEqual(["POST"]);
    expect(discovered.find((r) => r.path === "/api/auth/[...nextauth]")?.methods).toEqual(["GET", "POST"]);
    expect(discovered.length).toBeGreaterThan(25);
  });

  it("every route file has an entry (a new route must be classified in tests/access/routes.ts)", () => {
    const entries = new Set(ROUTES.map(key));
    const missing = discovered.filter((r) => !entries.has(key(r))).map((r) => `${key(r)} (${r.file}, ${r.methods.join("/")})`);
    expect(missing, "unclassified routes: add them to tests/access/routes.ts").toEqual([]);
  });

  it("every entry names an existing route (stale or announced-but-missing entries are reported)", () => {
    const files = new Set(discovered.map(key));
    const stale = ROUTES.filter((e) => !files.has(key(e))).map((e) =>
      e.expectedFrom ? `${key(e)} — announced, not in app/ yet: ${e.expectedFrom}` : `${key(e)} — no such route file`,
    );
    expect(stale, "entries without a route file").toEqual([]);
  });

  it("each entry probes exactly the methods its route file exports, once each", () => {
    const problems: string[] = [];
    for (const r of discovered) {
      const e = ROUTES.find((x) => key(x) === key(r));
      if (!e) continue;
      const probed = e.probes.map((p) => p.method).sort();
      if (JSON.stringify(probed) !== JSON.stringify(r.methods))
        problems.push(`${key(r)}: file exports ${r.methods.join(",") || "nothing"}, table probes ${probed.join(",")}`);
    }
    expect(problems).toEqual([]);
  });

  it("no duplicate entries; every dynamic segment has a value", () => {
    expect(new Set(ROUTES.map(key)).size).toBe(ROUTES.length);
    const fakeFixture = new Proxy(
      {},
      {
        get: (_t, p) =>
          p === "userIds" ? { owner: "u", other: "u", instructor: "u", otherInstructor: "u", extra: "u" } : `v-${String(p)}`,
      },
    );
    for (const e of ROUTES) {
      const params = e.params?.(fakeFixture as never) ?? {};
      expect(Object.keys(params).sort(), e.path).toEqual(paramNames(e.path).sort());
      expect(() => fillPath(e.path, params)).not.toThrow();
    }
  });

  it("every server action is classified", () => {
    const actions = discoverServerActions();
    expect(actions.map((a) => a.id)).toContain("lib/i18n/actions.ts#setLocaleAction");
    expect(actions.map((a) => a.id).sort()).toEqual(ACTIONS.map((a) => a.id).sort());
  });
});

describe("discovery", () => {
  it("reads every way a route module exports a method handler", () => {
    expect(exportedMethods("export const GET = withAuth(x);\nexport async function POST() {}\nexport function PUT(){}")).toEqual([
      "GET",
      "POST",
      "PUT",
    ]);
    expect(exportedMethods("const handler = NextAuth(o);\nexport { handler as GET, handler as POST };")).toEqual(["GET", "POST"]);
    expect(exportedMethods("export const dynamic = 'force-dynamic';\nexport const runtime = 'nodejs';")).toEqual([]);
  });

  it("maps folders to URL paths: groups and slots add nothing, private folders are skipped", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "acl-discover-"));
    try {
      const put = (rel: string, text = "export default function P() {}") => {
        fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
        fs.writeFileSync(path.join(dir, rel), text);
      };
      put("page.tsx");
      put("(marketing)/about/page.tsx");
      put("_components/page.tsx");
      put("x/@modal/y/page.tsx");
      put("api/things/[id]/route.ts", "export const DELETE = h;");
      const found = discoverRoutes(dir).map((r) => `${r.kind} ${r.path} ${r.methods.join(",")}`);
      expect(found.sort()).toEqual(["api /api/things/[id] DELETE", "page / GET", "page /about GET", "page /x/y GET"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fills dynamic segments, encoding values", () => {
    expect(fillPath("/a/[id]/b/[...rest]", { id: "x y", rest: "p/q" })).toBe("/a/x%20y/b/p/q");
    expect(() => fillPath("/a/[id]", {})).toThrow(/\[id\]/);
  });
});
