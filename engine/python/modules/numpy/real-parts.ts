// np.real, np.imag, ndarray.imag and a NumPy scalar's imag, np.iscomplex, isreal, iscomplexobj, isrealobj,
// real_if_close and angle, as numpy/lib/_type_check_impl.py and _function_base_impl.py write them. The engine has no
// complex dtypes (1j is refused when a program is compiled, np.complex128 is a refused name), so every input here is
// real: the imaginary part is zero, iscomplex is False everywhere, angle is 0 or pi. Registered lazily (./lazy.ts).
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar } from "../../../ndarray/index";
import { PyFloat, type KW } from "../../objects/core";
import { binop, call, compare, getattr, truthy } from "../../objects/ops";
import { typeError } from "../../errors";
import { bindPy } from "./signature";
import { arrayReturn } from "./conv";
import { builtinAdder, genericType, prop } from "./types";
import { lazyNumpy } from "./lazy";

/** a real array's imag: zeros of its dtype that cannot be written, as NumPy gives them */
function zerosLike(a: NDArray): NDArray {
  const z = N.zeros(a.shape, a.dtype);
  z.writeable = false;
  return z;
}

// a NumPy scalar's imag is a zero of its own type (np.float32(2).imag is np.float32(0.0), not a Python float)
prop(genericType, "imag", (s: NPScalar) => new NPScalar(s.dtype, N.isStr(s.dtype) ? "" : 0));

lazyNumpy.push((d, _linalg, nd) => {
  const np = (name: string, args: any[], kw: KW = null) => call(d.get(name), args, kw);
  const add = builtinAdder(d);
  const one = (name: string, arg: string, f: (x: any, kw: Record<string, any>) => any, more: string[] = []) =>
    add(name, (args, kw) => {
      const p = bindPy({ name, positional: [arg, ...more], required: 1 }, args, kw) as Record<string, any>;
      return f(p[arg], p);
    });

  prop(
    nd,
    "imag",
    (s: NDArray) => zerosLike(s),
    () => {
      throw typeError("array does not have imaginary part to set");
    },
  );

  // `val.real` / `val.imag` where val has them (a Python number, a NumPy scalar, an array), else of asanyarray(val)
  const part = (attr: "real" | "imag") => (val: any) => {
    if (val instanceof NDArray || val instanceof NPScalar || typeof val === "number" || typeof val === "boolean" || val instanceof PyFloat)
      return getattr(val, attr);
    if (typeof val === "bigint") return attr === "real" ? val : 0;
    return getattr(np("asanyarray", [val]), attr);
  };
  one("real", "val", part("real"));
  one("imag", "val", part("imag"));
  one("iscomplex", "x", (x) => {
    const ax = np("asanyarray", [x]) as NDArray;
    return arrayReturn(N.zeros(ax.shape, "bool"));
  });
  one("isreal", "x", (x) => compare("==", part("imag")(x), 0));
  one("iscomplexobj", "x", () => false);
  one("isrealobj", "x", () => true);
  one("real_if_close", "a", (a) => np("asanyarray", [a]), ["tol"]);
  one(
    "angle",
    "z",
    (zArg, p) => {
      const z = np("asanyarray", [zArg]);
      let a = np("arctan2", [0, z]);
      // a *= 180/pi: in place for an array (its dtype kept), a new scalar for a 0-d input's scalar
      const toDegrees = new PyFloat(180 / Math.PI);
      if (p.deg !== undefined && truthy(p.deg))
        a = a instanceof NDArray ? np("multiply", [a, toDegrees], new Map([["out", a]])) : binop("*", a, toDegrees);
      return a;
    },
    ["deg"],
  );
});
