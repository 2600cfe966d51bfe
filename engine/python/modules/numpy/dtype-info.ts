// dtype queries: isscalar, result_type, promote_types, iinfo/finfo.
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar } from "../../../ndarray/index";
import { PyType, PyInstance } from "../../objects/core";
import { objectType } from "../../objects/types";
import { getIter, isNumber } from "../../objects/ops";
import { bindPy } from "./signature";
import { isPyError } from "./testing-compare";
import { TypeError, valueError } from "../../errors";
import { PyDtype, toDType, opnd } from "./conv";
import { dtypeOf, builtinAdder, def } from "./types";
import { lazyParts } from "./lazy";

const FINFO: Record<string, { eps: number; max: number; tiny: number; resolution: number; precision: number }> = {
  float16: { eps: 0.0009765625, max: 65504, tiny: 6.103515625e-5, resolution: 0.0010004043579101562, precision: 3 },
  float32: {
    eps: 1.1920928955078125e-7,
    max: 3.4028234663852886e38,
    tiny: 1.1754943508222875e-38,
    resolution: 9.999999974752427e-7,
    precision: 6,
  },
  float64: { eps: 2.220446049250313e-16, max: 1.7976931348623157e308, tiny: 2.2250738585072014e-308, resolution: 1e-15, precision: 15 },
};

/** finfo's other parameters, and the texts its str() and repr() print (NumPy's own formatting of each value) */
const FINFO_MORE: Record<
  string,
  {
    machep: number;
    negep: number;
    minexp: number;
    maxexp: number;
    nexp: number;
    nmant: number;
    epsneg: number;
    subnormal: number;
    text: string[];
    reprMax: string;
  }
> = {
  float16: {
    machep: -10,
    negep: -11,
    minexp: -14,
    maxexp: 16,
    nexp: 5,
    nmant: 10,
    epsneg: 0.00048828125,
    subnormal: 5.960464477539063e-8,
    text: ["3", "0.001", "0.000977", "0.0004883", "6.104e-05", "6.55e+04", "6.104e-05", "6e-08"],
    reprMax: "6.55040e+04",
  },
  float32: {
    machep: -23,
    negep: -24,
    minexp: -126,
    maxexp: 128,
    nexp: 8,
    nmant: 23,
    epsneg: 5.960464477539063e-8,
    subnormal: 1.401298464324817e-45,
    text: ["6", "1e-06", "1.1920929e-07", "5.9604645e-08", "1.1754944e-38", "3.4028235e+38", "1.1754944e-38", "1e-45"],
    reprMax: "3.4028235e+38",
  },
  float64: {
    machep: -52,
    negep: -53,
    minexp: -1022,
    maxexp: 1024,
    nexp: 11,
    nmant: 52,
    epsneg: 1.1102230246251565e-16,
    subnormal: 5e-324,
    text: [
      "15",
      "1e-15",
      "2.220446049250313e-16",
      "1.1102230246251565e-16",
      "2.2250738585072014e-308",
      "1.7976931348623157e+308",
      "2.2250738585072014e-308",
      "5e-324",
    ],
    reprMax: "1.7976931348623157e+308",
  },
};
const RULE = "---------------------------------------------------------------";

function finfoStr(dt: string): string {
  const m = FINFO_MORE[dt]!;
  const [precision, resolution, eps, epsneg, tiny, max, normal, subnormal] = m.text;
  return [
    `Machine parameters for ${dt}`,
    RULE,
    `precision = ${precision}   resolution = ${resolution}`,
    `machep = ${m.machep}   eps =        ${eps}`,
    `negep =  ${m.negep}   epsneg =     ${epsneg}`,
    `minexp = ${m.minexp}   tiny =       ${tiny}`,
    `maxexp = ${m.maxexp}   max =        ${max}`,
    `nexp =   ${m.nexp}   min =        -max`,
    `smallest_normal = ${normal}   smallest_subnormal = ${subnormal}`,
    RULE,
    "",
  ].join("\n");
}

