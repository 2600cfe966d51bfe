// zod schemas for the content tree under exercises/ (see docs in exercises/README.md).
// Every object is strict: an unknown key is an error, so a typo in a YAML key never passes silently.
import { z } from "zod";

export const LOCALES = ["en", "ja"] as const;
export type Locale = (typeof LOCALES)[number];

export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const Slug = z.string().regex(SLUG_RE, "must be a lowercase slug (a-z, 0-9, single dashes)");
/** Identifier usable inside a mathjs expression and as a Python/option id. */
export const Ident = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an identifier ([A-Za-z_][A-Za-z0-9_]*)");

const nonEmpty = z.string().trim().min(1, "must not be empty");
export const Localized = z.strictObject({ en: nonEmpty, ja: nonEmpty });
export type Localized = z.infer<typeof Localized>;

// ---------------------------------------------------------------------------------------------
// Course / unit / section

export const CourseFile = z.strictObject({
  title: Localized,
  position: z.int().min(0).default(0),
});
export const UnitFile = z.strictObject({
  title: Localized,
  summary: Localized.optional(),
  position: z.int().min(0).default(0),
});
export const SectionFile = z.strictObject({
  title: Localized,
  summary: Localized,
  position: z.int().min(0),
});

// ---------------------------------------------------------------------------------------------
// Questions (items)

export const Hint = Localized;
const Hints = z.array(Hint).min(1, "at least one hint is required");

const Common = {
  section: Slug,
  position: z.int().min(0).default(0),
  tags: z.array(Slug).default([]),
  difficulty: z.int().min(1).max(3).optional(),
  hints: Hints,
};

export const ChoiceOption = z.strictObject({
  id: Ident,
  en: nonEmpty,
  ja: nonEmpty,
  /** Shown after answering when this option was picked (e.g. why a common misconception is wrong). */
  feedback: Localized.optional(),
});

export const SingleChoiceItem = z.strictObject({
  ...Common,
  kind: z.literal("single_choice"),
  shuffle: z.boolean().default(true),
  options: z.array(ChoiceOption).min(2),
  answer: z.strictObject({ correct: Ident }),
  scoring: z.strictObject({ rule: z.literal("all_or_nothing") }).default({ rule: "all_or_nothing" }),
});

/**
 * Partial-credit rules for multi_choice (n = number of options, k = number of correct options):
 * - all_or_nothing: 1 when the selected set equals the correct set, else 0.
 * - per_option: (options classified right, i.e. selected iff correct) / n.
 * - right_minus_wrong: max(0, (correct selected − wrong selected) / k).
 */
export const MultiScoringRule = z.enum(["all_or_nothing", "per_option", "right_minus_wrong"]);
export const MultiChoiceItem = z.strictObject({
  ...Common,
  kind: z.literal("multi_choice"),
  shuffle: z.boolean().default(true),
  options: z.array(ChoiceOption).min(3),
  answer: z.strictObject({ correct: z.array(Ident).min(1) }),
  scoring: z.strictObject({ rule: MultiScoringRule }),
});

export const Tolerance = z
  .strictObject({ abs: z.number().min(0).optional(), rel: z.number().min(0).optional() })
  .refine((t) => t.abs !== undefined || t.rel !== undefined, "give abs and/or rel");
export type Tolerance = z.infer<typeof Tolerance>;

export const Distractor = z.strictObject({
  expression: nonEmpty,
  feedback: Localized.optional(),
});

/** A parameter is drawn uniformly from `choices`, or from min, min+step, …, ≤ max. */
export const ParamSpec = z.union([
  z.strictObject({ choices: z.array(z.number()).min(1) }),
  z.strictObject({
    range: z.tuple([z.number(), z.number()]).refine(([a, b]) => a <= b, "range must be [min, max] with min <= max"),
    step: z.number().positive().default(1),
  }),
]);
export type ParamSpec = z.infer<typeof ParamSpec>;

