// NumPy 2.x compatible printing (str/repr of arrays and scalars), default print options:
// precision=8, floatmode='maxprec', threshold=1000, edgeitems=3, linewidth=75, sign='-'.
import { DType, NDArray, NPError, NPScalar, charge, chargeAlloc, getObjectHooks, isFloat, isStr, valueError } from "./core";
import { f16round, f16viaF32 } from "./float16";

export type FloatMode = "fixed" | "unique" | "maxprec" | "maxprec_equal";
export type Sign = "-" | "+" | " ";
/** set_printoptions(formatter=…)'s keys this engine's dtypes reach (NumPy's _get_formatdict). */
export type FormatterKey = "bool" | "int" | "float" | "object" | "numpystr" | "all" | "int_kind" | "float_kind" | "str_kind";
/** A user formatter (a Python callable, wrapped by the binding): one element's raw value → its text. */
export type ElementFormatter = (v: any, dtype: DType) => string;

export interface PrintOptions {
  precision: number;
  threshold: number;
  edgeitems: number;
  linewidth: number;
  suppress: boolean;
  floatmode: FloatMode;
  sign: Sign;
  nanstr: string;
  infstr: string;
  formatter: Partial<Record<FormatterKey, ElementFormatter>> | null;
}
export const printOptions: PrintOptions = {
  precision: 8,
  threshold: 1000,
  edgeitems: 3,
  linewidth: 75,
  suppress: false,
  floatmode: "maxprec",
  sign: "-",
  nanstr: "nan",
  infstr: "inf",
  formatter: null,
};
export function setPrintOptions(o: Partial<PrintOptions>): void {
  Object.assign(printOptions, o);
}
export function getPrintOptions(): PrintOptions {
  return { ...printOptions };
}

// ------------------------------------------------------------------ exact decimal helpers
/** exact decimal expansion of |x| (finite) as [intDigits, fracDigits] */
export function exactDecimal(ax: number): [string, string] {
  if (Number.isInteger(ax)) return [BigInt(ax).toString(), ""];
  let v = ax,
    k = 0;
  while (!Number.isInteger(v)) {
    v *= 2;
    k++;
  }
  const m = BigInt(v) * 5n ** BigInt(k);
  let s = m.toString();
  if (s.length <= k) s = "0".repeat(k - s.length + 1) + s;
  return [s.slice(0, s.length - k), s.slice(s.length - k)];
}

/** round |x| to p fractional digits, ties to even (exact) */
export function toFixedEven(ax: number, p: number): string {
  const s = ax.toFixed(p);
  if (ax >= 1e21) return s;
  // possible tie only if the exact expansion ends in 5 right after position p
  const s1 = ax.toFixed(Math.min(p + 1, 100));
  if (s1[s1.length - 1] !== "5") return s;
  const [ip, fp] = exactDecimal(ax);
  if (fp.length !== p + 1) return s; // not an exact tie (either shorter or longer expansion)
  // exact tie: toFixed rounded away from zero; round to even instead
  const digits = ip + fp.slice(0, p);
  const last = Number(digits[digits.length - 1]);
  if (last % 2 === 0) {
    // truncate
    return p > 0 ? `${ip}.${fp.slice(0, p)}` : ip;
  }
  return s;
}
/** round |x| to p+1 significant digits ('d.ddd', exponent), ties to even */
export function toExpEven(ax: number, p: number): [string, number] {
  const [m, e] = ax.toExponential(p).split("e");
  const s1 = ax.toExponential(Math.min(p + 1, 100)).split("e")[0];
  if (s1[s1.length - 1] === "5") {
    const [sig, exp] = significantDigits(ax);
    if (sig.length === p + 2 && sig[p + 1] === "5") {
      const keep = sig.slice(0, p + 1);
      if (Number(keep[p]) % 2 === 0) return [keep[0] + (p > 0 ? "." + keep.slice(1) : ""), exp];
    }
  }
  return [m, Number(e)];
}

/** a float dtype's width in bits */
export type Width = 16 | 32 | 64;
export function widthOf(dt: DType): Width {
  return dt === "float32" ? 32 : dt === "float16" ? 16 : 64;
}
/** NumPy's exponent cutoffs: 10**min(8, finfo.precision) for arrays, scalars' str 1e16 / float32 1e6 / float16 1e3 */
const ARRAY_CUTOFF = { 16: 1e3, 32: 1e6, 64: 1e8 } as const;
const SCALAR_CUTOFF = { 16: 1e3, 32: 1e6, 64: 1e16 } as const;

