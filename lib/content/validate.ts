// Validation, the step after reading (read → validate → prove → load): answers computable and unambiguous,
// variants valid, math renders, both locales really written, code blanks and gap-fill exercises well-formed.
//
// Model answers, equivalents, distractors and rubric samples are graded with the SAME matcher learners face
// (lib/grading gradeAnswer, with the grading context lib/attempts uses), so a check that passes here cannot be
// contradicted by the grader. Running code (code_blank items, code exercises) is proving: lib/content/prove.ts.
import katex from "katex";
import { gradeAnswer, isPending, type GradeContext, type GradeResult } from "../grading";
import { samplePoints } from "../grading/formula";
import { checkExpression, evaluateNumber, withinTolerance } from "./math";
import { answerValues, constraintsHold, drawVariant, paramValues, placeholdersOf } from "./params";
import { gapFills } from "./gapfill";
import type { Content, ContentIssue, Item } from "./model";
import { BLANK, LOCALES, type Localized, type NumericField } from "./schema";

export interface ValidateOptions {
  /** How many seeded variants of each parameterised item are drawn and graded. */
  variants: number;
}

/** np.random.default_rng (the Generator API) is not implemented by the grading engine. */
const UNSUPPORTED_RNG = /\bdefault_rng\b|\bnp\.random\.Generator\b/;
const RNG_HINT = "np.random.default_rng is not supported by the grading engine; use np.random.RandomState(SEED) or np.random.seed(SEED)";

/** The grading context lib/attempts passes for this item (minus the variant, given per check). */
function learnerContext(item: Item, extra: GradeContext = {}): GradeContext {
  return { slug: item.slug, seed: item.slug, ...extra };
}

const why = (g: GradeResult) => g.feedback.message.en;
type Criterion = { id: string; met: boolean; keyword?: string };
const criteria = (g: GradeResult) => (g.feedback.details?.criteria ?? []) as Criterion[];
/** The rubric criteria a sample missed, by id. */
const unmet = (g: GradeResult) =>
  `missed ${criteria(g)
    .filter((c) => !c.met)
    .map((c) => c.id)
    .join(", ")}`;
/** The keywords that matched, by criterion. */
const matched = (g: GradeResult) =>
  criteria(g)
    .filter((c) => c.met)
    .map((c) => `${c.id} ← "${c.keyword}"`)
    .join(", ");

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Math segments of a Markdown text (code spans and fences excluded). */
export function mathSegments(md: string): { tex: string; display: boolean }[] {
  const text = md.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  const out: { tex: string; display: boolean }[] = [];
  const rest = text.replace(/\$\$([\s\S]+?)\$\$/g, (_m, tex: string) => {
    out.push({ tex, display: true });
    return " ";
  });
  for (const m of rest.replace(/\\\$/g, "").matchAll(/\$([^$\n]+?)\$/g)) out.push({ tex: m[1]!, display: false });
  const unbalanced = (
    rest
      .replace(/\\\$/g, "")
      .replace(/\$([^$\n]+?)\$/g, "")
      .match(/\$/g) ?? []
  ).length;
  if (unbalanced) out.push({ tex: "\\unbalanced$", display: false });
  return out;
}

export function checkMath(md: string): string | null {
  for (const seg of mathSegments(md)) {
    if (seg.tex === "\\unbalanced$") return "unbalanced $ delimiter";
    try {
      katex.renderToString(seg.tex, { throwOnError: true, displayMode: seg.display, strict: "ignore" });
    } catch (e) {
      return `KaTeX: ${(e as Error).message.split("\n")[0]} in $${seg.tex}$`;
    }
  }
  return null;
}

