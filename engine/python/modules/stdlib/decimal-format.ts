// format(Decimal, spec) as CPython's _decimal does it: the format mini-language's fill, align, sign, 'z', zero padding,
// width, ',' grouping, precision and the types e E f F g G n %, rounding with the context's rounding mode. What
// _decimal refuses ('#', '_' grouping, an explicit alignment with '0', other types) raises its ValueError.
import { valueError } from "../../errors";
import { chargeString } from "../../charge";
import { PyDecimal, type Rounding, FINITE, dec, rescale, toSci, digitsOf } from "./decimal-number";

const SPEC = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?$/s;

/** a.b: rounded to `places` significant digits */
function roundSignificant(d: PyDecimal, places: number, mode: Rounding): PyDecimal {
  if (d.kind !== FINITE || d.isZero) return d;
  let r = rescale(d, d.adjusted() + 1 - places, mode);
  if (r.adjusted() !== d.adjusted()) r = rescale(r, r.adjusted() + 1 - places, mode);
  return r;
}

export function formatDecimal(d: PyDecimal, spec: string, rounding: Rounding, capitals: number): string {
  const m = SPEC.exec(spec);
  if (!m || m[5] || m[8] === "_" || (m[6] && m[2])) throw valueError("invalid format string");
  let fill = m[1] ?? " ",
    align = m[2] ?? ">";
  if (m[6] && !m[2]) {
    fill = "0";
    align = "=";
  }
  const signOpt = m[3] ?? "-";
  const noNegZero = !!m[4];
  const width = m[7] ? Number(m[7]) : 0;
  const sep = m[8] ?? "";
  const precision = m[9] !== undefined ? Number(m[9]) : null;
  let type = m[10] ?? null;
  chargeString(width + (precision ?? 0));
  const signOf = (neg: boolean) => (neg ? "-" : signOpt === "-" ? "" : signOpt);
  const pad = (sign: string, body: string) => {
    const padding = fill.repeat(Math.max(0, width - sign.length - body.length));
    if (align === "<") return sign + body + padding;
    if (align === "=") return sign + padding + body;
    if (align === "^") {
      const half = padding.length >> 1;
      return padding.slice(0, half) + sign + body + padding.slice(half);
    }
    return padding + sign + body;
  };
  if (d.kind !== FINITE) {
    // zero padding does not apply to NaN and Infinity: _decimal right-aligns them with spaces
    if (m[6] && !m[2]) {
      fill = " ";
      align = ">";
    }
    let body = toSci(new PyDecimal(0, d.coef, d.exp, d.kind), false, 1);
    if (type === "%") body += "%";
    return pad(signOf(d.sign === 1), body);
  }
  if (type === "n") type = "g";
  if (type === null) type = capitals ? "G" : "g";
  if (type === "%") d = dec(d.sign, d.coef, d.exp + 2);
  if (precision !== null) {
    if (type === "e" || type === "E") d = roundSignificant(d, precision + 1, rounding);
    else if ("fF%".includes(type)) d = rescale(d, -precision, rounding);
    else if (d.digits() > precision) d = roundSignificant(d, Math.max(precision, 1), rounding);
  }
  if (d.isZero && d.exp > 0 && "fF%".includes(type)) d = rescale(d, 0, rounding);
  const neg = d.sign === 1 && !(d.isZero && noNegZero);
  const coef = digitsOf(d.coef);
  const leftdigits = d.exp + coef.length;
  let dot: number;
  if (type === "e" || type === "E") dot = d.isZero && precision !== null ? 1 - precision : 1;
  else if ("fF%".includes(type)) dot = leftdigits;
  else dot = d.exp <= 0 && leftdigits > -6 ? leftdigits : 1;
  let intpart: string, frac: string;
  if (dot < 0) {
    intpart = "0";
    frac = "0".repeat(-dot) + coef;
  } else if (dot > coef.length) {
    intpart = coef + "0".repeat(dot - coef.length);
    frac = "";
  } else {
    intpart = coef.slice(0, dot) || "0";
    frac = coef.slice(dot);
  }
  const exp = leftdigits - dot;
  const sign = signOf(neg);
  if (frac) frac = "." + frac;
  if (exp !== 0 || type === "e" || type === "E") frac += ("eg".includes(type) ? "e" : "E") + (exp >= 0 ? "+" : "") + exp;
  if (type === "%") frac += "%";
  const minWidth = fill === "0" && align === "=" ? width - frac.length - sign.length : 0;
  return pad(sign, group(intpart, sep, minWidth) + frac);
}

/** CPython's _insert_thousands_sep: groups of three, zero-padded to `minWidth` */
function group(digits: string, sep: string, minWidth: number): string {
  if (!sep) {
    const l = Math.max(digits.length, minWidth, 1);
    return "0".repeat(l - digits.length) + digits;
  }
  const groups: string[] = [];
  for (;;) {
    const l = Math.min(Math.max(digits.length, minWidth, 1), 3);
    groups.push("0".repeat(l - digits.length > 0 ? l - digits.length : 0) + digits.slice(-l));
    digits = digits.slice(0, Math.max(0, digits.length - l));
    minWidth -= l;
    if (!digits && minWidth <= 0) break;
    minWidth -= sep.length;
  }
  return groups.reverse().join(sep);
}