/** shortest round-trip digits of x (|x| finite, nonzero): [digits, exponent] with x = d.ddd × 10^exp */
export function shortest(ax: number, w: Width): [string, number] {
  if (w === 64) return splitExp(ax.toExponential());
  const rnd = w === 32 ? Math.fround : f16round;
  const [D, E] = significantDigits(ax);
  const roundTrips = (d: string, e: number) => rnd(Number(`${d}e${e - d.length + 1}`)) === ax;
  // Dragon4's unique mode, as NumPy prints float16 and float32: the fewest digits k for which the k-digit decimal
  // below x or the one above reads back as x; if both do, the nearer (a tie: the even one)
  for (let k = 1; k < D.length; k++) {
    const down = D.slice(0, k);
    let up = (BigInt(down) + 1n).toString(),
      upE = E;
    if (up.length > k) {
      up = up.slice(0, k);
      upE++;
    }
    const okDown = roundTrips(down, E),
      okUp = roundTrips(up, upE);
    if (!okDown && !okUp) continue;
    let pickDown = okDown;
    if (okDown && okUp) {
      const rest = D.slice(k); // no trailing zeros: "5" alone is exactly halfway
      pickDown = rest === "5" ? Number(down[k - 1]) % 2 === 0 : rest[0]! < "5";
    }
    return pickDown ? [down.replace(/0+$/, "") || "0", E] : [up.replace(/0+$/, "") || "0", upE];
  }
  return [D, E];
}

/** The significant digits of |x|'s exact decimal value (no trailing zeros) and the exponent of the first one. */
function significantDigits(ax: number): [string, number] {
  const [ip, fp] = exactDecimal(ax);
  const all = ip + fp;
  const lead = all.search(/[1-9]/);
  return [all.slice(lead).replace(/0+$/, ""), ip.length - 1 - lead];
}
function splitExp(s: string): [string, number] {
  const [m, e] = s.split("e");
  return [m.replace(".", ""), Number(e)];
}

/** Dragon4-positional (unique, fractional cutoff at `precision` digits, trim='.'). Returns [intPart(with sign), fracPart] */
export function positionalParts(x: number, precision: number, f32: Width): [string, string] {
  const neg = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  let ip: string, fp: string;
  if (ax === 0) {
    ip = "0";
    fp = "";
  } else {
    const [D, E] = shortest(ax, f32);
    const fracDigits = Math.max(0, D.length - 1 - E);
    if (fracDigits <= precision) {
      if (E >= 0) {
        if (D.length <= E + 1) {
          ip = D + "0".repeat(E + 1 - D.length);
          fp = "";
        } else {
          ip = D.slice(0, E + 1);
          fp = D.slice(E + 1);
        }
      } else {
        ip = "0";
        fp = "0".repeat(-E - 1) + D;
      }
    } else {
      const s = toFixedEven(ax, precision);
      const dot = s.indexOf(".");
      if (dot < 0) {
        ip = s;
        fp = "";
      } else {
        ip = s.slice(0, dot);
        fp = s.slice(dot + 1);
      }
      fp = fp.replace(/0+$/, "");
    }
  }
  return [(neg ? "-" : "") + ip, fp];
}

/** Dragon4-scientific (unique, cutoff at `precision` fractional mantissa digits). Returns [int(with sign), frac, exp] */
export function scientificParts(x: number, precision: number, f32: Width): [string, string, number] {
  const neg = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  let D: string, E: number;
  if (ax === 0) {
    D = "0";
    E = 0;
  } else {
    [D, E] = shortest(ax, f32);
    if (D.length - 1 > precision) {
      const [m, e] = toExpEven(ax, precision);
      D = m.replace(".", "").replace(/0+$/, "") || "0";
      E = e;
    }
  }
  return [(neg ? "-" : "") + D[0], D.slice(1), E];
}
export function expStr(e: number, digits: number): string {
  const s = String(Math.abs(e));
  return (e < 0 ? "-" : "+") + (s.length < digits ? "0".repeat(digits - s.length) + s : s);
}

// ------------------------------------------------------------------ scalar formatting

