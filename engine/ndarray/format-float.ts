// np.format_float_positional / np.format_float_scientific in their unique mode (Dragon4 with an optional cutoff of
// `precision` digits): the shortest round-trip digits, or the exact value rounded (ties to even) at the cutoff, where
// Dragon4 keeps the zeros it generated (0.30000000000000004 at 3 digits: "0.300") but drops those of a carry
// (9.99 at 1 digit: "1.e+01"); then `trim` and `sign` as NumPy applies them.
import { exactDecimal, expStr, shortest, toExpEven, toFixedEven, type Width } from "./print";

export type Trim = "k" | "." | "0" | "-";

export interface FloatFormat {
  precision: number | null;
  trim: Trim;
  sign: boolean;
}

function special(x: number, sign: boolean): string | null {
  if (x !== x) return "nan";
  if (x === Infinity) return sign ? "+inf" : "inf";
  if (x === -Infinity) return "-inf";
  return null;
}

/** the fraction digits as `trim` leaves them, with the point: "", "." or ".0" when none are left */
function trimmed(frac: string, trim: Trim): string {
  const f = trim === "k" ? frac : frac.replace(/0+$/, "");
  if (f !== "") return "." + f;
  return trim === "-" ? "" : trim === "0" ? ".0" : ".";
}

/** the digits a cutoff keeps: the rounded ones, less the trailing zeros of a carry when the value was rounded up */
function cutDigits(rounded: string, truncated: string): string {
  return rounded === truncated ? rounded : rounded.replace(/0+$/, "");
}

export function formatPositional(x: number, w: Width, o: FloatFormat): string {
  const s = special(x, o.sign);
  if (s !== null) return s;
  const neg = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  let ip = "0",
    fp = "";
  if (ax !== 0) {
    const [D, E] = shortest(ax, w);
    const fracDigits = Math.max(0, D.length - 1 - E);
    if (o.precision === null || fracDigits <= o.precision) {
      if (E >= 0) {
        ip = D.length <= E + 1 ? D + "0".repeat(E + 1 - D.length) : D.slice(0, E + 1);
        fp = D.length <= E + 1 ? "" : D.slice(E + 1);
      } else fp = "0".repeat(-E - 1) + D;
    } else {
      const p = o.precision;
      if (p > 100) throw new RangeError("precision");
      const r = toFixedEven(ax, p);
      const dot = r.indexOf(".");
      ip = dot < 0 ? r : r.slice(0, dot);
      const [eip, efp] = exactDecimal(ax);
      const truncated = (efp + "0".repeat(p)).slice(0, p);
      fp = dot < 0 ? "" : r.slice(dot + 1);
      fp = ip === eip ? cutDigits(fp, truncated) : fp.replace(/0+$/, "");
    }
  }
  return (neg ? "-" : o.sign ? "+" : "") + ip + trimmed(fp, o.trim);
}

export function formatScientific(x: number, w: Width, o: FloatFormat): string {
  const s = special(x, o.sign);
  if (s !== null) return s;
  const neg = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  let D = "0",
    E = 0;
  if (ax !== 0) {
    [D, E] = shortest(ax, w);
    const p = o.precision;
    if (p !== null && D.length - 1 > p) {
      if (p > 100) throw new RangeError("precision");
      const [m, e] = toExpEven(ax, p);
      const rounded = m.replace(".", "");
      const [eip, efp] = exactDecimal(ax);
      const exact = (eip + efp).replace(/^0+/, "");
      D = e === E ? cutDigits(rounded, (exact + "0".repeat(p + 1)).slice(0, p + 1)) : rounded.replace(/0+$/, "");
      E = e;
    }
  }
  return (neg ? "-" : o.sign ? "+" : "") + D[0] + trimmed(D.slice(1), o.trim) + "e" + expStr(E, 2);
}
