// The most common wrong answers to a numeric question, per answer field, grouped two ways:
//   byValue   — equal values (12 significant digits) or, for input that is not a number, equal normalised text;
//   byPattern — the error relative to the value expected in THAT learner's variant (parameterised questions draw
//               different numbers per attempt, so equal values mean little there). First rule that holds:
//                 distractor  the value of one of the question's known wrong computations (content `distractors`,
//                             evaluated for the variant, e.g. "forgot the +1");
//                 sign        −expected;
//                 factor      k × expected for k ∈ {2,3,4,5,1/2,1/3,1/4,1/5} or a power of ten (10^±1..10^±6);
//                 offset      expected ± 1 or ± 2, when both are integers (off-by-one counting);
//                 ratio       otherwise value / expected, rounded to 2 significant digits (expected ≠ 0);
//                 other       expected = 0.
// "Close" means within the field's own tolerance, or within a relative 1e-9 when the tolerance is exact.
// Only answers not marked fully correct are looked at (a right field of a half-right answer is skipped).
import type { ItemFile, NumericField } from "@/lib/content/schema";
import { answerValues } from "@/lib/content/params";
import { evaluateNumber } from "@/lib/content/math";
import { paramsFor, toItemFile } from "@/lib/attempts/item-file";
import { isClose, parseNumber, type NumericTolerance } from "@/lib/grading/numeric";
import { addToTally, topGroups, type Tally, type WrongGroup } from "./wrong-groups";

export type NumericPattern =
  | { kind: "distractor"; index: number; expression: string; feedback: unknown }
  | { kind: "sign" }
  | { kind: "factor"; factor: number }
  | { kind: "offset"; offset: number }
  | { kind: "ratio"; ratio: number }
  | { kind: "other" };

export type NumericValue = { kind: "value"; value: number } | { kind: "text"; text: string };

export interface NumericFieldReport {
  id: string;
  label: unknown;
  /** Wrong (non-empty) values of this field. */
  wrong: number;
  /** Empty fields in answers that were not fully correct. */
  blank: number;
  byValue: Array<WrongGroup<NumericValue>>;
  byPattern: Array<WrongGroup<NumericPattern>>;
  /** Remaining groups after the top ones (count of answers in them). */
  otherValues: number;
  otherPatterns: number;
}

export interface NumericWrongReport {
  kind: "numeric";
  parameterised: boolean;
  fields: NumericFieldReport[];
}

export interface NumericAnswerInput {
  versionId: string;
  response: unknown;
  attemptSeed: number;
}

type NumericItem = Extract<ItemFile, { kind: "numeric" }>;
type Field = NumericField;

const FACTORS = [2, 3, 4, 5, 1 / 2, 1 / 3, 1 / 4, 1 / 5, ...[1, 2, 3, 4, 5, 6].flatMap((k) => [10 ** k, 10 ** -k])];

function fieldsOf(item: NumericItem): Field[] {
  return (Array.isArray(item.answer) ? item.answer : [item.answer]) as Field[];
}

function tolerance(f: Field): NumericTolerance {
  return {
    mode: "absrel",
    ...(f.tolerance?.abs !== undefined ? { abs: f.tolerance.abs } : {}),
    ...(f.tolerance?.rel !== undefined ? { rel: f.tolerance.rel } : {}),
  };
}

const near = (v: number, target: number, tol: NumericTolerance) =>
  isClose(v, target, tol) || Math.abs(v - target) <= 1e-9 * Math.abs(target);

export function classifyNumeric(
  value: number,
  expected: number,
  distractors: Array<{ value: number; expression: string; feedback: unknown }>,
  tol: NumericTolerance,
): NumericPattern {
  for (const [index, d] of distractors.entries()) {
    if (Number.isFinite(d.value) && !near(d.value, expected, tol) && near(value, d.value, tol))
      return { kind: "distractor", index, expression: d.expression, feedback: d.feedback ?? null };
  }
  if (expected !== 0 && near(-value, expected, tol)) return { kind: "sign" };
  if (expected !== 0) {
    for (const k of FACTORS) if (near(value, k * expected, tol)) return { kind: "factor", factor: k };
  }
  if (Number.isInteger(value) && Number.isInteger(expected) && Math.abs(value - expected) <= 2)
    return { kind: "offset", offset: value - expected };
  if (expected !== 0) return { kind: "ratio", ratio: Number((value / expected).toPrecision(2)) };
  return { kind: "other" };
}