export const NumericField = z.strictObject({
  id: Ident.default("value"),
  label: Localized.optional(),
  /** A fixed answer… */
  value: z.number().optional(),
  /** …or an expression over the parameters (mathjs syntax). */
  expression: nonEmpty.optional(),
  tolerance: Tolerance.default({ abs: 0 }),
  integer: z.boolean().default(false),
  /** Every drawn variant's answer must lie in [min, max]. */
  range: z.tuple([z.number(), z.number()]).optional(),
  /** Expected answer for the `base` variant: a self-test of the expression. */
  expect: z.number().optional(),
  /** Common wrong computations; every variant must tell them apart from the answer (unambiguous). */
  distractors: z.array(Distractor).default([]),
});
export type NumericField = z.infer<typeof NumericField>;

const ParamsBlock = {
  parameters: z.record(Ident, ParamSpec).optional(),
  /** Boolean mathjs expressions over the parameters; a variant is redrawn until all hold. */
  constraints: z.array(nonEmpty).default([]),
  /** The variant used when no seed is given (usually the one from the course notes). */
  base: z.record(Ident, z.number()).optional(),
};

export const NumericItem = z.strictObject({
  ...Common,
  ...ParamsBlock,
  kind: z.literal("numeric"),
  /** One field, or several (e.g. output height and width). */
  answer: z.union([NumericField, z.array(NumericField.extend({ id: Ident, label: Localized })).min(1)]),
  scoring: z.strictObject({ rule: z.enum(["all_or_nothing", "per_field"]) }).default({ rule: "all_or_nothing" }),
});

export const FormulaVariable = z.strictObject({
  domain: z.tuple([z.number(), z.number()]).refine(([a, b]) => a < b, "domain must be [min, max] with min < max"),
  label: Localized.optional(),
});
export const FormulaItem = z.strictObject({
  ...Common,
  kind: z.literal("formula"),
  /** Variables the learner may use; values are sampled from their domains to compare expressions. */
  variables: z.record(Ident, FormulaVariable),
  answer: z.strictObject({
    expression: nonEmpty,
    /** Other spellings shown in the explanation; each must be equivalent to `expression`. */
    equivalents: z.array(nonEmpty).default([]),
    tolerance: Tolerance.default({ rel: 1e-6, abs: 1e-9 }),
    samples: z.int().min(3).max(200).default(12),
    /** Common wrong formulas; each must differ from the answer at some sample point. */
    distractors: z.array(Distractor).default([]),
  }),
  scoring: z.strictObject({ rule: z.literal("all_or_nothing") }).default({ rule: "all_or_nothing" }),
});

/**
 * Mutation analysis (lib/content/mutation.ts): mutants of the reference that the grader accepts and that are
 * truly equivalent, acknowledged by id (as printed by content:check) with the reason.
 */
export const MutantsBlock = z
  .strictObject({
    accept: z.array(z.strictObject({ id: nonEmpty, reason: nonEmpty })).min(1),
  })
  .optional();
export type MutantsBlock = z.infer<typeof MutantsBlock>;

export const BLANK = "____";
/** How result dtypes are compared (lib/grading/array-compare.ts): `exact` only when the prompt says which dtype. */
export const DtypePolicy = z.enum(["numeric", "exact"]).default("numeric");
export const CodeBlankItem = z.strictObject({
  ...Common,
  kind: z.literal("code_blank"),
  language: z.literal("python").default("python"),
  /** Code shown to the learner; exactly one `____` marks the blank. */
  template: nonEmpty,
  answer: z.strictObject({
    /** Hidden Python that builds seeded inputs (NumPy); run before the template. */
    setup: nonEmpty,
    /** Reference text for the blank. */
    reference: nonEmpty,
    /** Other accepted spellings (must produce the same values). */
    accept: z.array(nonEmpty).default([]),
    /** Variables compared after running setup + filled template. */
    compare: z.array(Ident).min(1),
    rtol: z.number().min(0).default(1e-7),
    atol: z.number().min(0).default(1e-9),
    /** numeric: any number dtype passes (int ↔ float, float32 at its precision); exact: the prompt fixes the dtype. */
    dtype: DtypePolicy,
    /** Typical wrong fillings; each must change at least one compared variable (or fail). */
    wrong: z.array(nonEmpty).default([]),
  }),
  mutants: MutantsBlock,
  scoring: z.strictObject({ rule: z.literal("all_or_nothing") }).default({ rule: "all_or_nothing" }),
});

