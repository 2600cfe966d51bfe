// np.format_float_positional and np.format_float_scientific (unique mode; the padding options and unique=False raise
// NotImplementedError rather than being ignored).
import * as N from "../../../ndarray/index";
import { formatPositional, formatScientific, type Trim } from "../../../ndarray/format-float";
import { PyFloat } from "../../objects/core";
import { typeName } from "../../objects/types";
import { toIndex, truthy } from "../../objects/ops";
import { exc, excTypes, typeError, valueError } from "../../errors";
import { unsupported } from "./conv";
import { bindPy } from "./signature";
import type { KW } from "../../objects/core";

const TRIMS = ["k", ".", "0", "-"];

/** the value and its float width, as Dragon4 reads a Python number or a NumPy scalar */
function floatOperand(fname: string, x: any): [number, N.Width] {
  if (typeof x === "number" || typeof x === "boolean") return [Number(x), 64];
  if (typeof x === "bigint") return [Number(x), 64];
  if (x instanceof PyFloat) return [x.v, 64];
  if (x instanceof N.NPScalar && !N.isStr(x.dtype) && x.dtype !== "object") return [Number(x.value), N.widthOf(x.dtype)];
  if (x instanceof N.NDArray) throw exc(excTypes.get("NotImplementedError")!, `${fname}() of an array is not supported by this engine`);
  throw typeError(`must be real number, not ${typeName(x)}`);
}

function options(fname: string, p: Record<string, any>): { precision: number | null; trim: Trim; sign: boolean } {
  unsupported(fname, "unique", p.unique, (v) => v === undefined || truthy(v));
  for (const k of ["fractional"]) unsupported(fname, k, p[k], (v) => v === undefined || truthy(v));
  for (const k of ["pad_left", "pad_right", "exp_digits", "min_digits"]) unsupported(fname, k, p[k]);
  const precision = p.precision === undefined || p.precision === null ? null : toIndex(p.precision);
  if (precision !== null && precision < 0) throw valueError("precision must be >= 0");
  const trim = p.trim === undefined ? "k" : p.trim;
  if (!TRIMS.includes(trim)) throw typeError(`if supplied, trim must be 'k', '.', '0' or '-' found \`${String(trim).padStart(100)}\``);
  return { precision, trim, sign: p.sign !== undefined && truthy(p.sign) };
}

function tooPrecise(fname: string, e: unknown): never {
  if (e instanceof RangeError)
    throw exc(excTypes.get("NotImplementedError")!, `${fname}(): a precision above 100 is not supported by this engine`);
  throw e;
}

export function addFormatFloat(fn: (name: string, f: (a: any[], kw: KW) => any) => void): void {
  fn("format_float_positional", (a, kw) => {
    const name = "format_float_positional";
    const p = bindPy(
      { name, positional: ["x", "precision", "unique", "fractional", "trim", "sign", "pad_left", "pad_right", "min_digits"], required: 1 },
      a,
      kw,
    );
    const o = options(name, p);
    const [x, w] = floatOperand(name, p.x);
    try {
      return formatPositional(x, w, o);
    } catch (e) {
      tooPrecise(name, e);
    }
  });
  fn("format_float_scientific", (a, kw) => {
    const name = "format_float_scientific";
    const p = bindPy(
      { name, positional: ["x", "precision", "unique", "trim", "sign", "pad_left", "exp_digits", "min_digits"], required: 1 },
      a,
      kw,
    );
    const o = options(name, p);
    const [x, w] = floatOperand(name, p.x);
    try {
      return formatScientific(x, w, o);
    } catch (e) {
      tooPrecise(name, e);
    }
  });
}