export async function validateContent(content: Content, opts: ValidateOptions): Promise<ContentIssue[]> {
  const issues: ContentIssue[] = [];
  for (const item of content.items) {
    const add = (path: string, message: string, file = item.file) => issues.push({ file, path, message });
    try {
      await checkItem(item, opts, add);
    } catch (e) {
      add("", `check crashed: ${(e as Error).message}`);
    }
  }
  for (const ex of content.exercises) {
    const add = (file: string, path: string, message: string) => issues.push({ file, path, message });
    checkLocalizedMd(ex.prompt, `${ex.dir}/prompt`, (f, m) => add(f, "", m));
    if (ex.explanation) checkLocalizedMd(ex.explanation, `${ex.dir}/explanation`, (f, m) => add(f, "", m));
    ex.hints.forEach((h, k) => checkLocalizedInline(h, `[${k}]`, (p, m) => add(`${ex.dir}/hints.yaml`, p, m)));
    const names = new Set<string>();
    ex.data.tests.forEach((t, k) => {
      if (names.has(t.name)) add(ex.file, `tests[${k}].name`, `duplicate test name "${t.name}"`);
      names.add(t.name);
    });
    if (!/\bSEED\b/.test(ex.setup)) add(`${ex.dir}/setup.py`, "", "setup.py must build its inputs from SEED");
    if (ex.solution.includes(BLANK)) add(`${ex.dir}/solution.py`, "", `solution still contains a blank ${BLANK}`);
    if (ex.data.mode === "gapfill") {
      const parts = ex.starter.split(BLANK);
      if (parts.length < 2) add(`${ex.dir}/starter.py`, "", `a gapfill starter needs at least one ${BLANK} blank`);
      else if (!gapFills(ex.starter, ex.solution))
        add(`${ex.dir}/solution.py`, "", "solution.py is not starter.py with its blanks filled (the code around the blanks differs)");
    }
    const gapfill = ex.data.mode === "gapfill";
    if (ex.wrong.length === 0)
      add(
        gapfill ? ex.file : `${ex.dir}/wrong`,
        gapfill ? "wrong" : "",
        gapfill ? "add at least one wrong answer (the blank fills alone)" : "add at least one wrong/*.py fixture",
      );
    const seenWrong = new Set<string>();
    ex.wrong.forEach((w, k) => {
      const where: [string, string] = gapfill ? [ex.file, `wrong[${k}]`] : [`${ex.dir}/wrong/${w.name}.py`, ""];
      if (w.code.trim() === ex.solution.trim()) add(...where, gapfill ? "these are the solution's fills" : "identical to solution.py");
      if (seenWrong.has(w.name)) add(...where, `duplicate name "${w.name}"`);
      seenWrong.add(w.name);
    });
    for (const [f, code] of [
      ["setup.py", ex.setup],
      ["solution.py", ex.solution],
      ["starter.py", ex.starter],
    ] as const)
      if (UNSUPPORTED_RNG.test(code)) add(`${ex.dir}/${f}`, "", RNG_HINT);
  }
  return issues;
}

function checkLocalizedMd(l: Localized, base: string, add: (file: string, message: string) => void): void {
  for (const loc of LOCALES) {
    const err = checkMath(l[loc]);
    if (err) add(`${base}.${loc}.md`, err);
  }
  if (!JAPANESE.test(l.ja)) add(`${base}.ja.md`, "the Japanese text contains no Japanese (untranslated?)");
}

function checkLocalizedInline(l: Localized, path: string, add: (path: string, message: string) => void): void {
  for (const loc of LOCALES) {
    const err = checkMath(l[loc]);
    if (err) add(`${path}.${loc}`, err);
  }
}

const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4 };
/** The fewest decimal places a prompt allows ("two decimal places", "two or three decimal places"), or null. */
export function decimalPlaces(prompt: string): number | null {
  const m = /\b(one|two|three|four|\d)(?: or \w+)? decimal places?\b/i.exec(prompt);
  if (!m) return null;
  return WORD_NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
}

/** How many probes validation ran (decimal-places probes of numeric items), for content:check's summary. */
export const probes = { decimals: 0 };

function numericFields(item: Item): (NumericField & { id: string })[] {
  if (item.data.kind !== "numeric") return [];
  const a = item.data.answer;
  return Array.isArray(a) ? a : [a];
}