export const RubricCriterion = z.strictObject({
  id: Ident,
  points: z.number().positive().default(1),
  /** The criterion is met when the normalised response contains any keyword of the response's locale. */
  keywords: z.strictObject({ en: z.array(nonEmpty).min(1), ja: z.array(nonEmpty).min(1) }),
  description: Localized.optional(),
});
/** Sample answers per language, at least 3 each: content:check grades every one (lib/content/validate.ts). */
const SampleAnswers = z.strictObject({
  en: z.array(nonEmpty).min(3, "at least 3 samples"),
  ja: z.array(nonEmpty).min(3, "at least 3 samples"),
});
export const ShortTextItem = z.strictObject({
  ...Common,
  kind: z.literal("short_text"),
  maxLength: z.int().positive().default(200),
  answer: z.strictObject({
    rubric: z.array(RubricCriterion).min(1),
    /** Right answers, written as learners would (the first is shown as the model answer): each must score full marks. */
    rightSamples: SampleAnswers,
    /** Wrong answers (near-misses, the neighbouring concept's description, keyword salad): each must score below full marks. */
    wrongSamples: SampleAnswers,
  }),
  /**
   * - rubric_fraction: points of criteria met / total points.
   * - all_or_nothing: 1 when every criterion is met.
   */
  scoring: z.strictObject({ rule: z.enum(["rubric_fraction", "all_or_nothing"]) }).default({ rule: "rubric_fraction" }),
});

export const ItemFile = z.discriminatedUnion("kind", [
  SingleChoiceItem,
  MultiChoiceItem,
  NumericItem,
  FormulaItem,
  CodeBlankItem,
  ShortTextItem,
]);
export type ItemFile = z.infer<typeof ItemFile>;
export type ItemKind = ItemFile["kind"];

// ---------------------------------------------------------------------------------------------
// Tests (quizzes)

export const TestItemRef = z.union([Slug, z.strictObject({ slug: Slug, points: z.number().positive().default(1) })]);
export const OrdinaryTestFile = z
  .strictObject({
    title: Localized,
    unit: Slug,
    /** Absent: the test spans the whole unit. */
    section: Slug.optional(),
    mode: z.enum(["practice", "exam"]),
    timeLimitMinutes: z.number().positive().optional(),
    position: z.int().min(0).default(0),
    items: z.array(TestItemRef).min(1),
  })
  .refine((t) => t.mode !== "exam" || t.timeLimitMinutes !== undefined, {
    message: "an exam needs timeLimitMinutes",
    path: ["timeLimitMinutes"],
  });

/** Relative weights by slug (units of the course, or sections within their unit); 0 leaves one out. */
export const Weights = z.record(Slug, z.number().min(0).max(1000));
/** The limits an instructor's mock-exam settings must respect too (lib/mock-exam/config.ts). */
export const MOCK_LIMITS = { questions: { min: 1, max: 300 }, minutes: { min: 1, max: 600 } } as const;
/**
 * A mock exam (lib/mock-exam): `questions` drawn per attempt from the course's bank, stratified by unit and section
 * (`units`: weight per unit, absent = every unit equally; `sections`: weight per section within its unit, a unit
 * with none listed is drawn in proportion to its sections' banks). Always timed; taken as often as the learner likes.
 */
