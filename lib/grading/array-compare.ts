/**
 * NumPy-aware comparison of values exported from the Python engine
 * (Session.getGlobal). Used by code-blank grading and, later, by code
 * exercises.
 *
 * Semantics:
 * - numbers: numpy.isclose, |got − expected| ≤ atol + rtol·|expected|; NaN equals NaN
 *   in the same position (equal_nan=True); ±inf must match exactly.
 * - shapes must match exactly; when they don't we say which axis differs and
 *   recognise common causes (silent broadcasting, transposition, reshaping).
 * - dtypes: `exact` (default) requires the same dtype, `kind` only the same
 *   kind (bool / int / float), `numeric` any number type for numbers (int ↔ float, float32 ↔ float64: a
 *   prompt that fixes no dtype accepts np.where(c, 1, 0) and float32) but bool only for bool, comparing a
 *   lower-precision float at its own precision (PyTorch assert_close's defaults: float32 rtol 1.3e-6, atol 1e-5;
 *   float16 rtol 1e-3, atol 1e-5), `ignore` skips the check. A Python float and an
 *   np.float64 scalar are interchangeable (np.float64 subclasses float), as are a
 *   Python int and an np.int64 scalar; a 0-d array equals the scalar it holds.
 * - when values differ we report the first differing index (as a tuple),
 *   got/expected there, the number of differing elements, max abs/rel error,
 *   and cheap diagnoses: reversed along an axis, transposed, sign flipped,
 *   off by a constant factor, off by a constant.
 */
import type { Feedback, LocalizedText } from "./types";
import { fb, formatNumber } from "./util";

/** Structural copy of the engine's exported value (engine/index.ts). */
export type ExportedValue =
  | null
  | boolean
  | number
  | string
  | { py: "ndarray"; dtype: string; shape: readonly number[]; data: readonly unknown[] }
  | { py: "scalar"; dtype: string; value: unknown }
  | { py: "list" | "tuple"; items: readonly ExportedValue[] }
  | { py: "int"; value: unknown }
  | { py: string; [k: string]: unknown };

export type DtypeCheck = "exact" | "kind" | "numeric" | "ignore";

export interface CompareOptions {
  rtol?: number;
  atol?: number;
  dtype?: DtypeCheck;
  /** Variable name used in messages. */
  name?: string;
}

export const DEFAULT_RTOL = 1e-7;
export const DEFAULT_ATOL = 1e-9;

export interface CompareResult {
  equal: boolean;
  feedback: Feedback;
}

// ---------------------------------------------------------------------------
// Normalisation into a uniform "tensor" view

interface Tensor {
  kind: "tensor";
  /** dtype, or "float"/"int"/"bool" for Python scalars. */
  dtype: string;
  pyScalar: boolean;
  shape: number[];
  data: number[]; // booleans as 0/1
}

interface Other {
  kind: "other";
  value: ExportedValue;
}

function toNum(v: unknown): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  if (v === null || v === undefined) return NaN;
  if (typeof v === "string") {
    const s = v.trim().toLowerCase();
    if (s === "nan") return NaN;
    if (s === "inf" || s === "+inf" || s === "infinity") return Infinity;
    if (s === "-inf" || s === "-infinity") return -Infinity;
    const n = Number(s);
    return Number.isNaN(n) ? NaN : n;
  }
  return NaN;
}

function flatten(data: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  const go = (xs: readonly unknown[]) => {
    for (const x of xs) {
      if (Array.isArray(x)) go(x);
      else out.push(x);
    }
  };
  go(data);
  return out;
}

