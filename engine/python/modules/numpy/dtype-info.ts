// dtype queries: isscalar, result_type, promote_types, iinfo/finfo.
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar } from "../../../ndarray/index";
import { PyType, PyInstance } from "../../objects/core";
import { objectType } from "../../objects/types";
import { isNumber } from "../../objects/ops";
import { PyDtype, toDType, opnd } from "./conv";
import { dtypeOf, builtinAdder } from "./types";

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
  const info = (a: any[]) => {
    const dt = toDType(a[0] instanceof NDArray ? dtypeOf(a[0].dtype) : a[0])!;
    const inst = new PyInstance(infoType);
    const lim: Record<string, [number, number]> = {
      uint8: [0, 255],
      int32: [-2147483648, 2147483647],
      int64: [-9223372036854775808, 9223372036854775807],
      bool: [0, 1],
    };
    if (lim[dt]) {
      inst.dict.set("min", dt === "int64" ? -(2n ** 63n) : lim[dt][0]);
      inst.dict.set("max", dt === "int64" ? 2n ** 63n - 1n : lim[dt][1]);
      inst.dict.set("bits", N.itemsize(dt) * 8);
    } else {
      const f32 = dt === "float32";
      const sc = (v: number) => new NPScalar(dt, v);
      inst.dict.set("eps", sc(f32 ? 1.1920928955078125e-7 : 2.220446049250313e-16));
      inst.dict.set("max", sc(f32 ? 3.4028234663852886e38 : 1.7976931348623157e308));
      inst.dict.set("min", sc(f32 ? -3.4028234663852886e38 : -1.7976931348623157e308));
      inst.dict.set("tiny", sc(f32 ? 1.1754943508222875e-38 : 2.2250738585072014e-308));
      inst.dict.set("bits", f32 ? 32 : 64);
    }
    inst.dict.set("dtype", dtypeOf(dt));
    return inst;
  };
  fn("iinfo", info);
  fn("finfo", info);
}