export const MockTestFile = z.strictObject({
  title: Localized,
  course: Slug,
  mode: z.literal("mock"),
  questions: z.int().min(MOCK_LIMITS.questions.min).max(MOCK_LIMITS.questions.max).default(100),
  timeLimitMinutes: z.int().min(MOCK_LIMITS.minutes.min).max(MOCK_LIMITS.minutes.max).default(120),
  position: z.int().min(0).default(0),
  units: Weights.optional(),
  sections: Weights.optional(),
});
export type MockTestFile = z.infer<typeof MockTestFile>;

export const TestFile = z.discriminatedUnion("mode", [OrdinaryTestFile, MockTestFile]);
export type TestFile = z.infer<typeof TestFile>;

// ---------------------------------------------------------------------------------------------
// Code exercises

export const CodeTest = z.strictObject({
  name: z.string().regex(/^[a-z0-9_]+$/, "must be snake_case"),
  description: Localized.optional(),
  hidden: z.boolean().default(false),
  points: z.number().positive().default(1),
  /** Value of SEED when setup.py runs. */
  seed: z.int().default(0),
  /** Variables compared with the reference solution's. */
  compare: z.array(Ident).default([]),
  /** Compare printed output too. */
  stdout: z.boolean().default(false),
  /** Calls `fn(args)` after the code ran and compares the return values with the reference's. */
  calls: z.array(z.strictObject({ fn: Ident, args: z.string().default("") })).default([]),
  /** Properties of the learner's run (Python boolean expressions; labs), each with the message shown when false. */
  asserts: z.array(z.strictObject({ expr: nonEmpty, message: Localized })).default([]),
  rtol: z.number().min(0).optional(),
  atol: z.number().min(0).optional(),
  dtype: z.enum(["numeric", "exact"]).optional(),
});
export const ExerciseFile = z
  .strictObject({
    section: Slug,
    position: z.int().min(0).default(0),
    title: Localized,
    mode: z.enum(["gapfill", "free"]),
    /** A lab: open-ended experiments (hyperparameters, plots); tests check properties, not exact values. */
    lab: z.boolean().default(false),
    tags: z.array(Slug).default([]),
    limits: z
      .strictObject({
        timeMs: z.int().positive().default(5000),
        memoryMb: z.int().positive().default(256),
        outputKb: z.int().positive().default(64),
      })
      .default({ timeMs: 5000, memoryMb: 256, outputKb: 64 }),
    rtol: z.number().min(0).default(1e-7),
    atol: z.number().min(0).default(1e-9),
    /** numeric: any number dtype passes (int ↔ float, float32 at its precision); exact: the prompt fixes the dtype. */
    dtype: DtypePolicy,
    tests: z.array(CodeTest).min(1),
    /**
     * A gap-fill exercise's wrong answers: the blank fills alone, one per blank in order (the rest of the program is
     * the starter's, as a learner's would be); each must fail at least one test. Free exercises keep wrong/*.py.
     */
    wrong: z
      .array(z.strictObject({ name: z.string().regex(/^[a-z0-9_]+$/, "must be snake_case"), fills: z.array(z.string().min(1)).min(1) }))
      .optional(),
    mutants: MutantsBlock,
  })
  .superRefine((e, ctx) => {
    e.tests.forEach((t, i) => {
      if (t.compare.length === 0 && !t.stdout && t.calls.length === 0 && t.asserts.length === 0)
        ctx.addIssue({ code: "custom", path: ["tests", i, "compare"], message: "compare variables, calls, asserts or set stdout: true" });
    });
    if (!e.tests.some((t) => !t.hidden))
      ctx.addIssue({ code: "custom", path: ["tests"], message: "at least one public (non-hidden) test" });
    if (!e.tests.some((t) => t.hidden)) ctx.addIssue({ code: "custom", path: ["tests"], message: "at least one hidden test" });
  });
export type ExerciseFile = z.infer<typeof ExerciseFile>;

export const HintsFile = z.array(Hint).min(1, "at least one hint is required");
