// Loads the content tree into the database: idempotent, keyed by slugs, all in one transaction.
// Items and exercises get a new version only when their content hash changes; versions are never deleted,
// and items/exercises that disappeared from the tree are marked retired.
// The rows already there are read a table at a time and new items, exercises and tests are inserted in batches: one
// query per row made the first load of the bank (~250 items and exercises, 32 tests) some 800 round trips.
import { createHash, randomUUID } from "node:crypto";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { expectationsFor } from "../exercises/expectations";
import { checkContent } from "./pipeline";
import type { Content, Exercise, Item } from "./model";

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}
export interface VersionedCounts extends Counts {
  /** New versions written (including version 1 of new entries). */
  versions: number;
  retired: number;
}
export interface LoadSummary {
  courses: Counts;
  units: Counts;
  sections: Counts;
  items: VersionedCounts;
  exercises: VersionedCounts;
  tests: Counts & { deleted: number };
  warnings: string[];
}

type Json = Prisma.InputJsonValue;

// ---------------------------------------------------------------------------------------------
// Canonical JSON and hashing

/** JSON with sorted object keys and no undefined values: equal content ⇒ equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = sortKeys(x);
    }
    return out;
  }
  return v;
}

export function contentHash(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}

/** Round-trips through canonical JSON so that what is stored is exactly what was hashed. */
function toJson(v: unknown): Json {
  return JSON.parse(canonicalJson(v)) as Json;
}

// ---------------------------------------------------------------------------------------------
// What the browser may see, and what stays on the server

export interface VersionPayload {
  content: Json;
  /** ItemVersion.answer or ExerciseVersion.secret */
  secret: Json;
  hash: string;
}

export function itemPayload(item: Item): VersionPayload {
  const d = item.data;
  const base = {
    kind: d.kind,
    prompt: item.prompt,
    explanation: item.explanation,
    hints: d.hints,
    tags: d.tags,
    difficulty: d.difficulty,
    scoring: d.scoring,
  };
  let content: Record<string, unknown>;
  let secret: Record<string, unknown>;
  switch (d.kind) {
    case "single_choice":
    case "multi_choice": {
      content = { ...base, shuffle: d.shuffle, options: d.options.map((o) => ({ id: o.id, en: o.en, ja: o.ja })) };
      const optionFeedback = Object.fromEntries(d.options.filter((o) => o.feedback).map((o) => [o.id, o.feedback]));
      secret = { correct: d.answer.correct, optionFeedback };
      break;
    }
    case "numeric": {
      const fields = Array.isArray(d.answer) ? d.answer : [d.answer];
      content = {
        ...base,
        parameters: Object.keys(d.parameters ?? {}).sort(),
        fields: fields.map((f) => ({ id: f.id, label: f.label, integer: f.integer })),
      };
      secret = { parameters: d.parameters ?? {}, constraints: d.constraints, base: d.base ?? {}, fields };
      break;
    }
    case "formula":
      content = {
        ...base,
        variables: Object.fromEntries(Object.entries(d.variables).map(([k, v]) => [k, { label: v.label }])),
      };
      secret = { variables: d.variables, ...d.answer };
      break;
    case "code_blank":
      content = { ...base, language: d.language, template: d.template };
      secret = { ...d.answer };
      break;
    case "short_text":
      content = { ...base, maxLength: d.maxLength };
      secret = { ...d.answer };
      break;
  }
  return { content: toJson(content), secret: toJson(secret), hash: contentHash({ content, secret }) };
}

