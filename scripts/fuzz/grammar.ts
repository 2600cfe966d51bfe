// Random NumPy programs in the style of the course's code (npm run fuzz:engine): arrays of a few shapes and dtypes
// (float32/int32/uint8 mixes, small and large magnitudes), broadcasting arithmetic, integer division and modulo by
// negatives, ufuncs, reductions with axis/keepdims, argmax along axes, the course's layers (sigmoid, ReLU, softmax,
// cross-entropy, one-hot), reshape/transpose chains, indexing, boolean masks with assignment, in-place operators,
// np.where/np.clip/np.maximum, matmul, stacking, comparisons and printing (repr, print options, f-strings). Every
// statement after the imports stands alone in a try/except that prints the error, so one program compares many
// operations, and a statement can be deleted without breaking the others (minimise.ts relies on it).

/** The same seed gives the same programs (the content params' mulberry32 PRNG). */
export { mulberry32 as rng } from "../../lib/content/params";

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const SHAPES = ["(3,)", "(4,)", "(2, 3)", "(3, 2)", "(3, 4)", "(2, 3, 4)", "(1, 3)", "(4, 1)"] as const;
const DTYPES = ["np.int64", "np.float64", "np.float32", "bool"] as const;
const MORE_DTYPES = ["np.int32", "np.uint8", "np.int8", "np.float32", "np.float64", "np.int64"] as const;
const SCALARS = ["2", "-1", "0.5", "3.0", "1e-3", "-2.5", "7", "np.float32(1.5)", "True"] as const;
const NEGATIVES = ["-1", "-2", "-3", "-7", "-2.5", "np.int64(-3)", "np.float32(-1.5)"] as const;
const MAGNITUDES = ["1e-5", "1e-8", "1e5", "1e8", "1e-12", "3e10", "0.001", "1e16"] as const;

function size(shape: string): number {
  return shape
    .replace(/[(),]/g, " ")
    .trim()
    .split(/\s+/)
    .reduce((p, d) => p * Number(d), 1);
}

function creation(r: Rand): string {
  const shape = pick(r, SHAPES);
  const n = size(shape);
  switch (int(r, 0, 11)) {
    case 0:
      return `np.arange(${n}).reshape${shape}`;
    case 1:
      return `(np.arange(${n}, dtype=${pick(r, DTYPES)}) - ${int(r, 0, n)}).reshape${shape}`;
    case 2:
      return `np.linspace(${int(r, -3, 0)}, ${int(r, 1, 4)}, ${n}).reshape${shape}`;
    case 3:
      return `np.full(${shape}, ${pick(r, SCALARS)})`;
    case 4:
      return `np.random.default_rng(${int(r, 0, 99)}).standard_normal(${shape})`;
    case 5:
      return `np.random.RandomState(${int(r, 0, 99)}).randint(-5, 6, size=${shape})`;
    case 6:
      return `np.array([${Array.from({ length: n }, () => pick(r, ["0", "1", "-2", "3.5", "0.25", "-0.75", "4"])).join(", ")}]).reshape${shape}`;
    case 7:
      return `np.eye(${int(r, 2, 4)})${r() < 0.5 ? ` * ${pick(r, SCALARS)}` : ""}`;
    // magnitudes that switch NumPy's printing to scientific notation, or suppress small values
    case 8:
      return `np.random.default_rng(${int(r, 0, 99)}).standard_normal(${shape}) * ${pick(r, MAGNITUDES)}`;
    // the legacy generator the course seeds (np.random.seed / randn) and other integer dtypes
    case 9:
      return `np.random.RandomState(${int(r, 0, 99)}).randn(${shape.replace(/[()]/g, "").replace(/,\s*$/, "")})`;
    case 10:
      return `(np.arange(${n}) - ${int(r, 0, n)}).reshape${shape}.astype(${pick(r, MORE_DTYPES)})`;
    // one-hot labels
    default: {
      const k = int(r, 2, 4);
      return `np.eye(${k})[np.array([${Array.from({ length: int(r, 2, 5) }, () => int(r, 0, k - 1)).join(", ")}])]`;
    }
  }
}

