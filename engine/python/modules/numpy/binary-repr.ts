// np.binary_repr and np.base_repr: numpy/_core/numeric.py's string forms of a Python integer (two's complement for a
// negative number given a width), on BigInt so that any Python int is exact. Registered lazily (./lazy.ts).
import { call, toIndex, toIntValue, truthy } from "../../objects/ops";
import { builtins } from "../../builtins";
import { valueError } from "../../errors";
import { bitLength, chargeBigLinear } from "../../charge";
import { bindPy } from "./signature";
import { builtinAdder } from "./types";
import { lazyNumpy } from "./lazy";

const big = (v: number | bigint) => (typeof v === "bigint" ? v : BigInt(v));

function binaryRepr(num: bigint, width: number | null): string {
  const insufficient = (binwidth: number) => {
    if (width !== null && width < binwidth) throw valueError(`Insufficient bit width=${width} provided for binwidth=${binwidth}`);
  };
  if (num === 0n) return "0".repeat(width || 1);
  if (num > 0n) {
    const binary = num.toString(2);
    insufficient(binary.length);
    return binary.padStart(width === null ? 0 : width, "0");
  }
  if (width === null) return `-${(-num).toString(2)}`;
  let poswidth = (-num).toString(2).length;
  // gh-8679: no extra digit for numbers at the boundaries
  if (1n << BigInt(poswidth - 1) === -num) poswidth -= 1;
  const binary = ((1n << BigInt(poswidth + 1)) + num).toString(2);
  insufficient(binary.length);
  return "1".repeat(Math.max(binary.length, width) - binary.length) + binary;
}

const DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

lazyNumpy.push((d) => {
  const fn = builtinAdder(d);
  fn("binary_repr", (a, kw) => {
    const p = bindPy({ name: "binary_repr", positional: ["num", "width"], required: 1 }, a, kw);
    const num = big(toIntValue(p.num));
    chargeBigLinear(bitLength(num < 0n ? -num : num));
    return binaryRepr(num, p.width === undefined || p.width === null ? null : toIndex(p.width));
  });
  fn("base_repr", (a, kw) => {
    const p = bindPy({ name: "base_repr", positional: ["number", "base", "padding"], required: 1 }, a, kw);
    const base = p.base === undefined ? 2 : toIndex(p.base);
    if (base > DIGITS.length) throw valueError("Bases greater than 36 not handled in base_repr.");
    if (base < 2) throw valueError("Bases less than 2 not handled in base_repr.");
    const number = big(toIntValue(call(builtins.get("int"), [p.number], null)));
    chargeBigLinear(bitLength(number < 0n ? -number : number));
    const padding = p.padding === undefined ? 0 : p.padding;
    let digits = (number < 0n ? -number : number).toString(base).toUpperCase();
    if (digits === "0") digits = number === 0n && !truthy(padding) ? "0" : "";
    if (truthy(padding)) digits = "0".repeat(Math.max(0, toIndex(padding))) + digits;
    if (number < 0n) digits = `-${digits}`;
    return digits || "0";
  });
});