async function checkItem(item: Item, opts: ValidateOptions, add: (path: string, message: string, file?: string) => void): Promise<void> {
  const d = item.data;
  checkLocalizedMd(item.prompt, `${item.dir}/prompt`, (f, m) => add("", m, f));
  checkLocalizedMd(item.explanation, `${item.dir}/explanation`, (f, m) => add("", m, f));
  d.hints.forEach((h, k) => checkLocalizedInline(h, `hints[${k}]`, add));

  switch (d.kind) {
    case "single_choice":
    case "multi_choice": {
      const ids = d.options.map((o) => o.id);
      ids.forEach((id, k) => {
        if (ids.indexOf(id) !== k) add(`options[${k}].id`, `duplicate option id "${id}"`);
      });
      d.options.forEach((o, k) => {
        checkLocalizedInline({ en: o.en, ja: o.ja }, `options[${k}]`, add);
        if (o.feedback) checkLocalizedInline(o.feedback, `options[${k}].feedback`, add);
      });
      for (const loc of LOCALES) {
        const texts = d.options.map((o) => o[loc].trim());
        texts.forEach((t, k) => {
          if (texts.indexOf(t) !== k) add(`options[${k}].${loc}`, "two options have the same text (ambiguous)");
        });
      }
      const correct = d.kind === "single_choice" ? [d.answer.correct] : d.answer.correct;
      // A learner who picks a wrong option is told why it is wrong.
      d.options.forEach((o, k) => {
        if (!correct.includes(o.id) && !o.feedback)
          add(`options[${k}].feedback`, `wrong option "${o.id}" needs feedback (why it is wrong)`);
      });
      correct.forEach((c, k) => {
        const p = d.kind === "single_choice" ? "answer.correct" : `answer.correct[${k}]`;
        if (!ids.includes(c)) add(p, `no option has id "${c}"`);
        if (correct.indexOf(c) !== k) add(p, `"${c}" is listed twice`);
      });
      if (d.kind === "single_choice") {
        if (!correct.every((c) => ids.includes(c))) break;
        const key = await gradeAnswer(d, d.answer.correct, learnerContext(item));
        if (!key.correct || key.score !== 1) add("answer.correct", `the key is not graded correct: ${why(key)}`);
        for (const [k, id] of ids.entries()) {
          if (id === d.answer.correct) continue;
          const g = await gradeAnswer(d, id, learnerContext(item));
          if (g.correct || g.score > 0) add(`options[${k}]`, `option "${id}" is graded correct but is not the key`);
        }
      } else {
        if (new Set(correct).size >= ids.length) add("answer.correct", "every option is correct; keep at least one wrong option");
        // Negative marking is announced before the learner answers.
        if (d.scoring.rule === "right_minus_wrong") {
          if (!/takes? (some|credit) away|deduct|subtract|minus/i.test(item.prompt.en))
            add(
              "",
              "right_minus_wrong scoring: say in the prompt that each wrong choice takes some credit away",
              `${item.dir}/prompt.en.md`,
            );
          if (!item.prompt.ja.includes("減点"))
            add("", "right_minus_wrong scoring: say in the prompt that a wrong choice is 減点", `${item.dir}/prompt.ja.md`);
        }
        if (!correct.every((c) => ids.includes(c))) break;
        // The partial-credit rule must give full marks to the key and less to everything else tried.
        const key = await gradeAnswer(d, correct, learnerContext(item));
        if (!key.correct || key.score !== 1) add("scoring.rule", `the key does not score 1: ${why(key)}`);
        const all = await gradeAnswer(d, ids, learnerContext(item));
        if (all.correct || all.score >= 1) add("scoring.rule", "selecting every option scores full marks");
        const first = ids.find((id) => !correct.includes(id));
        if (first !== undefined) {
          const extra = await gradeAnswer(d, [...correct, first], learnerContext(item));
          if (extra.correct) add("scoring.rule", `the key plus the wrong option "${first}" is graded correct`);
        }
      }
      break;
    }
    case "numeric":
      await checkNumeric(item, opts, add);
      break;
    case "formula": {
      const vars = Object.keys(d.variables);
      if (vars.length === 0) add("variables", "declare at least one variable");
      const exprs: [string, string][] = [
        ["answer.expression", d.answer.expression],
        ...d.answer.equivalents.map((e, k): [string, string] => [`answer.equivalents[${k}]`, e]),
        ...d.answer.distractors.map((e, k): [string, string] => [`answer.distractors[${k}].expression`, e.expression]),
      ];
      let bad = false;
      for (const [p, e] of exprs) {
        const err = checkExpression(e, vars);
        if (err) {
          add(p, err);
          bad = true;
        }
      }
      if (bad) break;
      const pts = samplePoints(d.variables, Math.max(d.answer.samples, 50), `check:${item.slug}`);
      let finite = 0;
      for (const p of pts) {
        const v = evaluateNumber(d.answer.expression, p);
        if (Number.isFinite(v)) finite++;
      }
      if (finite < pts.length)
        add("answer.expression", `not finite at ${pts.length - finite} of ${pts.length} sample points; narrow the domains`);
      const key = await gradeAnswer(d, d.answer.expression, learnerContext(item));
      if (!key.correct) add("answer.expression", `the answer itself is not graded correct: ${why(key)}`);
      for (const [k, e] of d.answer.equivalents.entries()) {
        const g = await gradeAnswer(d, e, learnerContext(item));
        if (!g.correct) add(`answer.equivalents[${k}]`, `not accepted as equivalent to answer.expression: ${why(g)}`);
      }
      for (const [k, e] of d.answer.distractors.entries()) {
        const g = await gradeAnswer(d, e.expression, learnerContext(item));
        if (g.correct) add(`answer.distractors[${k}].expression`, "indistinguishable from the answer at the grading sample points");
      }
      break;
    }
    case "code_blank": {
      const blanks = d.template.split(BLANK).length - 1;
      if (blanks !== 1) add("template", `the template must contain exactly one ${BLANK} (found ${blanks})`);
      const fills: [string, string][] = [
        ["answer.reference", d.answer.reference],
        ...d.answer.accept.map((a, k): [string, string] => [`answer.accept[${k}]`, a]),
        ...d.answer.wrong.map((a, k): [string, string] => [`answer.wrong[${k}]`, a]),
      ];
      for (const [p, f] of fills) {
        if (f.includes(BLANK)) add(p, `contains the blank marker ${BLANK}`);
        if (f.includes("\n")) add(p, "a blank is filled with a single line");
      }
      d.answer.wrong.forEach((w, k) => {
        if (w.trim() === d.answer.reference.trim() || d.answer.accept.some((a) => a.trim() === w.trim()))
          add(`answer.wrong[${k}]`, "also listed as correct");
      });
      if (d.answer.wrong.length === 0) add("answer.wrong", "add at least one typical wrong filling (proves the comparison discriminates)");
      if (!/\bSEED\b/.test(d.answer.setup))
        add(
          "answer.setup",
          "build the inputs from SEED (e.g. rng = np.random.RandomState(SEED)) so that every grading seed tests a different input",
        );
      if (UNSUPPORTED_RNG.test(d.answer.setup)) add("answer.setup", RNG_HINT);
      if (UNSUPPORTED_RNG.test(d.template)) add("template", RNG_HINT);
      break;
    }
    case "short_text": {
      const ids = d.answer.rubric.map((c) => c.id);
      ids.forEach((id, k) => {
        if (ids.indexOf(id) !== k) add(`answer.rubric[${k}].id`, `duplicate criterion id "${id}"`);
      });
      for (const loc of LOCALES) {
        // The provisional score must agree with every sample: right ones score 1, wrong ones less.
        for (const [k, s] of d.answer.rightSamples[loc].entries()) {
          const g = await gradeAnswer(d, s, learnerContext(item));
          if (!isPending(g)) add(`answer.rightSamples.${loc}[${k}]`, `right sample rejected: ${why(g)}`);
          else if (g.provisionalScore < 1)
            add(`answer.rightSamples.${loc}[${k}]`, `right sample scores ${g.provisionalScore.toFixed(2)}, not 1 (${unmet(g)})`);
        }
        for (const [k, s] of d.answer.wrongSamples[loc].entries()) {
          const g = await gradeAnswer(d, s, learnerContext(item));
          if (isPending(g) && g.provisionalScore >= 1)
            add(`answer.wrongSamples.${loc}[${k}]`, `wrong sample scores full marks (rubric too loose: ${matched(g)})`);
        }
      }
      break;
    }
  }

  if (d.kind !== "numeric") {
    for (const loc of LOCALES) {
      const ph = placeholdersOf(item.prompt[loc]);
      if (ph.size) add("", `placeholders {{${[...ph].join("}}, {{")}}} but the item has no parameters`, `${item.dir}/prompt.${loc}.md`);
    }
  }
}

