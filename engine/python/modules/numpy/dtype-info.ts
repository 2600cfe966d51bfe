// dtype queries: isscalar, result_type, promote_types, iinfo/finfo.
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar } from "../../../ndarray/index";
import { PyType, PyInstance } from "../../objects/core";
import { objectType } from "../../objects/types";
import { isNumber } from "../../objects/ops";
import { valueError } from "../../errors";
import { PyDtype, toDType, opnd } from "./conv";
import { dtypeOf, builtinAdder } from "./types";
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

export function addDtypeInfo(d: Map<string, any>): void {
  const fn = builtinAdder(d);
  fn("isscalar", (a) => isNumber(a[0]) || a[0] instanceof NPScalar || typeof a[0] === "string");
  fn("result_type", (a) =>
    dtypeOf(
      N.resultType(
        ...a.map((x) => (x instanceof PyDtype || x instanceof PyType || typeof x === "string" ? N.zeros([1], toDType(x)!) : opnd(x))),
      ),
    ),
  );
  fn("promote_types", (a) => dtypeOf(N.promoteTypes(toDType(a[0])!, toDType(a[1])!)));
  const infoType = new PyType("iinfo", [objectType]);
  infoType.module = "numpy";
  const info = (a: any[], integer: boolean) => {
    const dt = toDType(a[0] instanceof NDArray ? dtypeOf(a[0].dtype) : a[0])!;
    const inst = new PyInstance(infoType);
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
      inst.dict.set("bits", N.itemsize(dt) * 8);
    }
    inst.dict.set("dtype", dtypeOf(dt));
    return inst;
  };
  fn("iinfo", (a) => info(a, true));
  fn("finfo", (a) => info(a, false));
}

lazyParts.dtypeInfo = addDtypeInfo; // this file loads with the stdlib chunk (engine/stdlib.ts)
