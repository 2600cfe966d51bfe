// Reading and validating content trees: errors name file and field, all are collected, nothing half-loads.
import { readFileSync } from "node:fs";
import { cp, mkdtemp, readdir, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ContentError, formatIssue } from "@/lib/content/read";
import { checkContent } from "@/lib/content/pipeline";
import { createGradingSession } from "@/lib/grading/engine-adapter";
import { countBySection } from "@/lib/content/summary";

let tmp: string;
let root: string;
/**
 * The error tests below edit Day 3 files, each in a fresh copy of the bank. The copy holds the Day 3 unit alone: every
 * check runs over everything it is given, and proving all units for each of some twenty cases would take minutes.
 */
let day3Only: string;
beforeAll(async () => {
  day3Only = await mkdtemp(path.join(os.tmpdir(), "kk-read-day3-"));
  await cp("exercises", day3Only, { recursive: true });
  const field = async (file: string, name: string) => new RegExp(`^${name}:\\s*(\\S+)`, "m").exec(await readFile(file, "utf8"))?.[1];
  const keep = async (dir: string, file: string, name: string, want: (v: string | undefined) => boolean) => {
    for (const slug of await readdir(path.join(day3Only, dir)))
      if (!want(await field(path.join(day3Only, dir, slug, file), name))) await rm(path.join(day3Only, dir, slug), { recursive: true });
  };
  const units = path.join(day3Only, "courses/jdla-e/units");
  for (const unit of await readdir(units)) if (unit !== "day3") await rm(path.join(units, unit), { recursive: true });
  await keep("questions", "item.yaml", "section", (v) => !!v?.startsWith("day3-"));
  await keep("code", "exercise.yaml", "section", (v) => !!v?.startsWith("day3-"));
  await keep("tests", "test.yaml", "unit", (v) => v === "day3");
});
afterAll(async () => {
  await rm(day3Only, { recursive: true, force: true });
});
beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "kk-read-"));
  root = path.join(tmp, "exercises");
  await cp(day3Only, root, { recursive: true });
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function edit(rel: string, fn: (s: string) => string) {
  const f = path.join(root, rel);
  await writeFile(f, fn(await readFile(f, "utf8")));
}

/** Read → validate → prove (no mutation analysis: tests/content/mutation.test.ts). */
const PROVE = { createSession: createGradingSession, mutants: false as const };

const readFileSyncText = (f: string) => readFileSync(f, "utf8");

async function errors(): Promise<string[]> {
  try {
    await checkContent(root, { variants: 20, prove: PROVE });
  } catch (e) {
    if (e instanceof ContentError) return e.issues.map((i) => formatIssue(i).replace(root, "exercises"));
    throw e;
  }
  return [];
}

describe("the real bank", () => {
  it("passes every check", async () => {
    const { content: c } = await checkContent("exercises", { variants: 500, prove: PROVE });
    expect(c.items.length).toBeGreaterThanOrEqual(45);
    // Every section has at least five items and its own practice test.
    for (const [slug, row] of countBySection(c)) {
      expect(
        Object.values(row).reduce((a, b) => a + b, 0),
        slug,
      ).toBeGreaterThanOrEqual(5);
      expect(
        c.tests.some((t) => t.section === slug),
        slug,
      ).toBe(true);
    }
    const exam = c.tests.find((t) => t.mode === "exam")!;
    expect(exam.timeLimitMinutes).toBeGreaterThan(0);
    expect(exam.items.length).toBeGreaterThanOrEqual(20);
    for (const kind of ["single_choice", "multi_choice", "numeric", "formula", "code_blank", "short_text"])
      expect(
        c.items.some((i) => i.data.kind === kind),
        kind,
      ).toBe(true);
  });
});