/** A course-style expression over the variables defined so far. */
function expr(r: Rand, vars: string[]): string {
  const v = () => pick(r, vars);
  switch (int(r, 0, 27)) {
    case 0:
      return `${v()} ${pick(r, ["+", "-", "*", "/", "//", "%", "**"])} ${r() < 0.5 ? v() : pick(r, SCALARS)}`;
    case 1:
      return `np.${pick(r, ["exp", "tanh", "sqrt", "abs", "sign", "floor", "ceil", "round", "negative", "square", "log1p"])}(${v()})`;
    case 2:
      return `np.log(np.abs(${v()}) + 1)`;
    case 3:
      return `1 / (1 + np.exp(-${v()}))`;
    case 4:
      return `${v()}.${pick(r, ["sum", "mean", "max", "min", "argmax", "argmin", "std", "var", "prod", "cumsum", "any", "all"])}(${pick(r, ["", "axis=0", "axis=1", "axis=-1", "axis=0, keepdims=True", "axis=-1, keepdims=True"])})`;
    case 5: {
      const f = pick(r, ["maximum", "minimum", "where", "clip"]);
      if (f === "where") return `np.where(${v()} > 0, ${v()}, ${pick(r, SCALARS)})`;
      if (f === "clip") return `np.clip(${v()}, -1, ${pick(r, ["1", "2.5", "0"])})`;
      return `np.${f}(${v()}, ${r() < 0.5 ? v() : pick(r, SCALARS)})`;
    }
    case 6:
      return `${v()}${pick(r, [".T", ".reshape(-1)", ".ravel()", "[None]", "[..., None]", ".squeeze()", ".flatten()[::-1]"])}`;
    case 7:
      return `${v()}${pick(r, ["[0]", "[-1]", "[:, 0]", "[1:]", "[::2]", "[::-1]", "[0, 1]", "[[0, 1]]", "[:, [1, 0]]"])}`;
    case 8:
      return `${v()}[${v()} > 0]`;
    case 9:
      return `${v()} @ ${v()}${r() < 0.5 ? ".T" : ""}`;
    case 10:
      return `np.${pick(r, ["concatenate", "stack", "vstack", "hstack"])}([${v()}, ${v()}]${pick(r, ["", ", axis=0", ", axis=1", ", axis=-1"])})`;
    case 11:
      return `${v()}.astype(${pick(r, [...DTYPES, ...MORE_DTYPES])})`;
    case 12:
      return `(${v()} ${pick(r, ["<", ">=", "==", "!="])} ${pick(r, SCALARS)})`;
    case 13:
      return `np.dot(${v()}, ${v()})`;
    // integer division and modulo by negatives (Python's floor semantics, NumPy's for arrays), divmod
    case 14: {
      const w = v();
      return pick(r, [
        `${w}.astype(np.int64) // ${pick(r, NEGATIVES)}`,
        `${w}.astype(np.int64) % ${pick(r, NEGATIVES)}`,
        `${w} // ${pick(r, NEGATIVES)}`,
        `${w} % ${pick(r, NEGATIVES)}`,
        `np.fmod(${w}, ${pick(r, NEGATIVES)})`,
        `np.floor_divide(${w}, ${v()})`,
        `np.mod(${w}, ${v()})`,
        `divmod(${w}, ${pick(r, NEGATIVES)})`,
        `np.divmod(${w}, ${v()})`,
      ]);
    }
    // the course's layers
    case 15: {
      const w = v();
      return pick(r, [
        `np.exp(${w} - np.max(${w}, axis=-1, keepdims=True)) / np.sum(np.exp(${w} - np.max(${w}, axis=-1, keepdims=True)), axis=-1, keepdims=True)`,
        `-np.sum(${w} * np.log(np.abs(${v()}) + 1e-7)) / np.shape(${w})[0]`,
        `np.maximum(0, ${w})`,
        `np.where(${w} > 0, ${w}, 0.01 * ${w})`,
        `(${w} > 0).astype(${pick(r, ["np.float64", "np.float32", "int"])})`,
        `np.tanh(${w}) * (1 - np.tanh(${w}) ** 2)`,
        `0.5 * np.sum((${w} - ${v()}) ** 2)`,
        `np.mean((${w} - ${v()}) ** 2, axis=${pick(r, ["0", "-1", "None"])})`,
      ]);
    }
    // argmax / argmin along axes, sorting, counting
    case 16:
      return `np.${pick(r, ["argmax", "argmin"])}(${v()}, axis=${pick(r, ["0", "1", "-1", "None"])}${r() < 0.3 ? ", keepdims=True" : ""})`;
    case 17:
      return pick(r, [
        `np.sort(${v()}, axis=${pick(r, ["0", "-1", "None"])})`,
        `np.unique(${v()})`,
        `np.unique(${v()}, return_counts=True)`,
        `np.count_nonzero(${v()} > 0, axis=${pick(r, ["0", "-1", "None"])})`,
        `np.cumsum(${v()}, axis=${pick(r, ["0", "-1"])})`,
        `np.diff(${v()}, axis=${pick(r, ["0", "-1"])})`,
        `np.median(${v()}, axis=${pick(r, ["0", "-1", "None"])})`,
      ]);
    // reshape / transpose chains
    case 18: {
      const w = v();
      return pick(r, [
        `${w}.reshape(-1, 1)`,
        `${w}.reshape(1, -1).T`,
        `np.transpose(${w})`,
        `${w}.swapaxes(0, -1)`,
        `np.expand_dims(${w}, ${pick(r, ["0", "-1", "1"])})`,
        `${w}.T.reshape(-1)`,
        `${w}.reshape(${pick(r, ["2, -1", "-1, 2", "3, -1", "-1"])}).T`,
        `np.squeeze(${w}[None], axis=0)`,
        `${w}.ravel()[::-1].reshape(np.shape(${w}))`,
        `np.moveaxis(np.atleast_3d(${w}), 0, -1)`,
      ]);
    }
    // norms, statistics, comparisons of whole arrays
    case 19:
      return pick(r, [
        `np.linalg.norm(${v()})`,
        `np.linalg.norm(${v()}, axis=${pick(r, ["0", "-1"])})`,
        `np.std(${v()}, ddof=1)`,
        `np.var(${v()}, axis=${pick(r, ["0", "-1"])}, keepdims=True)`,
        `np.allclose(${v()}, ${v()})`,
        `np.isclose(${v()}, ${v()})`,
        `np.array_equal(${v()}, ${v()})`,
        `np.any(${v()} > 0, axis=${pick(r, ["0", "-1"])})`,
        `np.ptp(${v()})`,
        `np.percentile(${v()}, ${pick(r, ["25", "50", "90"])})`,
      ]);
    // dtype mixes: float32 with float64, small integers that wrap, Python scalars
    case 20:
      return pick(r, [
        `${v()}.astype(np.float32) + ${v()}`,
        `${v()}.astype(np.float32) * ${pick(r, SCALARS)}`,
        `np.float32(${pick(r, ["0.1", "1.5", "3"])}) * ${v()}`,
        `${v()}.astype(np.uint8) ${pick(r, ["+", "-", "*"])} ${pick(r, ["200", "3", "np.uint8(250)"])}`,
        `${v()}.astype(np.int32) * ${pick(r, ["3", "-2", "np.int32(100000)"])}`,
        `${v()}.astype(np.int8) + np.int8(${pick(r, ["100", "-100", "127"])})`,
        `(${v()} * 10).astype(np.int64) // ${pick(r, ["3", "-3", "4"])}`,
      ]);
    // magnitudes
    case 21:
      return `${v()} * ${pick(r, MAGNITUDES)}`;
    case 22:
      return `${v()} / ${pick(r, ["3", "7", "3.0", "-9", "1e10"])}`;
    // outer products, one-argument where, nonzero
    case 23:
      return pick(r, [
        `np.outer(${v()}, ${v()})`,
        `np.nonzero(${v()} > 0)`,
        `np.argwhere(${v()} > 0)`,
        `np.where(${v()} < 0)`,
        `np.take(${v()}, [0, -1])`,
        `np.flatnonzero(${v()})`,
      ]);
    case 24:
      return `np.round(${v()}, ${pick(r, ["0", "1", "2", "3", "-1"])})`;
    case 25:
      return `np.clip(${v()}, ${v()}, ${pick(r, ["1", "None", "2.5"])})`;
    case 26:
      return `np.${pick(r, ["add", "subtract", "multiply", "maximum", "minimum", "power"])}.${pick(r, ["reduce", "accumulate"])}(${v()}${pick(r, ["", ", axis=0", ", axis=-1", ", axis=None"])})`;
    default:
      return `np.sum(${v()}, axis=${pick(r, ["(0, 1)", "(0, -1)", "()", "None"])}${r() < 0.3 ? ", keepdims=True" : ""})`;
  }
}