/** str() of a float the way NumPy scalars print it (Python-repr-like) */
export function floatScalarStr(x: number, f32: Width = 64): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  const ax = Math.abs(x);
  if (ax === 0 || (ax >= 1e-4 && ax < SCALAR_CUTOFF[f32])) {
    const [ip, fp] = positionalParts(x, 10000, f32);
    return ip + "." + (fp === "" ? "0" : fp);
  }
  const [ip, fp, e] = scientificParts(x, 10000, f32);
  return ip + (fp ? "." + fp : "") + "e" + expStr(e, 2);
}

function intStr(v: number): string {
  if (Math.abs(v) < 1e21) return v.toFixed(0) === "-0" ? "0" : v.toFixed(0);
  return BigInt(v).toString();
}

export function scalarStr(s: NPScalar): string {
  if (isStr(s.dtype)) return s.value;
  switch (s.dtype) {
    case "bool":
      return s.value ? "True" : "False";
    case "float64":
    case "float32":
    case "float16":
      return floatScalarStr(s.value, widthOf(s.dtype));
    case "object":
      return (getObjectHooks().str ?? getObjectHooks().repr)(s.value);
    default:
      return intStr(s.value);
  }
}
export function scalarRepr(s: NPScalar): string {
  if (isStr(s.dtype)) return `np.str_(${getObjectHooks().repr(s.value)})`;
  switch (s.dtype) {
    case "bool":
      return s.value ? "np.True_" : "np.False_";
    case "object":
      return getObjectHooks().repr(s.value);
    default:
      return `np.${s.dtype}(${scalarStr(s)})`;
  }
}

// ------------------------------------------------------------------ array element formatters
type Fmt = (v: any) => string;

/** No cutoff (floatmode 'unique'): the shortest digits that round-trip. */
const UNLIMITED = 10000;

/** [int part with sign, fraction] of |x| rounded to exactly `digits` fractional digits (Dragon4 unique=False, trim='k'). */
function fixedParts(x: number, digits: number): [string, string] {
  const s = toFixedEven(Math.abs(x), digits);
  const dot = s.indexOf(".");
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  return dot < 0 ? [sign + s, ""] : [sign + s.slice(0, dot), s.slice(dot + 1)];
}