function asTensor(v: ExportedValue): Tensor | Other {
  if (typeof v === "number") return { kind: "tensor", dtype: "float", pyScalar: true, shape: [], data: [v] };
  if (typeof v === "boolean") return { kind: "tensor", dtype: "bool", pyScalar: true, shape: [], data: [v ? 1 : 0] };
  if (v && typeof v === "object") {
    if (v.py === "ndarray") {
      const a = v as { dtype: string; shape: readonly number[]; data: readonly unknown[] };
      if (a.dtype !== "object")
        return { kind: "tensor", dtype: a.dtype, pyScalar: false, shape: [...a.shape], data: flatten(a.data).map(toNum) };
    }
    if (v.py === "scalar") {
      const s = v as { dtype: string; value: unknown };
      return { kind: "tensor", dtype: s.dtype, pyScalar: false, shape: [], data: [toNum(s.value)] };
    }
    if (v.py === "int") return { kind: "tensor", dtype: "int", pyScalar: true, shape: [], data: [toNum((v as { value: unknown }).value)] };
    if (v.py === "float")
      return { kind: "tensor", dtype: "float", pyScalar: true, shape: [], data: [toNum((v as unknown as { value: unknown }).value)] };
  }
  return { kind: "other", value: v };
}

function dtypeKind(dt: string): "b" | "i" | "f" | "c" | "?" {
  if (dt === "bool") return "b";
  if (dt === "int" || /^u?int\d*$/.test(dt)) return "i";
  if (dt === "float" || /^float\d*$/.test(dt)) return "f";
  if (/^complex/.test(dt)) return "c";
  return "?";
}

/** Python float ≡ float64, Python int ≡ int64 for the exact check. */
function canonicalDtype(dt: string): string {
  if (dt === "float") return "float64";
  if (dt === "int") return "int64";
  return dt;
}

export function formatShape(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

function describeKind(v: ExportedValue): string {
  if (v === null) return "None";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "number") return "float";
  if (typeof v === "string") return "str";
  if (typeof v === "object") {
    if (v.py === "ndarray") return "numpy.ndarray";
    if (v.py === "scalar") return `numpy.${(v as { dtype: string }).dtype}`;
    return v.py;
  }
  return typeof v;
}

// ---------------------------------------------------------------------------
// Index helpers

function strides(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i]!;
  }
  return s;
}

function unravel(flat: number, shape: readonly number[]): number[] {
  const idx: number[] = [];
  const st = strides(shape);
  for (let i = 0; i < shape.length; i++) {
    idx.push(Math.floor(flat / st[i]!) % shape[i]!);
  }
  return idx;
}

function ravel(idx: readonly number[], shape: readonly number[]): number {
  const st = strides(shape);
  let f = 0;
  for (let i = 0; i < idx.length; i++) f += idx[i]! * st[i]!;
  return f;
}

function formatIndex(idx: readonly number[]): string {
  return idx.length === 1 ? `[${idx[0]}]` : `[${idx.join(", ")}]`;
}

