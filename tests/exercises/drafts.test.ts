// Drafts (lib/exercises/drafts.ts) and the exercise page payload (lib/exercises/page-payload.ts) against a real
// database with the real content loaded: drafts round-trip per user, and the payload never carries the reference
// solution, hidden tests or wrong programs.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../lib/users";
import { deleteDraft, getDraft, saveDraft } from "../../lib/exercises/drafts";
import { buildExercisePayload, getExercisePagePayload } from "../../lib/exercises/page-payload";
import type { TestDatabase } from "../helpers/db";
import { createContentDatabase } from "../helpers/template-db";

const ROOT = path.resolve(import.meta.dirname, "../..");
let db: TestDatabase;
let alice: string;
let bob: string;
const SLUGS = fs
  .readdirSync(path.join(ROOT, "exercises/code"))
  .filter((d) => fs.existsSync(path.join(ROOT, "exercises/code", d, "exercise.yaml")));

beforeAll(async () => {
  db = await createContentDatabase();
  alice = (await createUser(db.prisma, { email: "alice-drafts@example.com", name: "Alice", password: "alice-password-1" })).id;
  bob = (await createUser(db.prisma, { email: "bob-drafts@example.com", name: "Bob", password: "bob-password-1" })).id;
}, 120_000);
afterAll(async () => {
  await db?.drop();
});

describe("drafts", () => {
  it("saves, updates, reads and deletes per user and exercise", async () => {
    const slug = SLUGS[0]!;
    expect(await getDraft(db.prisma, alice, slug)).toBeNull();
    const a1 = await saveDraft(db.prisma, alice, slug, "x = 1\n");
    expect(a1?.code).toBe("x = 1\n");
    await saveDraft(db.prisma, alice, slug, "x = 2\n");
    expect((await getDraft(db.prisma, alice, slug))?.code).toBe("x = 2\n");
    expect(await getDraft(db.prisma, bob, slug)).toBeNull();
    expect(await deleteDraft(db.prisma, alice, slug)).toBe(true);
    expect(await getDraft(db.prisma, alice, slug)).toBeNull();
    expect(await deleteDraft(db.prisma, alice, slug)).toBe(false);
  });

  it("answers undefined for an unknown exercise and refuses oversized drafts", async () => {
    expect(await getDraft(db.prisma, alice, "no-such-exercise")).toBeUndefined();
    expect(await saveDraft(db.prisma, alice, "no-such-exercise", "x")).toBeUndefined();
    await expect(saveDraft(db.prisma, alice, SLUGS[0]!, "x".repeat(100_001))).rejects.toThrow(RangeError);
  });
});

describe("page payload", () => {
  it.each(SLUGS)("%s: whitelisted fields only, no secret", async (slug) => {
    const dir = path.join(ROOT, "exercises/code", slug);
    const solution = fs.readFileSync(path.join(dir, "solution.py"), "utf8");
    const starter = fs.readFileSync(path.join(dir, "starter.py"), "utf8");
    for (const locale of ["en", "ja"] as const) {
      const p = await getExercisePagePayload(db.prisma, slug, locale);
      expect(p).not.toBeNull();
      expect(Object.keys(p!).sort()).toEqual(
        [
          "atol",
          "course",
          "hiddenTestCount",
          "hintsHtml",
          "lab",
          "limits",
          "mode",
          "promptHtml",
          "publicTests",
          "rtol",
          "section",
          "setup",
          "slug",
          "starter",
          "tags",
          "title",
          "version",
        ].sort(),
      );
      expect(p!.starter.trim()).toBe(starter.trim());
      expect(p!.publicTests.length).toBeGreaterThan(0);
      expect(p!.hiddenTestCount).toBeGreaterThan(0);
      // Public expectations ship (Run compares in the browser), hidden ones do not.
      for (const t of p!.publicTests) expect(t.expected).not.toBeNull();
      const text = JSON.stringify(p);
      // Lines unique to the solution (not in the starter) never appear.
      const starterLines = new Set(starter.split("\n").map((l) => l.trim()));
      const secretLines = solution
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l.length > 8 && !starterLines.has(l));
      expect(secretLines.length).toBeGreaterThan(0);
      for (const l of secretLines) expect(text).not.toContain(l);
      // Hidden test names never appear.
      const secret = (await db.prisma.exerciseVersion.findFirstOrThrow({ where: { exercise: { slug } }, orderBy: { version: "desc" } }))
        .secret as {
        hiddenTests: { name: string }[];
      };
      for (const t of secret.hiddenTests) expect(text).not.toContain(t.name);
      expect(text).not.toContain("hiddenExpected");
      expect(text).not.toMatch(/"solution"|"hiddenTests"|"wrong"|"explanation"/);
    }
  });

  it("drops unknown fields and tests marked hidden even if they sit in publicTests", () => {
    const p = buildExercisePayload(
      {
        slug: "x",
        version: 1,
        content: {
          title: { en: "T", ja: "T" },
          mode: "gapfill",
          prompt: { en: "P $x$", ja: "P" },
          starter: "a = ____\n",
          solution: "SECRET",
          publicTests: [
            { name: "ok", seed: 0, compare: ["a"], extra: "SECRET2" },
            { name: "sneaky", hidden: true, seed: 1, compare: ["a"] },
          ],
          publicExpected: { ok: { values: { a: 1 }, calls: [], stdout: "" }, sneaky: { values: { a: "SECRET3" } } },
          hiddenTestCount: 1,
        },
      },
      "en",
    );
    const text = JSON.stringify(p);
    expect(text).not.toContain("SECRET");
    expect(p.publicTests.map((t) => t.name)).toEqual(["ok"]);
    expect(p.publicTests[0]!.expected).toEqual({ values: { a: 1 }, calls: [], stdout: "" });
    expect(p.mode).toBe("gapfill");
    expect(p.promptHtml).toContain("katex");
  });
});

describe("gap-fill template (app/exercises/gapfill.ts)", async () => {
  const { compose, extractFills, fillOffsets, minimalEdit, parseTemplate, BLANK } = await import("../../app/exercises/gapfill");
  it.each(SLUGS)("%s: a draft maps back onto the starter's blanks", (slug) => {
    const starter = fs.readFileSync(path.join(ROOT, "exercises/code", slug, "starter.py"), "utf8");
    const tpl = parseTemplate(starter);
    const n = tpl.segments.length - 1;
    expect(n).toBeGreaterThan(0);
    expect(extractFills(tpl, starter)).toEqual(Array(n).fill(BLANK));
    const fills = Array.from({ length: n }, (_, i) => `f${i}(x)`);
    const code = compose(tpl, fills);
    expect(extractFills(tpl, code)).toEqual(fills);
    for (const [i, [s, e]] of fillOffsets(tpl, fills).entries()) expect(code.slice(s, e)).toBe(fills[i]);
    // Edits outside the blanks, or a newline inside one, do not follow the template.
    expect(extractFills(tpl, "# edited\n" + code)).toBeNull();
    expect(
      extractFills(
        tpl,
        compose(
          tpl,
          fills.map((f, i) => (i === 0 ? f + "\nx = 1" : f)),
        ),
      ),
    ).toBeNull();
  });
  it("minimal edit", () => {
    expect(minimalEdit("abcdef", "abXdef")).toEqual([2, 3, "X"]);
    expect(minimalEdit("abc", "abc")).toBeNull();
    expect(minimalEdit("abzzzc", "abc")).toEqual([2, 5, ""]);
  });
});