export function exercisePayload(ex: Exercise): VersionPayload {
  const d = ex.data;
  const tests = d.tests.map((t) => ({ ...t, rtol: t.rtol ?? d.rtol, atol: t.atol ?? d.atol, dtype: t.dtype ?? d.dtype }));
  // Reference outputs, precomputed from the solution (deterministic, so the hash stays stable): the public
  // tests' ship with the public content (the browser's Run compares without the solution), the hidden
  // tests' stay in the secret (the server grades without re-running the solution).
  const expected = expectationsFor(ex);
  const pick = (hidden: boolean) => Object.fromEntries(tests.filter((t) => t.hidden === hidden).map((t) => [t.name, expected[t.name]]));
  const content = {
    title: d.title,
    mode: d.mode,
    lab: d.lab,
    tags: d.tags,
    prompt: ex.prompt,
    explanation: ex.explanation,
    hints: ex.hints,
    starter: ex.starter,
    setup: ex.setup,
    limits: d.limits,
    rtol: d.rtol,
    atol: d.atol,
    publicTests: tests.filter((t) => !t.hidden),
    publicExpected: pick(false),
    hiddenTestCount: tests.filter((t) => t.hidden).length,
  };
  const secret = {
    solution: ex.solution,
    hiddenTests: tests.filter((t) => t.hidden),
    hiddenExpected: pick(true),
    wrong: ex.wrong,
    rtol: d.rtol,
    atol: d.atol,
  };
  return { content: toJson(content), secret: toJson(secret), hash: contentHash({ content, secret }) };
}

// ---------------------------------------------------------------------------------------------
// Loading

const zero = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });
const zeroV = (): VersionedCounts => ({ ...zero(), versions: 0, retired: 0 });

export interface LoadOptions {
  /** Already-read content (otherwise read from rootDir). */
  content?: Content;
  /** Variants drawn per parameterised item while validating (default 100). */
  variants?: number;
  /**
   * Also prove every code answer in the engine (reference passes, fixtures fail) while validating. Off by default:
   * `npm start` and the tests load on every run, and the proofs (most of the load time) belong to `content:check`,
   * `content:load` and the test suite, which prove the committed tree anyway.
   */
  prove?: boolean;
}

