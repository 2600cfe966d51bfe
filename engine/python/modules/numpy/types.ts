// The numpy binding's Python types (ndarray, generic and its scalar types, dtype, ufunc) and the helpers that define their methods.
import { NDArray, NPScalar, NPError, DType, isStr } from "../../../ndarray/index";
import { PyBuiltin, PyType, PyProperty, PyMethodDescr, KW, typeVersion, PyFastCall } from "../../objects/core";
import { objectType, floatType, strType } from "../../objects/types";
import { scalarTypes, PyDtype, noKeywords, noKeywordsMethod } from "./conv";

// ---------------------------------------------------------------- types
export const ndarrayType = new PyType("ndarray", [objectType]);
ndarrayType.module = "numpy";
ndarrayType.tpName = "numpy.ndarray";
(NDArray.prototype as any).pyType = ndarrayType;
(NDArray.prototype as any).__np = true;
(NPScalar.prototype as any).__np = true;

export const genericType = new PyType("generic", [objectType]);
genericType.module = "numpy";
for (const dt of [
  "float64",
  "float32",
  "float16",
  "int64",
  "int32",
  "int16",
  "int8",
  "uint8",
  "uint16",
  "uint32",
  "uint64",
  "bool",
  "object",
] as DType[]) {
  const bases = dt === "float64" ? [genericType, floatType] : [genericType];
  const t = new PyType(dt === "object" ? "object_" : dt, bases);
  t.module = "numpy";
  t.tpName = "numpy." + t.name;
  scalarTypes.set(dt, t);
}
/** np.str_, the scalar type of every str dtype ('<U0' stands for them all in scalarTypes) */
export const strScalarType = new PyType("str_", [genericType, strType]);
strScalarType.module = "numpy";
strScalarType.tpName = "numpy.str_";
scalarTypes.set("<U0", strScalarType);
Object.defineProperty(NPScalar.prototype, "pyType", {
  get() {
    const dt = (this as NPScalar).dtype;
    return isStr(dt) ? strScalarType : scalarTypes.get(dt);
  },
  configurable: true,
});

export const dtypeType = new PyType("dtype", [objectType]);
dtypeType.module = "numpy";
(PyDtype.prototype as any).pyType = dtypeType;
const dtypeCache = new Map<DType, PyDtype>();
export const dtypeOf = (dt: DType) => {
  let d = dtypeCache.get(dt);
  if (!d) {
    d = new PyDtype(dt);
    dtypeCache.set(dt, d);
  }
  return d;
};

export const ufuncType = new PyType("ufunc", [objectType]);
ufuncType.module = "numpy";
export class PyUfunc extends PyFastCall {
  constructor(
    public name: string,
    fn: (args: any[], kw: KW) => any,
    public nin: number,
    public nout = 1,
  ) {
    super(fn);
    // with nin arguments there is no out=: NumPy makes the result
    this.tempArity = nin;
  }
}
(PyUfunc.prototype as any).pyType = ufuncType;

export const def = (t: PyType, name: string, f: (self: any, args: any[], kw: KW) => any) => {
  t.dict.set(name, new PyMethodDescr(name, noKeywordsMethod(name, f)));
  typeVersion.v++;
};
export const prop = (t: PyType, name: string, g: (self: any) => any, s?: (self: any, v: any) => void) =>
  t.dict.set(name, new PyProperty(g, s ?? null, true));
/** registers module-level builtins: fn(name, (args, kw) => result) */
export const builtinAdder = (d: Map<string, any>) => (n: string, f: (a: any[], kw: KW) => any) => {
  d.set(n, new PyBuiltin(n, noKeywords(n, f)));
};
/** calls an ndarray method by name (NumPy scalars forward sum/mean/... to it) */
export function callNdMethod(m: string, s: NDArray, a: any[], kw: KW): any {
  const f = ndarrayType.dict.get(m) as PyMethodDescr | undefined;
  if (!f) throw new NPError("NotImplementedError", `ndarray.${m} is not available in this engine`);
  return f.fn(s, a, kw);
}