describe("schema errors", () => {
  it("name the file and the field", async () => {
    await edit("questions/rnn-param-count/item.yaml", (s) => s.replace("expect: 620", 'expect: "620"'));
    const errs = await errors();
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/^exercises\/questions\/rnn-param-count\/item\.yaml: answer\.expect: .*expected number, received string/i);
  });

  it("report answer.value for a non-numeric fixed answer", async () => {
    await mkdir(path.join(root, "questions", "rnn-weights"));
    await cp(path.join(root, "questions", "rnn-param-count"), path.join(root, "questions", "rnn-weights"), { recursive: true });
    await writeFile(
      path.join(root, "questions", "rnn-weights", "item.yaml"),
      "section: day3-rnn\nkind: numeric\nposition: 99\nanswer:\n  value: three\nhints:\n  - { en: hint, ja: ヒント }\n",
    );
    const errs = await errors();
    expect(errs).toContainEqual(
      expect.stringMatching(/^exercises\/questions\/rnn-weights\/item\.yaml: answer\.value: .*expected number, received string/i),
    );
  });

  it("are all collected across files (not just the first)", async () => {
    await edit("questions/rnn-three-weights/item.yaml", (s) => s.replace("kind: multi_choice", "kind: multiple"));
    await edit("questions/lstm-peephole/prompt.ja.md", () => "");
    await edit("tests/day3-exam/test.yaml", (s) => s.replace("timeLimitMinutes: 30\n", ""));
    await edit("courses/jdla-e/units/day3/sections/day3-gru/section.yaml", (s) => s.replace(/summary:\n  en: .*\n/, "summary:\n"));
    await rm(path.join(root, "questions", "gru-gates", "explanation.en.md"));
    const errs = await errors();
    expect(errs.some((e) => e.startsWith("exercises/questions/rnn-three-weights/item.yaml: kind:"))).toBe(true);
    expect(errs).toContain("exercises/questions/lstm-peephole/prompt.ja.md: file is empty");
    expect(errs.some((e) => e.startsWith("exercises/tests/day3-exam/test.yaml: timeLimitMinutes: an exam needs"))).toBe(true);
    expect(errs.some((e) => e.startsWith("exercises/courses/jdla-e/units/day3/sections/day3-gru/section.yaml: summary.en:"))).toBe(true);
    expect(errs).toContain("exercises/questions/gru-gates/explanation.en.md: missing file");
  });

  it("reject unknown keys (typos) and a missing locale", async () => {
    await edit("questions/gru-gates/item.yaml", (s) => s.replace("answer: { correct: a }", "answer: { corect: a }"));
    await edit("questions/birnn-concept/item.yaml", (s) =>
      s.replace(/\n    ja: 双方向RNNの計算.*$/m, "").replace(/    ja: 各時刻で、系列の過去の情報だけでなく未来の情報も使う。\n/, ""),
    );
    const errs = await errors();
    expect(errs.some((e) => /gru-gates\/item\.yaml: answer: .*corect/.test(e) || /gru-gates\/item\.yaml: answer\.correct/.test(e))).toBe(
      true,
    );
    expect(errs.some((e) => /birnn-concept\/item\.yaml: options\[0\]\.ja: /.test(e))).toBe(true);
  });

  it("report YAML syntax errors with a line number", async () => {
    await edit("questions/gru-gates/item.yaml", (s) => s.replace("kind: single_choice", "kind: [single_choice"));
    const errs = await errors();
    expect(errs[0]).toMatch(/^exercises\/questions\/gru-gates\/item\.yaml: line \d+: YAML:/);
  });

  it("flag unexpected files in an item directory", async () => {
    await writeFile(path.join(root, "questions", "gru-gates", "prompt.jp.md"), "typo");
    expect(await errors()).toContain("exercises/questions/gru-gates/prompt.jp.md: unexpected file (typo?)");
  });
});