function size(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

// ---------------------------------------------------------------------------
// Element comparison

function isCloseNum(a: number, b: number, rtol: number, atol: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= atol + rtol * Math.abs(b);
}

function allClose(got: readonly number[], exp: readonly number[], rtol: number, atol: number, map?: (i: number) => number): boolean {
  if (got.length !== exp.length) return false;
  for (let i = 0; i < got.length; i++) {
    const j = map ? map(i) : i;
    if (!isCloseNum(got[i]!, exp[j]!, rtol, atol)) return false;
  }
  return true;
}

/** Permuted-index map for transposing (reversing all axes) of `expShape`. */
function transposeMap(gotShape: readonly number[], expShape: readonly number[]): (i: number) => number {
  return (i) => ravel(unravel(i, gotShape).reverse(), expShape);
}

function reverseAxisMap(shape: readonly number[], axis: number): (i: number) => number {
  return (i) => {
    const idx = unravel(i, shape);
    idx[axis] = shape[axis]! - 1 - idx[axis]!;
    return ravel(idx, shape);
  };
}

/** Could `small` have been broadcast up to `big`? (NumPy rules, right-aligned) */
function broadcastsTo(small: readonly number[], big: readonly number[]): boolean {
  if (small.length > big.length) return false;
  for (let i = 1; i <= small.length; i++) {
    const s = small[small.length - i]!;
    const b = big[big.length - i]!;
    if (s !== 1 && s !== b) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------

function label(name: string | undefined): LocalizedText {
  return name ? { en: `\`${name}\``, ja: `\`${name}\`` } : { en: "Your result", ja: "あなたの結果" };
}

function ok(name: string | undefined): CompareResult {
  const l = label(name);
  return { equal: true, feedback: fb("array.equal", `${l.en} matches the expected value.`, `${l.ja} は期待される値と一致しています。`) };
}

function bad(code: string, en: string, ja: string, details?: Record<string, unknown>): CompareResult {
  return { equal: false, feedback: fb(code, en, ja, details) };
}

function compareShapes(got: Tensor, exp: Tensor, o: Required<Omit<CompareOptions, "name">> & { name?: string }): CompareResult | null {
  const l = label(o.name);
  const gs = got.shape;
  const es = exp.shape;
  if (gs.length === es.length && gs.every((d, i) => d === es[i])) return null;
  const details = { gotShape: gs, expectedShape: es };
  const g = formatShape(gs);
  const e = formatShape(es);
  // transposed?
  if (
    gs.length >= 2 &&
    gs.length === es.length &&
    gs.every((d, i) => d === es[es.length - 1 - i]) &&
    allClose(got.data, exp.data, o.rtol, o.atol, transposeMap(gs, es))
  ) {
    return bad(
      "array.transposed",
      `${l.en} has shape ${g} but ${e} was expected, and its values are the expected result transposed. Check the order of the operands in the matrix product (W @ x vs x @ W) or a missing/extra .T.`,
      `${l.ja} の形状は ${g} ですが、期待される形状は ${e} です。値は期待される結果を転置したものになっています。行列積の順序（W @ x と x @ W）や .T の有無を確認してください。`,
      details,
    );
  }
  // same elements, different shape (e.g. (3,) vs (3, 1))
  if (size(gs) === size(es) && allClose(got.data, exp.data, o.rtol, o.atol)) {
    return bad(
      "array.reshaped",
      `${l.en} has the right values but shape ${g} instead of ${e}. Check reshape, keepdims=True, or a missing/extra axis (x[:, None], np.newaxis).`,
      `${l.ja} の値は正しいですが、形状が ${e} ではなく ${g} です。reshape、keepdims=True、軸の追加・削除（x[:, None]、np.newaxis）を確認してください。`,
      details,
    );
  }
  // silent broadcasting
  if (size(gs) > size(es) && broadcastsTo(es, gs)) {
    return bad(
      "array.broadcast",
      `${l.en} has shape ${g} but ${e} was expected. This usually means NumPy silently broadcast two arrays, e.g. a (n, 1) column with an (n,) vector gives (n, n). Check the shapes of the operands (reshape, keepdims=True).`,
      `${l.ja} の形状は ${g} ですが、期待される形状は ${e} です。NumPy のブロードキャストが意図せず起きた可能性があります（例：(n, 1) の列と (n,) のベクトルの演算は (n, n) になります）。演算する配列の形状を確認してください（reshape、keepdims=True）。`,
      { ...details, broadcast: true },
    );
  }
  if (gs.length !== es.length) {
    return bad(
      "array.ndim_mismatch",
      `${l.en} has ${gs.length} dimension(s), shape ${g}, but ${es.length} dimension(s), shape ${e}, were expected.`,
      `${l.ja} は ${gs.length} 次元（形状 ${g}）ですが、${es.length} 次元（形状 ${e}）が期待されています。`,
      details,
    );
  }
  const axes = gs.map((d, i) => (d !== es[i] ? i : -1)).filter((i) => i >= 0);
  const first = axes[0]!;
  const swapped = gs.length === 2 && gs[0] === es[1] && gs[1] === es[0];
  const hintEn = swapped ? " The axes look swapped: check the operand order of the matrix product or a missing .T." : "";
  const hintJa = swapped ? "軸が入れ替わっているようです。行列積の順序や .T の有無を確認してください。" : "";
  return bad(
    "array.shape_mismatch",
    `${l.en} has shape ${g} but ${e} was expected: axis ${first} has length ${gs[first]} instead of ${es[first]}.${hintEn}`,
    `${l.ja} の形状は ${g} ですが、期待される形状は ${e} です：軸 ${first} の長さが ${es[first]} ではなく ${gs[first]} です。${hintJa}`,
    { ...details, axes },
  );
}

function diagnoseValues(
  got: Tensor,
  exp: Tensor,
  rtol: number,
  atol: number,
): { code: string; en: string; ja: string; extra?: Record<string, unknown> } | null {
  const shape = exp.shape;
  const tol = Math.max(rtol, 1e-9);
  // reversed along an axis
  for (let ax = 0; ax < shape.length; ax++) {
    if (shape[ax]! > 1 && allClose(got.data, exp.data, tol, atol, reverseAxisMap(shape, ax))) {
      return {
        code: "array.reversed",
        en: `The values are the expected result reversed along axis ${ax}. Check the direction of your loop over time steps (e.g. reversed(range(T)) in backpropagation through time) or the indexing.`,
        ja: `値が期待される結果を軸 ${ax} に沿って反転したものになっています。時間方向のループの向き（BPTT での reversed(range(T)) など）やインデックスを確認してください。`,
        extra: { reversedAxis: ax },
      };
    }
  }
  // square matrix transposed
  if (shape.length === 2 && shape[0] === shape[1] && shape[0]! > 1 && allClose(got.data, exp.data, tol, atol, transposeMap(shape, shape))) {
    return {
      code: "array.transposed",
      en: "The values are the expected matrix transposed. Check the order of the operands in the matrix product or a missing/extra .T.",
      ja: "値が期待される行列を転置したものになっています。行列積の順序や .T の有無を確認してください。",
    };
  }
  // constant factor / sign / offset (only for finite data)
  // (meaningless for a single element: any two numbers differ by a factor)
  const nonZero = exp.data.filter((x) => Math.abs(x) > atol).length;
  if (nonZero >= 2 && got.data.every(Number.isFinite) && exp.data.every(Number.isFinite)) {
    let k = 0;
    for (let i = 1; i < exp.data.length; i++) if (Math.abs(exp.data[i]!) > Math.abs(exp.data[k]!)) k = i;
    const ek = exp.data[k]!;
    if (Math.abs(ek) > 0) {
      const c = got.data[k]! / ek;
      if (
        Number.isFinite(c) &&
        Math.abs(c) > 1e-12 &&
        allClose(
          got.data,
          exp.data.map((x) => c * x),
          1e-6,
          atol,
        )
      ) {
        if (Math.abs(c + 1) < 1e-6) {
          return {
            code: "array.sign_flipped",
            en: "The values have the opposite sign to the expected ones.",
            ja: "値の符号が期待される値と逆になっています。",
          };
        }
        return {
          code: "array.constant_factor",
          en: `The values are the expected ones multiplied by about ${formatNumber(c)}. Check a missing or extra scaling factor (e.g. 1/N, 2, a learning rate).`,
          ja: `値が期待される値の約 ${formatNumber(c)} 倍になっています。係数（1/N、2、学習率など）の抜けや余分を確認してください。`,
          extra: { factor: c },
        };
      }
    }
    const d = got.data[0]! - exp.data[0]!;
    if (
      exp.data.length > 1 &&
      Math.abs(d) > atol &&
      allClose(
        got.data,
        exp.data.map((x) => x + d),
        1e-6,
        atol,
      )
    ) {
      return {
        code: "array.constant_offset",
        en: `The values are the expected ones plus about ${formatNumber(d)} everywhere. Check a bias term or an initial value.`,
        ja: `値がすべて期待される値より約 ${formatNumber(d)} ずれています。バイアス項や初期値を確認してください。`,
        extra: { offset: d },
      };
    }
  }
  return null;
}

function compareTensors(got: Tensor, exp: Tensor, o: Required<Omit<CompareOptions, "name">> & { name?: string }): CompareResult {
  const l = label(o.name);
  // a 0-d array and a scalar are the same thing for grading
  const shapeRes = compareShapes(got, exp, o);
  if (shapeRes) return shapeRes;

  if (o.dtype === "numeric") {
    // Compared at the precision of the learner's dtype.
    const gd = canonicalDtype(got.dtype);
    const floor = gd === "float32" ? { rtol: 1.3e-6, atol: 1e-5 } : gd === "float16" ? { rtol: 1e-3, atol: 1e-5 } : null;
    if (floor) o = { ...o, rtol: Math.max(o.rtol, floor.rtol), atol: Math.max(o.atol, floor.atol) };
  }
  if (o.dtype !== "ignore") {
    const gk = dtypeKind(got.dtype);
    const ek = dtypeKind(exp.dtype);
    const same =
      o.dtype === "exact"
        ? canonicalDtype(got.dtype) === canonicalDtype(exp.dtype)
        : o.dtype === "numeric"
          ? (gk === "b") === (ek === "b")
          : gk === ek;
    if (!same) {
      const gd = canonicalDtype(got.dtype);
      const ed = canonicalDtype(exp.dtype);
      const hintEn =
        gk === "i" && ek === "f" ? " An integer result often comes from integer-only inputs or // division; use / or .astype(float)." : "";
      const hintJa =
        gk === "i" && ek === "f"
          ? "整数になるのは、入力が整数のみの場合や // 除算を使った場合によく起こります。/ や .astype(float) を使ってください。"
          : "";
      return bad(
        "array.dtype_mismatch",
        `${l.en} has dtype ${gd} but ${ed} was expected.${hintEn}`,
        `${l.ja} の dtype は ${gd} ですが、${ed} が期待されています。${hintJa}`,
        { gotDtype: gd, expectedDtype: ed },
      );
    }
  }

  let first = -1;
  let count = 0;
  let maxAbs = 0;
  let maxRel = 0;
  let nanMismatch = false;
  for (let i = 0; i < exp.data.length; i++) {
    const a = got.data[i]!;
    const b = exp.data[i]!;
    if (!isCloseNum(a, b, o.rtol, o.atol)) {
      count++;
      if (first < 0) first = i;
      if (Number.isNaN(a) !== Number.isNaN(b)) nanMismatch = true;
      const ad = Math.abs(a - b);
      if (Number.isFinite(ad)) {
        maxAbs = Math.max(maxAbs, ad);
        if (b !== 0) maxRel = Math.max(maxRel, ad / Math.abs(b));
        else maxRel = Infinity;
      } else {
        maxAbs = Infinity;
        maxRel = Infinity;
      }
    }
  }
  if (first < 0) return ok(o.name);

  const idx = unravel(first, exp.shape);
  const where = exp.shape.length === 0 ? "" : ` at index ${formatIndex(idx)}`;
  const whereJa = exp.shape.length === 0 ? "" : `インデックス ${formatIndex(idx)} で`;
  const gv = formatNumber(got.data[first]!);
  const ev = formatNumber(exp.data[first]!);
  const details: Record<string, unknown> = {
    firstIndex: idx,
    got: got.data[first],
    expected: exp.data[first],
    mismatched: count,
    total: exp.data.length,
    maxAbsError: maxAbs,
    maxRelError: maxRel,
    rtol: o.rtol,
    atol: o.atol,
  };
  if (nanMismatch) {
    return bad(
      "array.nan",
      `${l.en} contains NaN${where} where a number was expected (or the other way round). Look for 0/0, log of 0 or a negative, or overflow in exp.`,
      `${l.ja} の${whereJa ? whereJa.replace(/で$/, "の値") : "値"}が NaN になっています（またはその逆）。0/0、0 や負数の log、exp のオーバーフローを確認してください。`,
      details,
    );
  }
  // A tiny relative difference is a precision question, not a mistake in the formula: say so.
  if (maxRel < 1e-4 && maxAbs > o.atol) {
    const e = shortExp(maxRel);
    const r = shortExp(o.rtol);
    const [g12, e12] = [precise(got.data[first]!), precise(exp.data[first]!)];
    return bad(
      "array.tiny_difference",
      `${l.en} differs from the expected value${where}: got ${g12}, expected ${e12}. Your values differ from the expected ones by at most ${e} relative — e.g. an epsilon added in a denominator, or a lower-precision dtype; this exercise allows ${r}.`,
      `${l.ja} は${whereJa}期待される値と異なります：${g12}（期待値 ${e12}）。相対誤差は最大 ${e} です（分母に加えた ε や精度の低い dtype などによる差）。この問題で許される相対誤差は ${r} です。`,
      details,
    );
  }
  const diag = diagnoseValues(got, exp, o.rtol, o.atol);
  const stats =
    exp.shape.length === 0
      ? ""
      : ` ${count} of ${exp.data.length} elements differ (max abs error ${formatNumber(maxAbs)}, max rel error ${formatNumber(maxRel)}).`;
  const statsJa =
    exp.shape.length === 0
      ? ""
      : `${exp.data.length} 要素中 ${count} 要素が異なります（最大絶対誤差 ${formatNumber(maxAbs)}、最大相対誤差 ${formatNumber(maxRel)}）。`;
  const baseEn = `${l.en} differs from the expected value${where}: got ${gv}, expected ${ev}.${stats}`;
  const baseJa = `${l.ja} は${whereJa}期待される値と異なります：${gv}（期待値 ${ev}）。${statsJa}`;
  if (diag) {
    return bad(diag.code, `${baseEn} ${diag.en}`, `${baseJa}${diag.ja}`, { ...details, ...(diag.extra ?? {}) });
  }
  return bad("array.value_mismatch", baseEn, baseJa, details);
}

/** 2.9999e-7 → "3e-7". */
const shortExp = (x: number): string => Number(x.toPrecision(2)).toExponential();
/** Enough digits to see a difference of one part in 10^12. */
const precise = (x: number): string => String(Number(x.toPrecision(12)));

function compareOther(
  got: ExportedValue,
  exp: ExportedValue,
  o: Required<Omit<CompareOptions, "name">> & { name?: string },
  path: string,
): CompareResult {
  const l = label(o.name ? `${o.name}${path}` : path ? `result${path}` : undefined);
  const gotK = describeKind(got);
  const expK = describeKind(exp);
  if (exp && typeof exp === "object" && (exp.py === "list" || exp.py === "tuple")) {
    if (!(got && typeof got === "object" && got.py === exp.py)) {
      return bad(
        "array.type_mismatch",
        `${l.en} is a ${gotK} but a ${expK} was expected.`,
        `${l.ja} の型は ${gotK} ですが、${expK} が期待されています。`,
        { gotType: gotK, expectedType: expK },
      );
    }
    const gi = (got as { items: readonly ExportedValue[] }).items;
    const ei = (exp as { items: readonly ExportedValue[] }).items;
    if (gi.length !== ei.length) {
      return bad(
        "array.length_mismatch",
        `${l.en} has length ${gi.length} but length ${ei.length} was expected.`,
        `${l.ja} の長さは ${gi.length} ですが、${ei.length} が期待されています。`,
        { gotLength: gi.length, expectedLength: ei.length },
      );
    }
    for (let i = 0; i < ei.length; i++) {
      const r = compareAny(gi[i]!, ei[i]!, o, `${path}[${i}]`);
      if (!r.equal) return r;
    }
    return ok(o.name);
  }
  if (JSON.stringify(got) === JSON.stringify(exp)) return ok(o.name);
  if (gotK !== expK) {
    return bad(
      "array.type_mismatch",
      `${l.en} is a ${gotK} but a ${expK} was expected.`,
      `${l.ja} の型は ${gotK} ですが、${expK} が期待されています。`,
      { gotType: gotK, expectedType: expK },
    );
  }
  return bad("array.value_mismatch", `${l.en} differs from the expected value.`, `${l.ja} は期待される値と異なります。`, { gotType: gotK });
}

function compareAny(
  got: ExportedValue,
  exp: ExportedValue,
  o: Required<Omit<CompareOptions, "name">> & { name?: string },
  path: string,
): CompareResult {
  const g = asTensor(got);
  const e = asTensor(exp);
  if (g.kind === "tensor" && e.kind === "tensor") {
    return compareTensors(g, e, { ...o, name: o.name ? `${o.name}${path}` : path ? `result${path}` : undefined });
  }
  return compareOther(got, exp, o, path);
}

/** Compare a learner's exported value with the reference's. */
export function compareValues(got: ExportedValue, expected: ExportedValue, opts: CompareOptions = {}): CompareResult {
  const o = {
    rtol: opts.rtol ?? DEFAULT_RTOL,
    atol: opts.atol ?? DEFAULT_ATOL,
    dtype: opts.dtype ?? "exact",
    ...(opts.name !== undefined ? { name: opts.name } : {}),
  };
  return compareAny(got, expected, o, "");
}