/**
 * A statement that changes an array in place (masked assignment, in-place operators, out=), on a copy of a variable
 * so that the others keep their values: lines of a try block defining `name`.
 */
function mutation(r: Rand, vars: string[], name: string): string[] {
  const v = () => pick(r, vars);
  const start = `${name} = np.array(${v()}, dtype=${pick(r, ["np.float64", "np.float32", "np.int64", "None"])})`;
  switch (int(r, 0, 9)) {
    case 0:
      return [start, `${name}[${name} > 0] = ${pick(r, SCALARS)}`];
    case 1:
      return [start, `${name}[${name} < 0] *= ${pick(r, ["0.01", "0", "-1"])}`];
    case 2:
      return [start, `${name} ${pick(r, ["+=", "-=", "*=", "/=", "//=", "%=", "**="])} ${r() < 0.5 ? v() : pick(r, SCALARS)}`];
    case 3:
      return [start, `${name}[${pick(r, ["0", "-1", "..., 0", "::2", "[0, -1]"])}] = ${r() < 0.5 ? v() : pick(r, SCALARS)}`];
    case 4:
      return [start, `${name} -= ${name}.mean(axis=${pick(r, ["0", "-1"])}, keepdims=True)`];
    case 5:
      return [start, `np.clip(${name}, -1, 1, out=${name})`];
    case 6:
      return [start, `np.${pick(r, ["add", "multiply", "maximum", "exp"])}(${name}${pick(r, [", 1", ", 0.5", ", 0", ""])}, out=${name})`];
    case 7:
      return [start, `${name}[${v()} > 0] = ${v()}[${v()} > 0]`];
    case 8:
      return [start, `${name}.fill(${pick(r, SCALARS)})`];
    default:
      return [start, `${name}[:] = ${name}[::-1]`];
  }
}