describe("cross-references", () => {
  it("unknown section, unknown test item, duplicate test item, section mismatch", async () => {
    await edit("questions/gru-gates/item.yaml", (s) => s.replace("section: day3-gru", "section: day3-grux"));
    await edit("tests/day3-rnn-practice/test.yaml", (s) => s + "  - no-such-item\n  - rnn-three-weights\n  - lstm-cec\n");
    const errs = await errors();
    expect(errs).toContain('exercises/questions/gru-gates/item.yaml: section: unknown section "day3-grux"');
    expect(errs.some((e) => /day3-rnn-practice\/test\.yaml: items\[\d+\]: unknown item "no-such-item"/.test(e))).toBe(true);
    expect(errs.some((e) => /day3-rnn-practice\/test\.yaml: items\[\d+\]: item "rnn-three-weights" is listed twice/.test(e))).toBe(true);
    expect(errs.some((e) => /day3-rnn-practice\/test\.yaml: items\[\d+\]: item "lstm-cec" is in section "day3-lstm"/.test(e))).toBe(true);
  });

  it("slugs must be unique across item and exercise directories", async () => {
    await cp(path.join(root, "code", "word-embedding"), path.join(root, "code", "rnn-param-count"), { recursive: true });
    expect((await errors()).some((e) => e.includes('slug "rnn-param-count" is already used'))).toBe(true);
  });

  it("a wrong answer key is caught", async () => {
    await edit("questions/bptt-sigmoid-derivative-max/item.yaml", (s) => s.replace("correct: b", "correct: z"));
    expect(await errors()).toContain('exercises/questions/bptt-sigmoid-derivative-max/item.yaml: answer.correct: no option has id "z"');
  });

  it("negative marking must be announced in the prompt", async () => {
    await edit("questions/lstm-cec/prompt.ja.md", (s) => s.replace(/正しい選択は加点.*$/m, ""));
    expect(await errors()).toContain(
      "exercises/questions/lstm-cec/prompt.ja.md: right_minus_wrong scoring: say in the prompt that a wrong choice is 減点",
    );
  });

  it("a wrong option without feedback is reported", async () => {
    await edit("questions/lstm-forget-gate/item.yaml", (s) => s.replace(/\n    feedback: \{ en: 'The CEC only stores[^\n]*/, ""));
    expect(await errors()).toContain(
      'exercises/questions/lstm-forget-gate/item.yaml: options[3].feedback: wrong option "d" needs feedback (why it is wrong)',
    );
  });
});

describe("semantic checks", () => {
  it("a numeric expression that disagrees with its declared base answer", async () => {
    await edit("questions/rnn-conv-output-size/item.yaml", (s) =>
      s.replace('expression: "(H + 2*P - FH) / S + 1"', 'expression: "(H + P - FH) / S + 1"'),
    );
    const errs = await errors();
    expect(errs.some((e) => e.includes("rnn-conv-output-size/item.yaml: answer[0].expect: base variant gives"))).toBe(true);
  });

  it("a distractor that coincides with the answer is ambiguous", async () => {
    await edit("questions/vae-kl-unit-variance/item.yaml", (s) => s.replace('    - expression: "m^2"', '    - expression: "abs(m)"'));
    expect(
      (await errors()).some((e) => /vae-kl-unit-variance\/item\.yaml: answer\.distractors\[0\]\.expression: .*ambiguous/.test(e)),
    ).toBe(true);
  });

  it("unknown symbols, bad KaTeX, untranslated Japanese, unmet rubric", async () => {
    await edit("questions/bptt-chain-rule/item.yaml", (s) => s.replace('expression: "2*(x + y)"', 'expression: "2*(x + t)"'));
    await edit("questions/gru-gates/explanation.en.md", (s) => s + "\n$\\frac{1}{$\n");
    await edit("questions/gru-gates/prompt.ja.md", () => "Which gates does a GRU have?");
    await edit("questions/vae-latent-blank/item.yaml", (s) =>
      s.replace("ja: [確率変数, 確率分布, 分布, 確率的, ランダム, 乱数, ガウス, 正規分布]", "ja: [確率変数, 潜在空間]"),
    );
    // A keyword that a wrong sample contains as a whole word: the rubric is too loose.
    await edit("questions/w2v-distributed/item.yaml", (s) =>
      s.replace("ja: [分散表現, 埋め込み, 密なベクトル, 単語ベクトル]", "ja: [分散表現, 埋め込み, 密なベクトル, 単語ベクトル, 単語]"),
    );

    const errs = await errors();
    expect(errs).toContain('exercises/questions/bptt-chain-rule/item.yaml: answer.expression: unknown symbol "t"');
    expect(errs.some((e) => e.startsWith("exercises/questions/gru-gates/explanation.en.md: KaTeX:"))).toBe(true);
    expect(errs).toContain("exercises/questions/gru-gates/prompt.ja.md: the Japanese text contains no Japanese (untranslated?)");
    expect(
      errs.some((e) => e.startsWith("exercises/questions/vae-latent-blank/item.yaml: answer.rightSamples.ja[1]: right sample scores 0.00")),
    ).toBe(true);
    expect(errs).toContain(
      'exercises/questions/w2v-distributed/item.yaml: answer.wrongSamples.ja[1]: wrong sample scores full marks (rubric too loose: term ← "単語")',
    );
  });

  it("a short-text item carries at least 3 right and 3 wrong samples per language", async () => {
    await edit("questions/lstm-drawback/item.yaml", (s) =>
      s.replace(/\n      - "Training is slow because each cell has four sets of weights\."/, ""),
    );
    expect(await errors()).toContain("exercises/questions/lstm-drawback/item.yaml: answer.rightSamples.en: at least 3 samples");
  });

  it("a code_blank template needs exactly one blank; placeholders must be parameters", async () => {
    await edit("questions/lstm-output-code/item.yaml", (s) => s.replace("h = ____", "h = ____ + ____"));
    await edit("questions/rnn-param-count/prompt.en.md", (s) => s + " ({{Q}})");
    const errs = await errors();
    expect(errs).toContain(
      "exercises/questions/lstm-output-code/item.yaml: template: the template must contain exactly one ____ (found 2)",
    );
    expect(errs).toContain("exercises/questions/rnn-param-count/prompt.en.md: placeholder {{Q}} is not a parameter");
  });

  it("unsatisfiable constraints are reported, not looped on", async () => {
    await edit("questions/gru-interpolation/item.yaml", (s) => s.replace('  - "h != hb"', '  - "h != hb"\n  - "h > 100"'));
    const errs = await errors();
    expect(errs.some((e) => e.includes("gru-interpolation/item.yaml: base: base variant: constraints do not hold"))).toBe(true);
  });

  it("answers are proved with the learners' grader: a formula distractor it accepts is reported", async () => {
    // Equivalent to the answer: the grader accepts it, so it cannot be a distractor.
    await edit("questions/bptt-chain-rule/item.yaml", (s) => s.replace(/(distractors:\n\s+- expression: )"[^"]*"/, '$1"2*x + 2*y"'));
    const errs = await errors();
    expect(
      errs.some((e) => /bptt-chain-rule\/item\.yaml: answer\.distractors\[0\]\.expression: indistinguishable/.test(e)),
      errs.join("\n"),
    ).toBe(true);
  });

  it("code_blank fillings are graded in the engine: a wrong filling that passes, an accepted one that fails", async () => {
    await edit("questions/w2v-lookup-code/item.yaml", (s) =>
      s.replace("    - W_in.dot(onehot)\n", "    - W_in[word_id, :]\n").replace("    - W_in[word_id]\n", "    - W_in[word_id + 1]\n"),
    );
    const errs = await errors();
    expect(errs).toContain(
      "exercises/questions/w2v-lookup-code/item.yaml: answer.wrong[0]: graded correct (the comparison does not catch this wrong filling)",
    );
    expect(
      errs.some((e) => e.startsWith("exercises/questions/w2v-lookup-code/item.yaml: answer.accept[0]: not accepted by the grader:")),
    ).toBe(true);
  });

  it("code_blank setups build their inputs from SEED with the legacy RandomState", async () => {
    await edit("questions/attention-context-code/item.yaml", (s) => s.replace("np.random.RandomState(SEED)", "np.random.RandomState(61)"));
    await edit("questions/gru-update-code/item.yaml", (s) => s.replace("np.random.RandomState(SEED)", "np.random.default_rng(SEED)"));
    const errs = await errors();
    expect(
      errs.some((e) => e.startsWith("exercises/questions/attention-context-code/item.yaml: answer.setup: build the inputs from SEED")),
    ).toBe(true);
    expect(errs).toContain(
      "exercises/questions/gru-update-code/item.yaml: answer.setup: np.random.default_rng is not supported by the grading engine; use np.random.RandomState(SEED) or np.random.seed(SEED)",
    );
  });

  it("code exercises run in the engine: a wrong fixture that passes every test", async () => {
    await edit(
      "code/gru-update/wrong/no_reset.py",
      () => "# same as the solution, different text\n" + readFileSyncText(path.join(root, "code/gru-update/solution.py")),
    );
    expect(await errors()).toContain("exercises/code/gru-update/wrong/no_reset.py: passes every test (the tests do not catch it)");
  });

  it("a gap-fill exercise's wrong answers are blank fills: one that passes, a wrong count, a leftover program", async () => {
    await edit("code/word-embedding/exercise.yaml", (s) => s.replace("fills: ['E[:, 0]']", "fills: ['E.dot(w)', 'E']"));
    let errs = await errors();
    expect(errs).toContain("exercises/code/word-embedding/exercise.yaml: wrong[0].fills: 2 fill(s) for the starter's 1 blank(s)");
    await edit("code/word-embedding/exercise.yaml", (s) => s.replace("fills: ['E.dot(w)', 'E']", "fills: ['w @ E.T']"));
    await mkdir(path.join(root, "code/word-embedding/wrong"));
    await writeFile(path.join(root, "code/word-embedding/wrong/old.py"), "e = 1\n");
    errs = await errors();
    expect(errs).toContain(
      "exercises/code/word-embedding/wrong: a gap-fill exercise lists its wrong answers as blank fills under `wrong:` in exercise.yaml, not as wrong/*.py programs",
    );
    await rm(path.join(root, "code/word-embedding/wrong"), { recursive: true });
    expect(await errors()).toContain(
      "exercises/code/word-embedding/exercise.yaml: wrong.first_column: passes every test (the tests do not catch it)",
    );
  });

  it("a gapfill solution must be the starter with its blanks filled", async () => {
    await edit("code/word-embedding/solution.py", (s) => s.replace("es = np.array", "es = np.asarray"));
    expect(await errors()).toContain(
      "exercises/code/word-embedding/solution.py: solution.py is not starter.py with its blanks filled (the code around the blanks differs)",
    );
  });
});