/** Reads, validates and loads the content tree. Throws ContentError (nothing written) when the tree is invalid. */
export async function loadContent(prisma: PrismaClient, rootDir = "exercises", opts: LoadOptions = {}): Promise<LoadSummary> {
  const createSession = opts.prove ? (await import("../grading/engine-adapter")).createGradingSession : null;
  const content =
    opts.content ??
    (await checkContent(rootDir, { variants: opts.variants ?? 100, prove: createSession ? { createSession } : false })).content;
  const items = content.items.map((i) => ({ item: i, payload: itemPayload(i) }));
  const exercises = content.exercises.map((e) => ({ ex: e, payload: exercisePayload(e) }));

  return prisma.$transaction(
    async (tx) => {
      // Serialise concurrent loads.
      await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(7206105)");
      const s: LoadSummary = {
        courses: zero(),
        units: zero(),
        sections: zero(),
        items: zeroV(),
        exercises: zeroV(),
        tests: { ...zero(), deleted: 0 },
        warnings: [],
      };

      // Courses, units, sections.
      const courseIds = new Map<string, string>();
      const prevCourses = bySlug(await tx.course.findMany({ where: { slug: { in: content.courses.map((c) => c.slug) } } }));
      for (const c of content.courses) {
        const prev = prevCourses.get(c.slug);
        const data = { title: toJson(c.title), position: c.position };
        if (!prev) {
          const row = await tx.course.create({ data: { slug: c.slug, ...data } });
          courseIds.set(c.slug, row.id);
          s.courses.created++;
        } else {
          courseIds.set(c.slug, prev.id);
          if (same(prev, data)) s.courses.unchanged++;
          else {
            await tx.course.update({ where: { id: prev.id }, data });
            s.courses.updated++;
          }
        }
      }
      const unitIds = new Map<string, string>();
      const prevUnits = bySlug(await tx.unit.findMany({ where: { slug: { in: content.units.map((u) => u.slug) } } }));
      for (const u of content.units) {
        const prev = prevUnits.get(u.slug) ?? null;
        const data = { courseId: courseIds.get(u.courseSlug)!, title: toJson(u.title), position: u.position };
        unitIds.set(u.slug, await upsertRow(tx.unit, prev, u.slug, data, s.units));
      }
      const sectionIds = new Map<string, string>();
      const prevSections = bySlug(await tx.section.findMany({ where: { slug: { in: content.sections.map((x) => x.slug) } } }));
      for (const sec of content.sections) {
        const prev = prevSections.get(sec.slug) ?? null;
        const data = {
          unitId: unitIds.get(sec.unitSlug)!,
          title: toJson(sec.title),
          summary: toJson(sec.summary),
          position: sec.position,
        };
        sectionIds.set(sec.slug, await upsertRow(tx.section, prev, sec.slug, data, s.sections));
      }

      // Items.
      const itemIds = new Map<string, string>();
      const prevItems = bySlug(await tx.item.findMany({ where: { slug: { in: items.map((i) => i.item.slug) } } }));
      const latestItem = latestVersions(
        await tx.itemVersion.findMany({
          where: { itemId: { in: [...prevItems.values()].map((i) => i.id) } },
          select: { itemId: true, version: true, contentHash: true },
        }),
        (v) => v.itemId,
      );
      const newItems: Prisma.ItemCreateManyInput[] = [];
      const newItemVersions: Prisma.ItemVersionCreateManyInput[] = [];
      for (const { item, payload } of items) {
        const meta = { sectionId: sectionIds.get(item.data.section)!, kind: item.data.kind, position: item.data.position, retired: false };
        const prev = prevItems.get(item.slug);
        if (!prev) {
          const id = randomUUID();
          newItems.push({ id, slug: item.slug, ...meta, currentVersion: 1 });
          newItemVersions.push({ itemId: id, version: 1, contentHash: payload.hash, content: payload.content, answer: payload.secret });
          itemIds.set(item.slug, id);
          s.items.created++;
          s.items.versions++;
          continue;
        }
        itemIds.set(item.slug, prev.id);
        const latest = latestItem.get(prev.id);
        let changed = !same(prev, meta);
        if (!latest || latest.contentHash !== payload.hash) {
          const version = (latest?.version ?? 0) + 1;
          await tx.itemVersion.create({
            data: { itemId: prev.id, version, contentHash: payload.hash, content: payload.content, answer: payload.secret },
          });
          await tx.item.update({ where: { id: prev.id }, data: { ...meta, currentVersion: version } });
          s.items.versions++;
          changed = true;
        } else if (changed || prev.currentVersion !== latest.version) {
          await tx.item.update({ where: { id: prev.id }, data: { ...meta, currentVersion: latest.version } });
          changed = true;
        }
        if (changed) s.items.updated++;
        else s.items.unchanged++;
      }
      if (newItems.length) await tx.item.createMany({ data: newItems });
      if (newItemVersions.length) await tx.itemVersion.createMany({ data: newItemVersions });
      const retiredItems = await tx.item.updateMany({
        where: { slug: { notIn: items.map((i) => i.item.slug) }, retired: false },
        data: { retired: true },
      });
      s.items.retired = retiredItems.count;

      // Exercises.
      const prevExercises = bySlug(await tx.exercise.findMany({ where: { slug: { in: exercises.map((e) => e.ex.slug) } } }));
      const latestExercise = latestVersions(
        await tx.exerciseVersion.findMany({
          where: { exerciseId: { in: [...prevExercises.values()].map((e) => e.id) } },
          select: { exerciseId: true, version: true, contentHash: true },
        }),
        (v) => v.exerciseId,
      );
      const newExercises: Prisma.ExerciseCreateManyInput[] = [];
      const newExerciseVersions: Prisma.ExerciseVersionCreateManyInput[] = [];
      for (const { ex, payload } of exercises) {
        const meta = { sectionId: sectionIds.get(ex.data.section)!, position: ex.data.position, retired: false };
        const prev = prevExercises.get(ex.slug);
        if (!prev) {
          const id = randomUUID();
          newExercises.push({ id, slug: ex.slug, ...meta, currentVersion: 1 });
          newExerciseVersions.push({
            exerciseId: id,
            version: 1,
            contentHash: payload.hash,
            content: payload.content,
            secret: payload.secret,
          });
          s.exercises.created++;
          s.exercises.versions++;
          continue;
        }
        const latest = latestExercise.get(prev.id);
        let changed = !same(prev, meta);
        if (!latest || latest.contentHash !== payload.hash) {
          const version = (latest?.version ?? 0) + 1;
          await tx.exerciseVersion.create({
            data: { exerciseId: prev.id, version, contentHash: payload.hash, content: payload.content, secret: payload.secret },
          });
          await tx.exercise.update({ where: { id: prev.id }, data: { ...meta, currentVersion: version } });
          s.exercises.versions++;
          changed = true;
        } else if (changed || prev.currentVersion !== latest.version) {
          await tx.exercise.update({ where: { id: prev.id }, data: { ...meta, currentVersion: latest.version } });
          changed = true;
        }
        if (changed) s.exercises.updated++;
        else s.exercises.unchanged++;
      }
      if (newExercises.length) await tx.exercise.createMany({ data: newExercises });
      if (newExerciseVersions.length) await tx.exerciseVersion.createMany({ data: newExerciseVersions });
      const retiredEx = await tx.exercise.updateMany({
        where: { slug: { notIn: exercises.map((e) => e.ex.slug) }, retired: false },
        data: { retired: true },
      });
      s.exercises.retired = retiredEx.count;

      // Tests and their ordered items.
      const prevTests = bySlug(
        await tx.test.findMany({
          where: { slug: { in: content.tests.map((t) => t.slug) } },
          include: { items: { orderBy: { position: "asc" } } },
        }),
      );
      const newTests: Prisma.TestCreateManyInput[] = [];
      const newTestItems: Prisma.TestItemCreateManyInput[] = [];
      for (const t of content.tests) {
        const data = {
          unitId: unitIds.get(t.unit)!,
          sectionId: t.section ? sectionIds.get(t.section)! : null,
          title: toJson(t.title),
          timeLimitS: t.timeLimitMinutes !== undefined ? Math.round(t.timeLimitMinutes * 60) : null,
          position: t.position,
        };
        const want = t.items.map((ref, position) => ({ itemId: itemIds.get(ref.slug)!, position, points: ref.points }));
        const prev = prevTests.get(t.slug);
        if (!prev) {
          const id = randomUUID();
          newTests.push({ id, slug: t.slug, ...data });
          newTestItems.push(...want.map((w) => ({ ...w, testId: id })));
          s.tests.created++;
          continue;
        }
        const { items: have, ...prevRow } = prev;
        const itemsSame =
          have.length === want.length &&
          have.every((h, k) => h.itemId === want[k]!.itemId && h.position === want[k]!.position && h.points === want[k]!.points);
        const rowSame = same(prevRow, data) && prevRow.mockPlan === null;
        if (rowSame && itemsSame) {
          s.tests.unchanged++;
          continue;
        }
        if (!rowSame) await tx.test.update({ where: { id: prev.id }, data: { ...data, mockPlan: Prisma.DbNull } });
        if (!itemsSame) {
          await tx.testItem.deleteMany({ where: { testId: prev.id } });
          await tx.testItem.createMany({ data: want.map((w) => ({ ...w, testId: prev.id })) });
        }
        s.tests.updated++;
      }
      if (newTests.length) await tx.test.createMany({ data: newTests });
      if (newTestItems.length) await tx.testItem.createMany({ data: newTestItems });
      // Mock exams: no items of their own (each attempt draws from the course's bank, lib/mock-exam). The row hangs
      // on the course's first unit (Test.unitId is required); the course map lists mock exams apart from units.
      for (const m of content.mockTests) {
        const first = content.units
          .filter((u) => u.courseSlug === m.course)
          .sort((a, b) => a.position - b.position || a.slug.localeCompare(b.slug))[0];
        if (!first) throw new Error(`mock exam "${m.slug}": course "${m.course}" has no unit`);
        const data = {
          unitId: unitIds.get(first.slug)!,
          sectionId: null,
          title: toJson(m.title),
          timeLimitS: m.plan.timeLimitMinutes * 60,
          position: m.position,
          mockPlan: toJson(m.plan),
        };
        const prev = await tx.test.findUnique({ where: { slug: m.slug }, include: { _count: { select: { items: true } } } });
        if (!prev) {
          await tx.test.create({ data: { slug: m.slug, ...data } });
          s.tests.created++;
        } else if (same(prev, data) && prev._count.items === 0) {
          s.tests.unchanged++;
        } else {
          await tx.testItem.deleteMany({ where: { testId: prev.id } });
          await tx.test.update({ where: { id: prev.id }, data });
          s.tests.updated++;
        }
      }
      // Tests gone from the tree: delete those never attempted; keep (and report) the others.
      const gone = await tx.test.findMany({
        where: { slug: { notIn: [...content.tests, ...content.mockTests].map((t) => t.slug) } },
        include: { _count: { select: { attempts: true } } },
      });
      for (const g of gone) {
        if (g._count.attempts === 0) {
          await tx.test.delete({ where: { id: g.id } });
          s.tests.deleted++;
        } else s.warnings.push(`test "${g.slug}" is no longer in the content tree but has attempts; kept`);
      }
      for (const [what, list, known] of [
        ["course", await tx.course.findMany({ select: { slug: true } }), content.courses],
        ["unit", await tx.unit.findMany({ select: { slug: true } }), content.units],
        ["section", await tx.section.findMany({ select: { slug: true } }), content.sections],
      ] as const) {
        const keep = new Set(known.map((k) => k.slug));
        for (const row of list) if (!keep.has(row.slug)) s.warnings.push(`${what} "${row.slug}" is no longer in the content tree; kept`);
      }
      return s;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

function bySlug<T extends { slug: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.slug, r]));
}

