// Rebuilds a gradeable ItemFile (lib/content/schema.ts) from a stored ItemVersion (content + answer JSON),
// and the per-attempt variant of an item (option order, drawn parameters).
import type { ItemFile } from "@/lib/content/schema";
import { drawVariant, itemSeed, renderTemplate } from "@/lib/content/params";
import { shuffleOptions } from "@/lib/grading/choice";

type J = Record<string, unknown>;
export type ItemKind = ItemFile["kind"];

export interface StoredVersion {
  content: unknown;
  answer: unknown;
}

const obj = (v: unknown): J => (v && typeof v === "object" && !Array.isArray(v) ? (v as J) : {});

/** The ItemFile the graders expect (defaults already applied by the loader). */
export function toItemFile(kind: ItemKind, v: StoredVersion): ItemFile {
  const c = obj(v.content);
  const a = obj(v.answer);
  const common = { section: "stored", position: 0, tags: [], hints: (c.hints as ItemFile["hints"]) ?? [], scoring: c.scoring };
  switch (kind) {
    case "single_choice":
    case "multi_choice": {
      const fbk = obj(a.optionFeedback);
      const options = ((c.options as J[]) ?? []).map((o) => ({ ...o, ...(fbk[o.id as string] ? { feedback: fbk[o.id as string] } : {}) }));
      return { ...common, kind, shuffle: c.shuffle !== false, options, answer: { correct: a.correct } } as unknown as ItemFile;
    }
    case "numeric":
      return {
        ...common,
        kind,
        parameters: a.parameters,
        constraints: a.constraints ?? [],
        base: a.base,
        answer: a.fields,
        scoring: c.scoring ?? { rule: "all_or_nothing" },
      } as unknown as ItemFile;
    case "formula": {
      const { variables, ...answer } = a;
      return { ...common, kind, variables, answer } as unknown as ItemFile;
    }
    case "code_blank":
      return { ...common, kind, language: "python", template: c.template, answer: a } as unknown as ItemFile;
    case "short_text":
      return { ...common, kind, maxLength: c.maxLength ?? 200, answer: a } as unknown as ItemFile;
  }
}

/** Seed for this item's variant and option order within an attempt. */
export function variantSeedFor(attemptSeed: number, slug: string): number {
  return itemSeed(attemptSeed, slug);
}

/** Drawn parameter values of a numeric item in this attempt ({} for other kinds). */
export function paramsFor(item: ItemFile, attemptSeed: number, slug: string): Record<string, number> {
  if (item.kind !== "numeric") return {};
  const hasParams = item.parameters && Object.keys(item.parameters).length > 0;
  return drawVariant(
    { parameters: item.parameters, constraints: item.constraints ?? [], base: item.base },
    hasParams ? variantSeedFor(attemptSeed, slug) : null,
  ).values;
}

/** Option ids in the order this attempt shows them. */
export function optionOrder(item: ItemFile, attemptSeed: number, slug: string): string[] {
  if (item.kind !== "single_choice" && item.kind !== "multi_choice") return [];
  const ids = item.options.map((o) => o.id);
  return item.shuffle ? shuffleOptions(ids, variantSeedFor(attemptSeed, slug)) : ids;
}

/** Question order: authored order in practice; shuffled by the attempt seed in an exam. */
export function questionOrder<T extends { slug: string }>(items: T[], mode: "practice" | "exam", attemptSeed: number): T[] {
  if (mode === "practice") return items;
  const order = shuffleOptions(
    items.map((i) => i.slug),
    (attemptSeed ^ 0x5bd1e995) >>> 0,
  );
  const bySlug = new Map(items.map((i) => [i.slug, i]));
  return order.map((s) => bySlug.get(s)!);
}

export { renderTemplate };