async function checkNumeric(item: Item, opts: ValidateOptions, add: (path: string, message: string, file?: string) => void): Promise<void> {
  const d = item.data;
  if (d.kind !== "numeric") return;
  const fields = numericFields(item);
  const multi = Array.isArray(d.answer);
  const fp = (k: number, key: string) => (multi ? `answer[${k}].${key}` : `answer.${key}`);
  const params = d.parameters ?? {};
  const names = Object.keys(params);

  fields.forEach((f, k) => {
    if (fields.findIndex((g) => g.id === f.id) !== k) add(fp(k, "id"), `duplicate field id "${f.id}"`);
    if ((f.value === undefined) === (f.expression === undefined))
      add(multi ? `answer[${k}]` : "answer", "give exactly one of value or expression");
  });

  // Expressions reference only parameters.
  let bad = false;
  const exprs: [string, string][] = [
    ...d.constraints.map((c, k): [string, string] => [`constraints[${k}]`, c]),
    ...fields.flatMap((f, k): [string, string][] => [
      ...(f.expression ? [[fp(k, "expression"), f.expression] as [string, string]] : []),
      ...f.distractors.map((x, j): [string, string] => [fp(k, `distractors[${j}].expression`), x.expression]),
    ]),
  ];
  for (const [p, e] of exprs) {
    const err = checkExpression(e, names);
    if (err) {
      add(p, err);
      bad = true;
    }
  }
  if (bad) return;

  // Prompt placeholders ↔ parameters.
  for (const loc of LOCALES) {
    const ph = placeholdersOf(item.prompt[loc]);
    const file = `${item.dir}/prompt.${loc}.md`;
    for (const p of ph) if (!(p in params)) add("", `placeholder {{${p}}} is not a parameter`, file);
    for (const n of names) if (!ph.has(n)) add("", `parameter ${n} never appears in the prompt as {{${n}}}`, file);
  }

  if (names.length === 0) {
    if (d.constraints.length) add("constraints", "constraints without parameters");
    if (d.base) add("base", "base without parameters");
  } else {
    if (!d.base) {
      add("base", "a parameterised item needs a base variant (the values from the course notes)");
      return;
    }
    for (const n of names) {
      if (!(n in d.base)) add(`base.${n}`, "missing");
      else if (!paramValues(params[n]!).includes(d.base[n]!)) add(`base.${n}`, `${d.base[n]} is not a value parameter ${n} can take`);
    }
    for (const n of Object.keys(d.base)) if (!(n in params)) add(`base.${n}`, "not a parameter");
    names.forEach((n) => {
      if (paramValues(params[n]!).length === 0) add(`parameters.${n}`, "has no values");
    });
  }

  // Submits `value` for field k (the other fields answered correctly) the way a learner types it, and
  // returns the grader's verdict for that field.
  const gradeField = async (values: Record<string, number>, answers: Record<string, number>, k: number, value: number) => {
    const id = fields[k]!.id;
    const response = multi ? Object.fromEntries(fields.map((f) => [f.id, String(f.id === id ? value : answers[f.id])])) : String(value);
    const g = await gradeAnswer(d, response, learnerContext(item, { params: values }));
    if (!multi) return { correct: g.correct, message: why(g) };
    const byField = (g.feedback.details?.fields ?? {}) as Record<
      string,
      { correct: boolean; feedback: { message: { en: string } } } | undefined
    >;
    return { correct: byField[id]?.correct ?? g.correct, message: byField[id]?.feedback.message.en ?? why(g) };
  };

  const places = decimalPlaces(item.prompt.en);
  const checkVariant = async (values: Record<string, number>, label: string, isBase: boolean): Promise<boolean> => {
    let ok = true;
    let answers: Record<string, number>;
    try {
      if (names.length && !constraintsHold(d, values)) {
        add(isBase ? "base" : "constraints", `${label}: constraints do not hold`);
        return false;
      }
      answers = answerValues(fields, values);
    } catch (e) {
      add("answer", `${label}: ${(e as Error).message}`);
      return false;
    }
    for (const [k, f] of fields.entries()) {
      const v = answers[f.id]!;
      const where = fp(k, f.expression ? "expression" : "value");
      if (!Number.isFinite(v)) {
        add(where, `${label}: answer is ${v}`);
        ok = false;
        continue;
      }
      if (f.integer && !Number.isInteger(Math.round(v * 1e9) / 1e9)) {
        add(fp(k, "integer"), `${label}: answer ${v} is not an integer`);
        ok = false;
      }
      const eps = 1e-9 * Math.max(1, Math.abs(v));
      if (f.range && (v < f.range[0] - eps || v > f.range[1] + eps)) {
        add(fp(k, "range"), `${label}: answer ${v} outside [${f.range[0]}, ${f.range[1]}]`);
        ok = false;
      }
      if (isBase && f.expect !== undefined && !withinTolerance(v, f.expect, { abs: 1e-9, rel: 1e-9 })) {
        add(fp(k, "expect"), `base variant gives ${v}, expected ${f.expect}`);
        ok = false;
      }
      const key = await gradeField(values, answers, k, v);
      if (!key.correct) {
        add(where, `${label}: the answer ${v} is not graded correct: ${key.message}`);
        ok = false;
      }
      // "Two decimal places are enough": rounding and truncating at that precision are both right answers.
      if (places !== null)
        for (const [how, w] of [
          ["rounded", Math.round(v * 10 ** places) / 10 ** places],
          ["truncated", Math.trunc(v * 10 ** places) / 10 ** places],
        ] as const) {
          probes.decimals++;
          const g = await gradeField(values, answers, k, w);
          if (!g.correct) {
            add(
              fp(k, "tolerance"),
              `${label}: the prompt allows ${places} decimal places, but ${v} ${how} to ${w} is graded wrong: ${g.message}`,
            );
            ok = false;
          }
        }
      for (const [j, x] of f.distractors.entries()) {
        let w: number;
        try {
          w = evaluateNumber(x.expression, values);
        } catch (e) {
          add(fp(k, `distractors[${j}].expression`), `${label}: ${(e as Error).message}`);
          ok = false;
          continue;
        }
        if (!Number.isFinite(w)) continue;
        if ((await gradeField(values, answers, k, w)).correct) {
          add(fp(k, `distractors[${j}].expression`), `${label}: gives ${w}, graded correct against the answer ${v} (ambiguous)`);
          ok = false;
        }
      }
    }
    return ok;
  };

  await checkVariant(d.base ?? {}, "base variant", true);
  if (names.length === 0) {
    fields.forEach((f, k) => {
      if (f.expect !== undefined && f.value !== undefined && f.value !== f.expect) add(fp(k, "expect"), "differs from value");
    });
    return;
  }
  let distinct = new Set<string>();
  for (let seed = 1; seed <= opts.variants; seed++) {
    let variant;
    try {
      variant = drawVariant(d, seed);
    } catch (e) {
      add("constraints", `seed ${seed}: ${(e as Error).message}`);
      return;
    }
    distinct.add(JSON.stringify(variant.values));
    if (!(await checkVariant(variant.values, `seed ${seed} (${JSON.stringify(variant.values)})`, false))) return; // one report per item
  }
  if (opts.variants >= 50 && distinct.size < 5) add("parameters", `only ${distinct.size} distinct variants in ${opts.variants} draws`);
  distinct = new Set();
}