/** The latest version of each entry, by the entry's id. */
function latestVersions<V extends { version: number }>(rows: V[], owner: (v: V) => string): Map<string, V> {
  const latest = new Map<string, V>();
  for (const v of rows) if ((latest.get(owner(v))?.version ?? -1) < v.version) latest.set(owner(v), v);
  return latest;
}

/** True when every key of `data` has the same (JSON-equal) value in `row`. */
function same(row: Record<string, unknown>, data: Record<string, unknown>): boolean {
  return Object.keys(data).every((k) => canonicalJson(row[k] ?? null) === canonicalJson(data[k] ?? null));
}

interface UpsertDelegate {
  create(args: { data: never }): Promise<{ id: string }>;
  update(args: { where: { id: string }; data: never }): Promise<unknown>;
}

async function upsertRow(
  delegate: unknown,
  prev: ({ id: string } & Record<string, unknown>) | null,
  slug: string,
  data: Record<string, unknown>,
  counts: Counts,
): Promise<string> {
  const d = delegate as UpsertDelegate;
  if (!prev) {
    const row = await d.create({ data: { slug, ...data } as never });
    counts.created++;
    return row.id;
  }
  if (same(prev, data)) counts.unchanged++;
  else {
    await d.update({ where: { id: prev.id }, data: data as never });
    counts.updated++;
  }
  return prev.id;
}

export function formatSummary(s: LoadSummary): string {
  const c = (x: Counts) => `${x.created} created, ${x.updated} updated, ${x.unchanged} unchanged`;
  return [
    `courses:   ${c(s.courses)}`,
    `units:     ${c(s.units)}`,
    `sections:  ${c(s.sections)}`,
    `items:     ${c(s.items)}, ${s.items.retired} retired, ${s.items.versions} new version(s)`,
    `exercises: ${c(s.exercises)}, ${s.exercises.retired} retired, ${s.exercises.versions} new version(s)`,
    `tests:     ${c(s.tests)}, ${s.tests.deleted} deleted`,
    ...s.warnings.map((w) => `warning: ${w}`),
  ].join("\n");
}