export function addDtypeInfo(d: Map<string, any>): void {
  const fn = builtinAdder(d);
  fn("isscalar", (a) => isNumber(a[0]) || a[0] instanceof NPScalar || typeof a[0] === "string");
  // numpy's iterable: whether iter(y) succeeds (a TypeError means no)
  fn("iterable", (a, kw) => {
    const y = bindPy({ name: "iterable", positional: ["y"], required: 1 }, a, kw).y;
    try {
      getIter(y);
      return true;
    } catch (e) {
      if (isPyError(e, TypeError)) return false;
      throw e;
    }
  });
  fn("result_type", (a) =>
    dtypeOf(
      N.resultType(
        ...a.map((x) => (x instanceof PyDtype || x instanceof PyType || typeof x === "string" ? N.zeros([1], toDType(x)!) : opnd(x))),
      ),
    ),
  );
  fn("promote_types", (a) => dtypeOf(N.promoteTypes(toDType(a[0])!, toDType(a[1])!)));
  const iinfoType = new PyType("iinfo", [objectType]);
  const finfoType = new PyType("finfo", [objectType]);
  iinfoType.module = finfoType.module = "numpy";
  const dtName = (self: PyInstance) => (self.dict.get("dtype") as PyDtype).dt;
  const limit = (self: PyInstance, k: string) => String(self.dict.get(k));
  def(iinfoType, "__str__", (self: PyInstance) =>
    [`Machine parameters for ${dtName(self)}`, RULE, `min = ${limit(self, "min")}`, `max = ${limit(self, "max")}`, RULE, ""].join("\n"),
  );
  def(iinfoType, "__repr__", (self: PyInstance) => `iinfo(min=${limit(self, "min")}, max=${limit(self, "max")}, dtype=${dtName(self)})`);
  def(finfoType, "__str__", (self: PyInstance) => finfoStr(dtName(self)));
  def(finfoType, "__repr__", (self: PyInstance) => {
    const dt = dtName(self),
      m = FINFO_MORE[dt]!;
    return `finfo(resolution=${m.text[1]}, min=-${m.reprMax}, max=${m.reprMax}, dtype=${dt})`;
  });
  const info = (a: any[], integer: boolean) => {
    const dt = toDType(a[0] instanceof NDArray ? dtypeOf(a[0].dtype) : a[0])!;
    const inst = new PyInstance(integer ? iinfoType : finfoType);
    const lim = N.INT_BOUNDS[dt];
    if (integer && !lim) throw valueError(`Invalid integer data type '${N.kindOf(dt)}'.`);
    if (!integer && !N.isFloat(dt))
      throw valueError(`data type <class 'numpy.${dt === "bool" ? "bool" : dt === "object" ? "object_" : dt}'> not inexact`);
    if (lim) {
      inst.dict.set("min", dt === "int64" ? -(2n ** 63n) : lim[0]);
      inst.dict.set("max", dt === "int64" ? 2n ** 63n - 1n : dt === "uint64" ? 2n ** 64n - 1n : lim[1]);
      inst.dict.set("bits", N.itemsize(dt) * 8);
    } else {
      const f = FINFO[dt];
      const sc = (v: number) => new NPScalar(dt, v);
      inst.dict.set("eps", sc(f.eps));
      inst.dict.set("max", sc(f.max));
      inst.dict.set("min", sc(-f.max));
      inst.dict.set("tiny", sc(f.tiny));
      inst.dict.set("smallest_normal", sc(f.tiny));
      inst.dict.set("resolution", sc(f.resolution));
      inst.dict.set("precision", f.precision);
      const m = FINFO_MORE[dt]!;
      for (const k of ["machep", "negep", "minexp", "maxexp", "nexp", "nmant"] as const) inst.dict.set(k, m[k]);
      inst.dict.set("iexp", m.nexp);
      inst.dict.set("epsneg", sc(m.epsneg));
      inst.dict.set("smallest_subnormal", sc(m.subnormal));
      inst.dict.set("bits", N.itemsize(dt) * 8);
    }
    inst.dict.set("dtype", dtypeOf(dt));
    return inst;
  };
  fn("iinfo", (a) => info(a, true));
  fn("finfo", (a) => info(a, false));
}

lazyParts.dtypeInfo = addDtypeInfo; // this file loads with the stdlib chunk (engine/stdlib.ts)