const patternKey = (p: NumericPattern) =>
  p.kind === "distractor"
    ? `d${p.index}`
    : p.kind === "factor"
      ? `f${p.factor}`
      : p.kind === "offset"
        ? `o${p.offset}`
        : p.kind === "ratio"
          ? `r${p.ratio}`
          : p.kind;

/** The raw text of one field of a stored numeric response ({field: text}, or a bare string/number). */
function fieldText(response: unknown, fieldId: string, single: boolean): string {
  if (typeof response === "string" || typeof response === "number") return single ? String(response) : "";
  if (response && typeof response === "object" && !Array.isArray(response)) {
    const v = (response as Record<string, unknown>)[fieldId];
    return typeof v === "string" || typeof v === "number" ? String(v) : "";
  }
  return "";
}

export function numericWrongAnswers(
  slug: string,
  versions: Map<string, { content: unknown; answer: unknown }>,
  currentVersionId: string,
  answers: NumericAnswerInput[],
  limit = 10,
): NumericWrongReport {
  const items = new Map<string, NumericItem>();
  const itemOf = (id: string) => {
    let it = items.get(id);
    if (!it) items.set(id, (it = toItemFile("numeric", versions.get(id) ?? { content: {}, answer: {} }) as NumericItem));
    return it;
  };
  const current = itemOf(currentVersionId);
  const parameterised = Object.keys(current.parameters ?? {}).length > 0;
  const tallies = new Map<string, { wrong: number; blank: number; values: Tally<NumericValue>; patterns: Tally<NumericPattern> }>();
  const tally = (id: string) => {
    let t = tallies.get(id);
    if (!t) tallies.set(id, (t = { wrong: 0, blank: 0, values: new Map(), patterns: new Map() }));
    return t;
  };
  for (const a of answers) {
    const item = itemOf(a.versionId);
    const fields = fieldsOf(item);
    if (fields.length === 0) continue;
    let params: Record<string, number>;
    let expected: Record<string, number>;
    try {
      params = paramsFor(item, a.attemptSeed, slug);
      expected = answerValues(fields, params);
    } catch {
      continue; // a version whose variant cannot be drawn any more: nothing to compare with
    }
    for (const f of fields) {
      const raw = fieldText(a.response, f.id, fields.length === 1).trim();
      const t = tally(f.id);
      if (raw === "") {
        t.blank++;
        continue;
      }
      const tol = tolerance(f);
      const parsed = parseNumber(raw);
      if (!parsed.ok) {
        t.wrong++;
        add(t.values, `t:${raw.normalize("NFKC").toLowerCase()}`, { kind: "text", text: raw.normalize("NFKC") }, raw);
        continue;
      }
      const want = expected[f.id]!;
      if (isClose(parsed.value, want, tol)) continue;
      t.wrong++;
      const value = Number(parsed.value.toPrecision(12));
      add(t.values, `v:${value}`, { kind: "value", value }, raw);
      const distractors = (f.distractors ?? []).map((d) => {
        let v = NaN;
        try {
          v = evaluateNumber(d.expression, params);
        } catch {
          /* not defined for this variant */
        }
        return { value: v, expression: d.expression, feedback: d.feedback ?? null };
      });
      const p = classifyNumeric(parsed.value, want, distractors, tol);
      add(t.patterns, patternKey(p), p, `${raw} (${fmt(want)})`);
    }
  }
  const currentFields = fieldsOf(current);
  const ids = [...new Set([...currentFields.map((f) => f.id), ...tallies.keys()])];
  return {
    kind: "numeric",
    parameterised,
    fields: ids.map((id) => {
      const t = tallies.get(id) ?? tally(id);
      const values = topGroups(t.values, t.wrong, limit);
      const patterns = topGroups(t.patterns, t.wrong, limit);
      return {
        id,
        label: currentFields.find((f) => f.id === id)?.label ?? null,
        wrong: t.wrong,
        blank: t.blank,
        byValue: values.groups,
        byPattern: patterns.groups,
        otherValues: values.rest,
        otherPatterns: patterns.rest,
      };
    }),
  };
}

const fmt = (x: number) => String(Number(x.toPrecision(6)));

const add = <L>(tally: Tally<L>, key: string, label: L, example: string) => addToTally(tally, key, label, example);
