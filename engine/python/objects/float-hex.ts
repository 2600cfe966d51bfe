// float.hex() and float.fromhex(): exact hexadecimal spellings of doubles, as CPython writes and reads them
// (round-half-even when a hex string has more precision than a double; subnormals; overflow raises).
import { PyFloat, PyClassMethod, PyMethodDescr } from "./core";
import { floatType } from "./types";
import { def } from "./methods";
import { toNum } from "./ops/numbers";
import { chargeString } from "../charge";
import { exc, typeError, valueError, OverflowError } from "../errors";

export function floatHex(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  const hi = dv.getUint32(0),
    lo = dv.getUint32(4);
  const sign = hi >>> 31 ? "-" : "";
  const e = (hi >>> 20) & 0x7ff;
  const mant = ((BigInt(hi & 0xfffff) << 32n) | BigInt(lo)).toString(16).padStart(13, "0");
  if (e === 0 && mant === "0000000000000") return `${sign}0x0.0p+0`;
  const exp = e === 0 ? -1022 : e - 1023;
  return `${sign}0x${e === 0 ? 0 : 1}.${mant}p${exp >= 0 ? "+" : ""}${exp}`;
}

const HEX_RE = /^\s*([+-]?)(?:(inf(?:inity)?)|(nan)|(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?)\s*$/i;

export function floatFromHex(s: string): number {
  chargeString(s.length);
  const m = HEX_RE.exec(s);
  if (m === null) throw valueError("invalid hexadecimal floating-point string");
  const neg = m[1] === "-";
  if (m[2]) return neg ? -Infinity : Infinity;
  if (m[3]) return NaN;
  const ip = m[4] ?? "",
    fp = m[5] ?? "";
  if (!ip.length && !fp.length) throw valueError("invalid hexadecimal floating-point string");
  const mant = BigInt("0x" + ((ip + fp).replace(/^0+/, "") || "0"));
  const pexp = m[6] ? Number(m[6]) : 0;
  const v = ldexpRounded(mant, pexp - 4 * fp.length);
  if (!Number.isFinite(v)) throw exc(OverflowError, "hexadecimal value too large to represent as a float");
  return neg ? -v : v;
}

/** m · 2^e rounded to the nearest double (ties to even), subnormals included */
function ldexpRounded(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const bits = m.toString(2).length;
  const top = bits - 1 + e; // exponent of the leading bit
  if (top > 1023) return Infinity;
  const keep = top >= -1022 ? 53 : 53 - (-1022 - top);
  if (keep < 0) return 0;
  let q = m,
    shift = 0;
  if (bits > keep) {
    shift = bits - keep;
    q = m >> BigInt(shift);
    const rem = m - (q << BigInt(shift)),
      half = 1n << BigInt(shift - 1);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  }
  const p = e + shift;
  return Number(q) * 2 ** p; // q < 2^53 and -1074 ≤ p ≤ 971: exact
}

// toNum: self may be a np.float64 (a float subclass whose value is not a PyFloat's)
def(floatType, "hex", (v: PyFloat) => floatHex(toNum(v)));
floatType.dict.set(
  "fromhex",
  new PyClassMethod(
    new PyMethodDescr("fromhex", (_cls: any, a: any[]) => {
      if (a.length !== 1) throw typeError(`float.fromhex() takes exactly one argument (${a.length} given)`);
      if (typeof a[0] !== "string") throw typeError(`bad argument type for built-in operation`);
      return new PyFloat(floatFromHex(a[0]));
    }),
  ),
);