/** NumPy's FloatingFormat: floatmode, sign, nanstr/infstr, and the exponent cutoff of the dtype (1e8; float32: 1e6). */
function floatFormatter(vals: number[], f32: Width, opts: PrintOptions): Fmt {
  const mode = opts.floatmode;
  const cap = mode === "unique" ? UNLIMITED : opts.precision;
  const unique = mode !== "fixed";
  const plus = opts.sign === "+";
  const signed = (x: number, ip: string) => (plus && !(x < 0 || Object.is(x, -0)) ? "+" + ip : ip);
  const finite = vals.filter((v) => v - v === 0);
  let expFormat = false;
  let maxv = 0,
    minv = Infinity,
    any = false;
  for (const v of finite) {
    if (v !== 0) {
      const a = Math.abs(v);
      any = true;
      if (a > maxv) maxv = a;
      if (a < minv) minv = a;
    }
  }
  if (any) {
    // computed in the array's dtype, as NumPy compares and divides its float16/float32 scalars
    const rnd = f32 === 32 ? Math.fround : f32 === 16 ? f16viaF32 : (v: number) => v;
    const lim = rnd(1e-4);
    const ratio = rnd(maxv / minv);
    if (maxv >= ARRAY_CUTOFF[f32] || (!opts.suppress && (minv < lim || ratio > 1000))) expFormat = true;
  }
  let padLeft = 0,
    padRight = 0,
    precision = cap,
    expSize = -1,
    minDigits = 0;
  const tick = meter();
  if (finite.length === 0) {
    /* defaults */
  } else if (expFormat) {
    let maxFrac = 0,
      maxExp = 0,
      maxInt = 0;
    for (const v of finite) {
      tick();
      let [ip, fp, e] = scientificParts(v, cap, f32);
      if (!unique) {
        const [m, e2] = toExpEven(Math.abs(v), cap);
        [ip, fp, e] = [(v < 0 || Object.is(v, -0) ? "-" : "") + m[0], m.slice(2), e2];
      }
      ip = signed(v, ip);
      if (fp.length > maxFrac) maxFrac = fp.length;
      const es = Math.max(2, String(Math.abs(e)).length) + 1;
      if (es > maxExp) maxExp = es;
      if (ip.length > maxInt) maxInt = ip.length;
    }
    expSize = maxExp - 1;
    precision = maxFrac;
    padLeft = maxInt;
    padRight = expSize + 2 + precision;
  } else {
    for (const v of finite) {
      tick();
      const [ip, fp] = unique ? positionalParts(v, cap, f32) : fixedParts(v, cap);
      padLeft = Math.max(padLeft, signed(v, ip).length);
      padRight = Math.max(padRight, fp.length);
    }
    if (mode === "fixed" || mode === "maxprec_equal") precision = minDigits = padRight;
  }
  if (opts.sign === " " && !finite.some((v) => v < 0 || Object.is(v, -0))) padLeft += 1;
  if (finite.length !== vals.length) {
    const neginf = opts.sign !== "-" || vals.some((v) => v === -Infinity) ? 1 : 0;
    const offset = padRight + 1;
    padLeft = Math.max(padLeft, opts.nanstr.length - offset, opts.infstr.length + neginf - offset);
  }
  const pad = (ip: string) => (ip.length < padLeft ? " ".repeat(padLeft - ip.length) + ip : ip);
  return (x: number) => {
    if (x - x !== 0) {
      const ret = x !== x ? (plus ? "+" : "") + opts.nanstr : (x < 0 ? "-" : plus ? "+" : "") + opts.infstr;
      const w = padLeft + padRight + 1 - ret.length;
      return (w > 0 ? " ".repeat(w) : "") + ret;
    }
    if (expFormat) {
      let [ip, fp, e] = scientificParts(x, precision, f32);
      if ((fp.length < precision || !unique) && x !== 0) {
        // min_digits (and unique=False): Dragon4 keeps generating digits of the exact value
        const [m, e2] = toExpEven(Math.abs(x), precision);
        ip = (x < 0 ? "-" : "") + m[0];
        fp = m.slice(2);
        e = e2;
      }
      const frac = fp + "0".repeat(Math.max(0, precision - fp.length));
      return pad(signed(x, ip)) + "." + frac + "e" + expStr(e, expSize);
    }
    let [ip, fp] = unique ? positionalParts(x, precision, f32) : fixedParts(x, precision);
    if (fp.length < minDigits) [ip, fp] = fixedParts(x, minDigits);
    return pad(signed(x, ip)) + "." + fp + (fp.length < padRight ? " ".repeat(padRight - fp.length) : "");
  };
}

/** NumPy's IntegerFormat: right-aligned to the widest of max and min, with the sign option ('+', ' '). */
function intFormatter(vals: number[], sign: Sign): Fmt {
  let w = 0;
  if (vals.length) {
    let mx = -Infinity,
      mn = Infinity;
    for (const v of vals) {
      if (v > mx) mx = v;
      if (v < mn) mn = v;
    }
    if (sign === " " && mn < 0) sign = "-";
    w = Math.max(intStr(mx).length + (mx >= 0 && sign !== "-" ? 1 : 0), intStr(mn).length);
  }
  return (v: number) => {
    const s = v >= 0 && sign !== "-" ? sign + intStr(v) : intStr(v);
    return s.length < w ? " ".repeat(w - s.length) + s : s;
  };
}

/** The user formatter for a dtype, resolved as NumPy's _get_formatdict does ('all', then the *_kind keys, then exact keys). */
function userFormatter(dtype: DType, f: NonNullable<PrintOptions["formatter"]>): ElementFormatter | undefined {
  const exact: FormatterKey =
    dtype === "bool" ? "bool" : isFloat(dtype) ? "float" : dtype === "object" ? "object" : isStr(dtype) ? "numpystr" : "int";
  const kind: FormatterKey | undefined =
    exact === "int" ? "int_kind" : exact === "float" ? "float_kind" : exact === "numpystr" ? "str_kind" : undefined;
  return f[exact] ?? (kind && f[kind]) ?? f.all;
}

