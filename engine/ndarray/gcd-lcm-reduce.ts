// np.gcd.reduce / np.lcm.reduce: integer arrays only. gcd starts from its identity 0 (np.gcd.reduce([-5]) is 5), lcm
// has none (it starts from the first element: np.lcm.reduce([-5]) is -5; an empty reduction raises NumPy's ValueError).
import { type DType, NDArray, NPError, NPScalar, astype, exactUint64, isInt } from "./core";
import { type Axis, genericReduce } from "./reduce";
import { dtypeClassName, gcdLcmKernel } from "./gcd-lcm";

export function gcdLcmReduce(
  name: "gcd" | "lcm",
  a: NDArray,
  axis: Axis,
  opts: { dtype?: DType; keepdims?: boolean; initial?: number },
): NDArray | NPScalar {
  if (a.dtype === "object") throw new NPError("NotImplementedError", `np.${name}.reduce of object arrays is not supported by this engine`);
  if (opts.dtype !== undefined) {
    if (!isInt(opts.dtype))
      throw new NPError("NotImplementedError", `np.${name}.reduce with dtype=${opts.dtype} is not supported by this engine`);
    if (a.dtype !== opts.dtype) a = astype(a, opts.dtype);
  }
  if (!isInt(a.dtype))
    throw new NPError(
      "UFuncTypeError",
      `ufunc '${name}' did not contain a loop with signature matching types (None, ${dtypeClassName(a.dtype)}) -> None`,
    );
  const init = opts.initial !== undefined ? opts.initial : name === "gcd" ? 0 : null;
  return exactUint64(genericReduce(a, axis, name, a.dtype, init, gcdLcmKernel(name, a.dtype), !!opts.keepdims));
}
