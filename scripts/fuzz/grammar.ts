// Random NumPy programs in the style of the course's code (npm run fuzz:engine): arrays of a few shapes and dtypes,
// broadcasting arithmetic, ufuncs, reductions with axis/keepdims, shape changes, indexing, matmul, comparisons and
// printing. Every statement after the imports stands alone in a try/except that prints the error, so one program
// compares many operations, and a statement can be deleted without breaking the others (minimise.ts relies on it).

/** The same seed gives the same programs (the content params' mulberry32 PRNG). */
export { mulberry32 as rng } from "../../lib/content/params";

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const SHAPES = ["(3,)", "(4,)", "(2, 3)", "(3, 2)", "(3, 4)", "(2, 3, 4)", "(1, 3)", "(4, 1)"] as const;
const DTYPES = ["np.int64", "np.float64", "np.float32", "bool"] as const;
const SCALARS = ["2", "-1", "0.5", "3.0", "1e-3", "-2.5", "7", "np.float32(1.5)", "True"] as const;

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
  switch (int(r, 0, 7)) {
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
    default:
      return `np.eye(${int(r, 2, 4)})${r() < 0.5 ? ` * ${pick(r, SCALARS)}` : ""}`;
  }
}

function expr(r: Rand, vars: string[]): string {
  const v = () => pick(r, vars);
  switch (int(r, 0, 13)) {
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
      return `${v()}.astype(${pick(r, DTYPES)})`;
    case 12:
      return `(${v()} ${pick(r, ["<", ">=", "==", "!="])} ${pick(r, SCALARS)})`;
    default:
      return `np.dot(${v()}, ${v()})`;
  }
}

const SHOW = [
  "print(x)",
  "print(repr(x))",
  "print(np.shape(x), getattr(x, 'dtype', type(x).__name__))",
  "print(np.asarray(x).tolist())",
  "print(f'{float(np.sum(x)):.6f}')",
] as const;

/** A program of `statements` statements (after the import), each in its own try/except. */
export function program(r: Rand, statements = 8): string {
  const lines = ["import numpy as np"];
  const vars: string[] = [];
  for (let i = 0; i < statements; i++) {
    const name = `v${i}`;
    const rhs = vars.length < 2 || r() < 0.25 ? creation(r) : expr(r, vars);
    const show = pick(r, SHOW).replace(/\bx\b/g, name);
    lines.push(`try:\n    ${name} = ${rhs}\n    ${show}\nexcept Exception as e:\n    print(type(e).__name__, e)`);
    // a statement that failed defines nothing: later statements that use its name raise NameError in both
    vars.push(name);
  }
  return lines.join("\n") + "\n";
}

/** The statements of a program (the import line first), for minimising: each element is one try/except block. */
export function statementsOf(source: string): string[] {
  return source.split(/\n(?=try:|import )/).map((s) => s.replace(/\n$/, ""));
}