function formatterFor(a: NDArray, vals: any[], opts: PrintOptions): Fmt {
  const user = opts.formatter && userFormatter(a.dtype, opts.formatter);
  if (user) return (v) => user(v, a.dtype);
  if (isStr(a.dtype)) {
    const r = getObjectHooks().repr;
    return (v) => r(v);
  }
  switch (a.dtype) {
    case "bool":
      return a.ndim === 0 ? (v) => (v ? "True" : "False") : (v) => (v ? " True" : "False");
    case "float64":
    case "float32":
    case "float16":
      // NumPy checks a precision's sign where a float formatter is made (FloatingFormat), so a negative precision is
      // an error only for float arrays that are printed without a formatter of the user's
      if (opts.precision < 0) throw valueError("precision must be >= 0");
      if (opts.precision > 2 ** 63) throw new NPError("OverflowError", "Python int too large to convert to C long");
      return floatFormatter(vals, widthOf(a.dtype), opts);
    case "object": {
      const r = getObjectHooks().repr;
      return (v) => r(v);
    }
    default:
      return intFormatter(vals, opts.sign);
  }
}

/**
 * Printing's work, charged as it goes so that a long print (10**5 floats under threshold=sys.maxsize take ~0.3 s)
 * checks the deadline inside it: about 16 interpreter steps per element and pass, in batches.
 */
const OPS_PER_ELEMENT = 1024;
const METER_BATCH = 256;
/** What an element's formatted text holds while the print is assembled (the string, its slot in the lists). */
const BYTES_PER_ELEMENT = 64;
function meter(): () => void {
  let n = 0;
  return () => {
    if (++n === METER_BATCH) {
      n = 0;
      charge(METER_BATCH * OPS_PER_ELEMENT);
      chargeAlloc(METER_BATCH * BYTES_PER_ELEMENT);
    }
  };
}

function metered(fmt: Fmt): Fmt {
  const tick = meter();
  return (v) => {
    tick();
    return fmt(v);
  };
}

// ------------------------------------------------------------------ array layout
function extendLine(s: string, line: string, word: string, lineWidth: number, nextLinePrefix: string): [string, string] {
  let needsWrap = line.length + word.length > lineWidth;
  if (line.length <= nextLinePrefix.length) needsWrap = false;
  if (needsWrap) {
    s += line.replace(/\s+$/, "") + "\n";
    line = nextLinePrefix;
  }
  line += word;
  return [s, line];
}

function extendLinePretty(s: string, line: string, word: string, lineWidth: number, nextLinePrefix: string): [string, string] {
  const words = word.split("\n");
  if (words.length === 1) return extendLine(s, line, word, lineWidth, nextLinePrefix);
  const maxWordLength = Math.max(...words.map((w) => w.length));
  if (line.length + maxWordLength > lineWidth && line.length > nextLinePrefix.length) {
    s += line.replace(/\s+$/, "") + "\n";
    line = nextLinePrefix + words[0];
    const indent = nextLinePrefix;
    for (const w of words.slice(1)) {
      s += line.replace(/\s+$/, "") + "\n";
      line = indent + w;
    }
  } else {
    const indent = " ".repeat(line.length);
    line += words[0];
    for (const w of words.slice(1)) {
      s += line.replace(/\s+$/, "") + "\n";
      line = indent + w;
    }
  }
  return [s, line];
}

function formatArray(
  a: NDArray,
  fmt: Fmt,
  lineWidth: number,
  nextLinePrefix: string,
  separator: string,
  edgeItems: number,
  summaryInsert: string,
): string {
  const d = a.data as any;
  const nd = a.ndim;
  const sepR = separator.replace(/\s+$/, "");
  const recurser = (axis: number, off: number, hangingIndent: string, currWidth: number): string => {
    const axesLeft = nd - axis;
    if (axesLeft === 0) return fmt(d[off]);
    const nextHangingIndent = hangingIndent + " ";
    const nextWidth = currWidth - 1;
    const aLen = a.shape[axis],
      st = a.strides[axis];
    const showSummary = summaryInsert !== "" && 2 * edgeItems < aLen;
    const leading = showSummary ? edgeItems : 0;
    const trailing = showSummary ? edgeItems : aLen;
    let s = "";
    if (axesLeft === 1) {
      const elemWidth = currWidth - Math.max(sepR.length, 1);
      let line = hangingIndent;
      for (let i = 0; i < leading; i++) {
        const word = recurser(axis + 1, off + i * st, nextHangingIndent, nextWidth);
        [s, line] = extendLinePretty(s, line, word, elemWidth, hangingIndent);
        line += separator;
      }
      if (showSummary) {
        [s, line] = extendLine(s, line, summaryInsert, elemWidth, hangingIndent);
        line += separator;
      }
      for (let i = trailing; i > 1; i--) {
        const word = recurser(axis + 1, off + (aLen - i) * st, nextHangingIndent, nextWidth);
        [s, line] = extendLinePretty(s, line, word, elemWidth, hangingIndent);
        line += separator;
      }
      const word = recurser(axis + 1, off + (aLen - 1) * st, nextHangingIndent, nextWidth);
      [s, line] = extendLinePretty(s, line, word, elemWidth, hangingIndent);
      s += line;
    } else {
      const lineSep = sepR + "\n".repeat(axesLeft - 1);
      for (let i = 0; i < leading; i++) {
        s += hangingIndent + recurser(axis + 1, off + i * st, nextHangingIndent, nextWidth) + lineSep;
      }
      if (showSummary) s += hangingIndent + summaryInsert + lineSep;
      for (let i = trailing; i > 1; i--) {
        s += hangingIndent + recurser(axis + 1, off + (aLen - i) * st, nextHangingIndent, nextWidth) + lineSep;
      }
      s += hangingIndent + recurser(axis + 1, off + (aLen - 1) * st, nextHangingIndent, nextWidth);
    }
    return "[" + s.slice(hangingIndent.length) + "]";
  };
  return recurser(0, a.offset, nextLinePrefix, lineWidth);
}

