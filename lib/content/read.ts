// Reads the content tree (exercises/) into typed objects: files, schemas and cross-references — the first step of
// read → validate (validate.ts) → prove (prove.ts) → load (load.ts); pipeline.ts runs them in order. All problems are
// collected; loading is all-or-nothing.
import { promises as fs } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import type { z } from "zod";
import { blankCount, fillBlanks } from "./gapfill";
import {
  BLANK,
  CourseFile,
  ExerciseFile,
  HintsFile,
  ItemFile,
  LOCALES,
  type Localized,
  SLUG_RE,
  SectionFile,
  TestFile,
  UnitFile,
} from "./schema";
import type { Content, ContentIssue } from "./model";
import { contentBank } from "@/lib/mock-exam/content-bank";
import { planIssues } from "@/lib/mock-exam/plan";

export type { Content, ContentIssue, Course, Exercise, ExerciseData, Item, ItemData, Section, Test, TestRef, Unit } from "./model";

export function formatIssue(i: ContentIssue): string {
  return i.path ? `${i.file}: ${i.path}: ${i.message}` : `${i.file}: ${i.message}`;
}

export class ContentError extends Error {
  constructor(public readonly issues: ContentIssue[]) {
    super(`${issues.length} content error(s):\n` + issues.map((i) => "  " + formatIssue(i)).join("\n"));
    this.name = "ContentError";
  }
}

// ---------------------------------------------------------------------------------------------
// zod issue formatting

type ZIssue = z.core.$ZodIssue;

export function formatPath(p: readonly PropertyKey[]): string {
  let out = "";
  for (const k of p) {
    if (typeof k === "number") out += `[${k}]`;
    else out += (out ? "." : "") + String(k);
  }
  return out;
}

