// Deterministic parameter draws for parameterised numeric items.
import { evaluateBoolean, evaluateNumber, type Scope } from "./math";
import type { ParamSpec } from "./schema";

/** mulberry32: a small, fast 32-bit PRNG; same seed → same sequence on every platform. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a 32-bit hash of a string. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Seed for one item inside an attempt: mixes the attempt's seed with the item's slug. */
export function itemSeed(attemptSeed: number, slug: string): number {
  return (fnv1a(slug) ^ Math.imul(attemptSeed >>> 0, 0x9e3779b1)) >>> 0;
}

/** The values a parameter can take, in order. */
export function paramValues(spec: ParamSpec): number[] {
  if ("choices" in spec) return [...spec.choices];
  const [min, max] = spec.range;
  const step = spec.step ?? 1;
  const out: number[] = [];
  const n = Math.floor((max - min) / step + 1e-9);
  for (let k = 0; k <= n; k++) out.push(roundTo(min + k * step, step));
  return out;
}

function roundTo(x: number, step: number): number {
  // Avoid 0.30000000000000004 for fractional steps.
  const decimals = Math.max(0, Math.min(12, Math.ceil(-Math.log10(step)) + 2));
  return Number(x.toFixed(decimals));
}

export interface ParamBlock {
  parameters?: Record<string, ParamSpec>;
  constraints: string[];
  base?: Record<string, number>;
}

export interface Variant {
  seed: number | null;
  values: Scope;
  /** Draws rejected before this one was accepted. */
  rejected: number;
}

export class VariantError extends Error {}

export const MAX_DRAWS = 10_000;

export function constraintsHold(block: ParamBlock, values: Scope): boolean {
  return block.constraints.every((c) => evaluateBoolean(c, values));
}

/**
 * Draws a variant: seed → values, by rejection sampling on the constraints.
 * `seed === null` returns the base variant.
 */
export function drawVariant(block: ParamBlock, seed: number | null): Variant {
  const params = block.parameters ?? {};
  const names = Object.keys(params).sort();
  if (seed === null || names.length === 0) {
    const values = { ...(block.base ?? {}) };
    return { seed: null, values, rejected: 0 };
  }
  const rand = mulberry32(seed);
  const domains = names.map((n) => paramValues(params[n]!));
  for (let attempt = 0; attempt < MAX_DRAWS; attempt++) {
    const values: Scope = {};
    names.forEach((n, i) => {
      const dom = domains[i]!;
      values[n] = dom[Math.floor(rand() * dom.length)]!;
    });
    if (constraintsHold(block, values)) return { seed, values, rejected: attempt };
  }
  throw new VariantError(`no variant satisfying the constraints after ${MAX_DRAWS} draws (seed ${seed})`);
}

/** Fills `{{name}}` placeholders of a prompt with a variant's values. */
export function renderTemplate(text: string, values: Scope): string {
  return text.replace(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (m, name: string) => (name in values ? formatNumber(values[name]!) : m));
}

export function placeholdersOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g)) out.add(m[1]!);
  return out;
}

export function formatNumber(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(12)));
}

export interface FieldLike {
  id: string;
  value?: number;
  expression?: string;
}

/** The answer values of a numeric item for a variant. */
export function answerValues(fields: FieldLike[], values: Scope): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of fields) out[f.id] = f.expression !== undefined ? evaluateNumber(f.expression, values) : f.value!;
  return out;
}