const SHOW = [
  "print(x)",
  "print(repr(x))",
  "print(np.shape(x), getattr(x, 'dtype', type(x).__name__))",
  "print(np.asarray(x).tolist())",
  "print(f'{float(np.sum(x)):.6f}')",
  "with np.printoptions(precision=3, suppress=True):\n        print(x)",
  "print(np.round(x, 4))",
  "print(f'{np.asarray(x).mean():.4e} {np.asarray(x).max()}')",
  "print(np.array2string(np.asarray(x), separator=', ', precision=4))",
  "print(type(x).__name__, x)",
] as const;

/** A program of `statements` statements (after the import), each in its own try/except. */
export function program(r: Rand, statements = 8): string {
  const lines = ["import numpy as np"];
  const vars: string[] = [];
  for (let i = 0; i < statements; i++) {
    const name = `v${i}`;
    const body =
      vars.length >= 1 && r() < 0.15
        ? mutation(r, vars, name)
        : [`${name} = ${vars.length < 2 || r() < 0.2 ? creation(r) : expr(r, vars)}`];
    const show = pick(r, SHOW).replace(/\bx\b/g, name);
    lines.push(`try:\n${[...body, show].map((l) => `    ${l}`).join("\n")}\nexcept Exception as e:\n    print(type(e).__name__, e)`);
    // a statement that failed defines nothing: later statements that use its name raise NameError in both
    vars.push(name);
  }
  return lines.join("\n") + "\n";
}

/** The statements of a program (the import line first), for minimising: each element is one try/except block. */
export function statementsOf(source: string): string[] {
  return source.split(/\n(?=try:|import )/).map((s) => s.replace(/\n$/, ""));
}
