// What the exercise page (/exercises/[slug]) sends to the browser: a WHITELIST of fields from
// ExerciseVersion.content. Never spread `content`; never touch ExerciseVersion.secret here (reference solution,
// hidden tests, wrong programs). Public tests carry only what the in-browser Run needs (seed, compared names,
// tolerances, precomputed expectations when present).
import { localized, type Locale } from "@/lib/i18n/config";
import { renderInline, renderMarkdown } from "@/lib/markdown";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type Mode = "gapfill" | "free";
type Loc = { en: string; ja: string };

export interface PublicTestPayload {
  name: string;
  description: Loc | null;
  points: number;
  seed: number;
  compare: string[];
  stdout: boolean;
  rtol: number;
  atol: number;
  calls: { fn: string; args: string }[];
  asserts: { expr: string; message: Loc }[];
  /** The reference's outputs for this public test (content.publicExpected[name]), precomputed at load time. */
  expected: unknown;
}

export interface ExercisePagePayload {
  slug: string;
  version: number;
  title: string;
  mode: Mode;
  /** A lab: open-ended experiments; Run overlays the plots of several runs. */
  lab: boolean;
  tags: string[];
  /** Rendered HTML (Markdown + KaTeX, raw HTML escaped). */
  promptHtml: string;
  /** Rendered inline HTML, revealed one by one. */
  hintsHtml: string[];
  starter: string;
  setup: string;
  limits: { timeMs: number; memoryMb: number; outputKb: number };
  rtol: number;
  atol: number;
  publicTests: PublicTestPayload[];
  hiddenTestCount: number;
  section: { slug: string; title: string } | null;
  course: { slug: string; title: string } | null;
}

const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const str = (v: unknown, d = ""): string => (typeof v === "string" ? v : d);
const num = (v: unknown, d: number): number => (typeof v === "number" && Number.isFinite(v) ? v : d);
const loc = (v: unknown): Loc | null => {
  const o = obj(v);
  return typeof o.en === "string" && typeof o.ja === "string" ? { en: o.en, ja: o.ja } : null;
};

/** Pure: builds the payload from a stored content JSON. */
export function buildExercisePayload(
  input: {
    slug: string;
    version: number;
    content: unknown;
    section?: { slug: string; title: unknown } | null;
    course?: { slug: string; title: unknown } | null;
  },
  locale: Locale,
): ExercisePagePayload {
  const c = obj(input.content);
  const limits = obj(c.limits);
  const tests = Array.isArray(c.publicTests) ? c.publicTests : [];
  const publicExpected = obj(c.publicExpected);
  const rtol = num(c.rtol, 1e-7);
  const atol = num(c.atol, 1e-9);
  return {
    slug: input.slug,
    version: input.version,
    title: localized(loc(c.title) ?? { en: input.slug, ja: input.slug }, locale),
    mode: c.mode === "gapfill" ? "gapfill" : "free",
    lab: c.lab === true,
    tags: Array.isArray(c.tags) ? c.tags.filter((t): t is string => typeof t === "string") : [],
    promptHtml: renderMarkdown(localized(loc(c.prompt) ?? { en: "", ja: "" }, locale)),
    hintsHtml: (Array.isArray(c.hints) ? c.hints : [])
      .map((h) => loc(h))
      .filter((h): h is Loc => !!h)
      .map((h) => renderInline(localized(h, locale))),
    starter: str(c.starter),
    setup: str(c.setup),
    limits: { timeMs: num(limits.timeMs, 5000), memoryMb: num(limits.memoryMb, 256), outputKb: num(limits.outputKb, 64) },
    rtol,
    atol,
    publicTests: tests
      .map(obj)
      // Defence in depth: a test marked hidden never goes out, whatever list it sits in.
      .filter((t) => t.hidden !== true && typeof t.name === "string")
      .map((t) => ({
        name: str(t.name),
        description: loc(t.description),
        points: num(t.points, 1),
        seed: num(t.seed, 0),
        compare: Array.isArray(t.compare) ? t.compare.filter((x): x is string => typeof x === "string") : [],
        stdout: t.stdout === true,
        rtol: num(t.rtol, rtol),
        atol: num(t.atol, atol),
        calls: (Array.isArray(t.calls) ? t.calls : []).map(obj).map((x) => ({ fn: str(x.fn), args: str(x.args) })),
        asserts: (Array.isArray(t.asserts) ? t.asserts : [])
          .map(obj)
          .map((x) => ({ expr: str(x.expr), message: loc(x.message) ?? { en: "", ja: "" } })),
        expected: Object.hasOwn(publicExpected, str(t.name)) ? publicExpected[str(t.name)] : null,
      })),
    hiddenTestCount: Math.max(0, Math.floor(num(c.hiddenTestCount, 0))),
    section: input.section
      ? {
          slug: input.section.slug,
          title: localized(loc(input.section.title) ?? { en: input.section.slug, ja: input.section.slug }, locale),
        }
      : null,
    course: input.course
      ? { slug: input.course.slug, title: localized(loc(input.course.title) ?? { en: input.course.slug, ja: input.course.slug }, locale) }
      : null,
  };
}

/** Loads the current version of a (non-retired) exercise and builds its payload; null when there is none. */
export async function getExercisePagePayload(prisma: PrismaClient, slug: string, locale: Locale): Promise<ExercisePagePayload | null> {
  const ex = await prisma.exercise.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      retired: true,
      currentVersion: true,
      section: { select: { slug: true, title: true, unit: { select: { course: { select: { slug: true, title: true } } } } } },
    },
  });
  if (!ex || ex.retired) return null;
  const v = await prisma.exerciseVersion.findUnique({
    where: { exerciseId_version: { exerciseId: ex.id, version: ex.currentVersion } },
    // Only `content`: the secret column is not even read.
    select: { version: true, content: true },
  });
  if (!v) return null;
  return buildExercisePayload(
    { slug: ex.slug, version: v.version, content: v.content, section: ex.section, course: ex.section.unit.course },
    locale,
  );
}