/** values that will be displayed (respecting summarisation) */
function displayedValues(a: NDArray, summarize: boolean, edge: number): any[] {
  const d = a.data as any;
  const out: any[] = [];
  const tick = meter();
  const rec = (axis: number, off: number) => {
    if (axis === a.ndim) {
      tick();
      out.push(d[off]);
      return;
    }
    const n = a.shape[axis],
      st = a.strides[axis];
    if (summarize && n > 2 * edge) {
      for (let i = 0; i < edge; i++) rec(axis + 1, off + i * st);
      for (let i = n - edge; i < n; i++) rec(axis + 1, off + i * st);
    } else for (let i = 0; i < n; i++) rec(axis + 1, off + i * st);
  };
  rec(0, a.offset);
  return out;
}

/** np.array2string */
export function array2string(a: NDArray, separator = " ", prefix = "", suffix = "", opts: PrintOptions = printOptions): string {
  if (a.size === 0) return "[]";
  const summarize = a.size > opts.threshold;
  const vals = displayedValues(a, summarize, opts.edgeitems);
  const fmt = metered(formatterFor(a, vals, opts));
  const lineWidth = opts.linewidth - suffix.length;
  return formatArray(a, fmt, lineWidth, " " + " ".repeat(prefix.length), separator, opts.edgeitems, summarize ? "..." : "");
}

/** str(a) / print(a) */
export function arrayStr(a: NDArray): string {
  if (a.ndim === 0) return scalarStr(new NPScalar(a.dtype, (a.data as any)[a.offset]));
  return array2string(a, " ", "");
}

const IMPLIED: Partial<Record<DType, boolean>> = { float64: true, int64: true, bool: true };
function dtypeName(dt: DType): string {
  return isStr(dt) ? `'${dt}'` : dt;
}

/** repr(a) */
export function arrayRepr(a: NDArray, className = "array"): string {
  const prefix = className + "(";
  const isEmpty1d = a.ndim === 1 && a.shape[0] === 0;
  const lst = a.size > 0 || isEmpty1d ? array2string(a, ", ", prefix, ")") : "[]";
  const arrStr = prefix + lst;
  const extras: string[] = [];
  if ((a.size === 0 && !isEmpty1d) || a.size > printOptions.threshold)
    extras.push(`shape=(${a.shape.join(", ")}${a.ndim === 1 ? "," : ""})`);
  if (!IMPLIED[a.dtype] || a.size === 0) extras.push(`dtype=${dtypeName(a.dtype)}`);
  if (extras.length === 0) return arrStr + ")";
  const extraStr = extras.join(", ") + ")";
  const lastLineLen = arrStr.length + 1 - (arrStr.lastIndexOf("\n") + 1);
  let spacer = " ";
  if (lastLineLen + extraStr.length + 1 > printOptions.linewidth) spacer = "\n" + " ".repeat(prefix.length);
  return arrStr + "," + spacer + extraStr;
}

/** format a Python-style repr for anything this library returns */
export function repr(x: NDArray | NPScalar): string {
  return x instanceof NDArray ? arrayRepr(x) : scalarRepr(x);
}
export function str(x: NDArray | NPScalar): string {
  return x instanceof NDArray ? arrayStr(x) : scalarStr(x);
}