/** Flattens zod issues; for unions, reports the branch that matched the input's shape. */
function flattenIssues(issues: readonly ZIssue[], prefix: PropertyKey[] = []): { path: PropertyKey[]; message: string }[] {
  const out: { path: PropertyKey[]; message: string }[] = [];
  for (const issue of issues) {
    const here = [...prefix, ...issue.path];
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      // Branches that did not fail on the value's basic type at the union's own path.
      const plausible = issue.errors.filter(
        (branch) => !branch.some((b) => b.path.length === 0 && (b.code === "invalid_type" || b.code === "invalid_union")),
      );
      if (plausible.length >= 1) {
        // The branch that got furthest (fewest issues) explains the problem best.
        const best = [...plausible].sort((a, b) => a.length - b.length)[0]!;
        out.push(...flattenIssues(best, here));
        continue;
      }
      const expected = issue.errors
        .flatMap((b) => b.filter((x) => x.path.length === 0 && x.code === "invalid_type").map((x) => (x as { expected: string }).expected))
        .filter((v, i, a) => a.indexOf(v) === i);
      out.push({ path: here, message: expected.length ? `Invalid input: expected ${expected.join(" or ")}` : issue.message });
      continue;
    }
    out.push({ path: here, message: issue.message });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reading

class Reader {
  issues: ContentIssue[] = [];
  constructor(
    public readonly root: string,
    public readonly display: string,
  ) {}

  show(rel: string): string {
    return path.join(this.display, rel).split(path.sep).join("/");
  }

  issue(rel: string, p: string, message: string): void {
    this.issues.push({ file: this.show(rel), path: p, message });
  }

  async exists(rel: string): Promise<boolean> {
    try {
      await fs.access(path.join(this.root, rel));
      return true;
    } catch {
      return false;
    }
  }

  async dirs(rel: string): Promise<string[]> {
    let entries;
    try {
      entries = await fs.readdir(path.join(this.root, rel), { withFileTypes: true });
    } catch {
      return [];
    }
    return entries
      .filter((e) => e.isDirectory() && !e.name.startsWith("."))
      .map((e) => e.name)
      .sort();
  }

  async files(rel: string): Promise<string[]> {
    try {
      const entries = await fs.readdir(path.join(this.root, rel), { withFileTypes: true });
      return entries
        .filter((e) => !e.name.startsWith("."))
        .map((e) => (e.isDirectory() ? e.name + "/" : e.name))
        .sort();
    } catch {
      return [];
    }
  }

  async text(rel: string, required = true): Promise<string | undefined> {
    try {
      const t = await fs.readFile(path.join(this.root, rel), "utf8");
      if (required && t.trim() === "") {
        this.issue(rel, "", "file is empty");
        return undefined;
      }
      return t.replace(/\r\n/g, "\n");
    } catch {
      if (required) this.issue(rel, "", "missing file");
      return undefined;
    }
  }

  async yaml<S extends z.ZodType>(rel: string, schema: S): Promise<z.output<S> | undefined> {
    const text = await this.text(rel);
    if (text === undefined) return undefined;
    const doc = YAML.parseDocument(text, { uniqueKeys: true, prettyErrors: true });
    if (doc.errors.length > 0) {
      for (const e of doc.errors.slice(0, 3)) {
        const pos = e.linePos?.[0];
        this.issue(rel, pos ? `line ${pos.line}` : "", `YAML: ${e.message.split("\n")[0]}`);
      }
      return undefined;
    }
    const parsed = schema.safeParse(doc.toJS());
    if (!parsed.success) {
      for (const i of flattenIssues(parsed.error.issues)) this.issue(rel, formatPath(i.path), i.message);
      return undefined;
    }
    return parsed.data;
  }

  async localized(dirRel: string, base: string, required = true): Promise<Localized | undefined> {
    const out: Partial<Localized> = {};
    let ok = true;
    let any = false;
    for (const loc of LOCALES) {
      const rel = path.join(dirRel, `${base}.${loc}.md`);
      const present = await this.exists(rel);
      any ||= present;
    }
    if (!required && !any) return undefined;
    for (const loc of LOCALES) {
      const t = await this.text(path.join(dirRel, `${base}.${loc}.md`));
      if (t === undefined) ok = false;
      else out[loc] = t.trim();
    }
    return ok ? (out as Localized) : undefined;
  }

  checkSlug(rel: string, slug: string): boolean {
    if (!SLUG_RE.test(slug)) {
      this.issue(rel, "", `directory name "${slug}" is not a valid slug (a-z, 0-9, single dashes)`);
      return false;
    }
    return true;
  }

  checkAllowed(dirRel: string, present: string[], allowed: Set<string>): void {
    for (const f of present) if (!allowed.has(f)) this.issue(path.join(dirRel, f), "", "unexpected file (typo?)");
  }
}

const ITEM_FILES = new Set(["item.yaml", "prompt.en.md", "prompt.ja.md", "explanation.en.md", "explanation.ja.md"]);
const EXERCISE_FILES = new Set([
  "exercise.yaml",
  "prompt.en.md",
  "prompt.ja.md",
  "explanation.en.md",
  "explanation.ja.md",
  "hints.yaml",
  "starter.py",
  "setup.py",
  "solution.py",
  "wrong/",
]);

/** Reads the whole tree (schemas and cross-references). Throws ContentError listing every problem. */
export async function readContent(rootDir = "exercises"): Promise<Content> {
  const r = new Reader(path.resolve(rootDir), rootDir);
  const content: Content = { root: r.root, courses: [], units: [], sections: [], items: [], tests: [], mockTests: [], exercises: [] };

  if (!(await r.exists("."))) throw new ContentError([{ file: rootDir, path: "", message: "content directory not found" }]);

  // Courses, units, sections.
  for (const c of await r.dirs("courses")) {
    const cdir = path.join("courses", c);
    if (!r.checkSlug(cdir, c)) continue;
    const cf = await r.yaml(path.join(cdir, "course.yaml"), CourseFile);
    if (cf) content.courses.push({ slug: c, file: r.show(path.join(cdir, "course.yaml")), ...cf });
    for (const u of await r.dirs(path.join(cdir, "units"))) {
      const udir = path.join(cdir, "units", u);
      if (!r.checkSlug(udir, u)) continue;
      const uf = await r.yaml(path.join(udir, "unit.yaml"), UnitFile);
      if (uf) content.units.push({ slug: u, courseSlug: c, file: r.show(path.join(udir, "unit.yaml")), ...uf });
      for (const s of await r.dirs(path.join(udir, "sections"))) {
        const sdir = path.join(udir, "sections", s);
        if (!r.checkSlug(sdir, s)) continue;
        const sf = await r.yaml(path.join(sdir, "section.yaml"), SectionFile);
        if (sf) content.sections.push({ slug: s, unitSlug: u, file: r.show(path.join(sdir, "section.yaml")), ...sf });
      }
    }
  }

  // Slugs whose directory exists but failed to read (already reported; no follow-up "unknown" errors).
  const broken = new Set<string>();

  // Questions.
  for (const q of await r.dirs("questions")) {
    const dir = path.join("questions", q);
    if (!r.checkSlug(dir, q)) continue;
    r.checkAllowed(dir, await r.files(dir), ITEM_FILES);
    const data = await r.yaml(path.join(dir, "item.yaml"), ItemFile);
    const prompt = await r.localized(dir, "prompt");
    const explanation = await r.localized(dir, "explanation");
    if (data && prompt && explanation)
      content.items.push({ slug: q, dir: r.show(dir), file: r.show(path.join(dir, "item.yaml")), data, prompt, explanation });
    else broken.add(q);
  }

  // Tests.
  for (const t of await r.dirs("tests")) {
    const dir = path.join("tests", t);
    if (!r.checkSlug(dir, t)) continue;
    r.checkAllowed(dir, await r.files(dir), new Set(["test.yaml"]));
    const data = await r.yaml(path.join(dir, "test.yaml"), TestFile);
    if (data?.mode === "mock") {
      const { questions, timeLimitMinutes, units = {}, sections = {} } = data;
      const plan = { questions, timeLimitMinutes, units, sections };
      content.mockTests.push({
        slug: t,
        file: r.show(path.join(dir, "test.yaml")),
        title: data.title,
        course: data.course,
        position: data.position,
        plan,
      });
    } else if (data)
      content.tests.push({
        slug: t,
        file: r.show(path.join(dir, "test.yaml")),
        ...data,
        items: data.items.map((i) => (typeof i === "string" ? { slug: i, points: 1 } : { slug: i.slug, points: i.points })),
      });
  }

  // Code exercises.
  for (const x of await r.dirs("code")) {
    const dir = path.join("code", x);
    if (!r.checkSlug(dir, x)) continue;
    r.checkAllowed(dir, await r.files(dir), EXERCISE_FILES);
    const data = await r.yaml(path.join(dir, "exercise.yaml"), ExerciseFile);
    const prompt = await r.localized(dir, "prompt");
    const explanation = await r.localized(dir, "explanation", false);
    const hints = await r.yaml(path.join(dir, "hints.yaml"), HintsFile);
    const starter = await r.text(path.join(dir, "starter.py"));
    const setup = await r.text(path.join(dir, "setup.py"));
    const solution = await r.text(path.join(dir, "solution.py"));
    const wrong: { name: string; code: string }[] = [];
    const wrongFiles = await r.files(path.join(dir, "wrong"));
    if (data?.mode === "gapfill") {
      // The learner fills the blanks and nothing else: wrong answers are fills (exercise.yaml `wrong:`).
      if (wrongFiles.length)
        r.issue(
          path.join(dir, "wrong"),
          "",
          "a gap-fill exercise lists its wrong answers as blank fills under `wrong:` in exercise.yaml, not as wrong/*.py programs",
        );
      if (starter !== undefined)
        for (const [k, w] of (data.wrong ?? []).entries()) {
          if (w.fills.length !== blankCount(starter))
            r.issue(
              path.join(dir, "exercise.yaml"),
              `wrong[${k}].fills`,
              `${w.fills.length} fill(s) for the starter's ${blankCount(starter)} blank(s)`,
            );
          else if (w.fills.some((f) => f.includes(BLANK)))
            r.issue(path.join(dir, "exercise.yaml"), `wrong[${k}].fills`, `contains the blank marker ${BLANK}`);
          else wrong.push({ name: w.name, code: fillBlanks(starter, w.fills) });
        }
    } else {
      if (data?.wrong)
        r.issue(
          path.join(dir, "exercise.yaml"),
          "wrong",
          "only gap-fill exercises list wrong fills; a free exercise keeps wrong/*.py programs",
        );
      for (const f of wrongFiles) {
        if (!f.endsWith(".py")) {
          r.issue(path.join(dir, "wrong", f), "", "wrong/ holds only .py fixtures");
          continue;
        }
        const code = await r.text(path.join(dir, "wrong", f));
        if (code !== undefined) wrong.push({ name: f.replace(/\.py$/, ""), code });
      }
    }
    if (data && prompt && hints && starter !== undefined && setup !== undefined && solution !== undefined)
      content.exercises.push({
        slug: x,
        dir: r.show(dir),
        file: r.show(path.join(dir, "exercise.yaml")),
        data,
        prompt,
        explanation,
        hints,
        starter,
        setup,
        solution,
        wrong,
      });
    else broken.add(x);
  }

  crossReferences(content, r.issues, broken);

  if (r.issues.length > 0) throw new ContentError(r.issues);
  return content;
}

function crossReferences(c: Content, issues: ContentIssue[], broken: Set<string>): void {
  const add = (file: string, p: string, message: string) => issues.push({ file, path: p, message });

  if (c.courses.length === 0 && issues.length === 0) add(path.basename(c.root), "", "no course found under courses/");

  // Global uniqueness (the database keys units, sections, items, tests, exercises by slug).
  const seen = new Map<string, string>();
  const unique = (kind: string, slug: string, file: string) => {
    const key = `${kind}:${slug}`;
    const prev = seen.get(key);
    if (prev) add(file, "", `${kind} slug "${slug}" is already used by ${prev}`);
    else seen.set(key, file);
  };
  c.units.forEach((u) => unique("unit", u.slug, u.file));
  c.sections.forEach((s) => unique("section", s.slug, s.file));
  // Items and exercises share the review queue; keep their slugs apart.
  c.items.forEach((i) => unique("item/exercise", i.slug, i.file));
  c.exercises.forEach((e) => unique("item/exercise", e.slug, e.file));

  const sections = new Map(c.sections.map((s) => [s.slug, s]));
  const units = new Set(c.units.map((u) => u.slug));
  const items = new Map(c.items.map((i) => [i.slug, i]));

  const brokenSections = issues.some((i) => i.file.endsWith("section.yaml"));
  for (const i of c.items)
    if (!brokenSections && !sections.has(i.data.section)) add(i.file, "section", `unknown section "${i.data.section}"`);
  for (const e of c.exercises)
    if (!brokenSections && !sections.has(e.data.section)) add(e.file, "section", `unknown section "${e.data.section}"`);

  const allSlugs = new Set([...items.keys(), ...c.exercises.map((e) => e.slug)]);
  for (const t of c.tests) {
    if (!units.has(t.unit)) add(t.file, "unit", `unknown unit "${t.unit}"`);
    if (t.section !== undefined) {
      const s = sections.get(t.section);
      if (!s) add(t.file, "section", `unknown section "${t.section}"`);
      else if (s.unitSlug !== t.unit) add(t.file, "section", `section "${t.section}" belongs to unit "${s.unitSlug}", not "${t.unit}"`);
    }
    const inTest = new Set<string>();
    t.items.forEach((ref, k) => {
      if (inTest.has(ref.slug)) add(t.file, `items[${k}]`, `item "${ref.slug}" is listed twice`);
      inTest.add(ref.slug);
      const item = items.get(ref.slug);
      if (!item && broken.has(ref.slug)) return;
      if (!item) {
        add(
          t.file,
          `items[${k}]`,
          allSlugs.has(ref.slug) ? `"${ref.slug}" is a code exercise, not a question` : `unknown item "${ref.slug}"`,
        );
        return;
      }
      const s = sections.get(item.data.section);
      if (s && s.unitSlug !== t.unit) add(t.file, `items[${k}]`, `item "${ref.slug}" belongs to unit "${s.unitSlug}", not "${t.unit}"`);
      if (t.section !== undefined && item.data.section !== t.section)
        add(t.file, `items[${k}]`, `item "${ref.slug}" is in section "${item.data.section}", not "${t.section}"`);
    });
  }

  // Mock exams: their course and plan against the bank they will draw from (lib/mock-exam/plan.ts). A bank smaller
  // than `questions` is no error: the draw takes what there is and says so (lib/mock-exam/draw.ts).
  const courses = new Set(c.courses.map((x) => x.slug));
  for (const m of c.mockTests) {
    if (!courses.has(m.course)) add(m.file, "course", `unknown course "${m.course}"`);
    else for (const i of planIssues(m.plan, contentBank(c, m.course))) add(m.file, i.path, i.message);
  }

  // Positions should be unique among siblings so that order never depends on directory listing.
  const dupPos = <T extends { position: number; file: string; slug: string }>(list: T[], key: (x: T) => string, what: string) => {
    const m = new Map<string, string>();
    for (const x of list) {
      const k = `${key(x)}#${x.position}`;
      const prev = m.get(k);
      if (prev) add(x.file, "position", `${what} position ${x.position} is also used by "${prev}"`);
      else m.set(k, x.slug);
    }
  };
  dupPos(c.units, (u) => u.courseSlug, "unit");
  dupPos(c.sections, (s) => s.unitSlug, "section");
}
