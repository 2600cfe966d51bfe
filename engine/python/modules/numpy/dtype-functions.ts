// Python bindings of NumPy's dtype functions (issubdtype, can_cast), np.copyto and np.array_equiv. Registered lazily
// (./lazy.ts): engine/stdlib.ts imports this file.
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar, DType } from "../../../ndarray/index";
import { canCastDType, copyInto, equivalent, Casting } from "../../../ndarray/casting";
import { PyFloat, PyList, PyTuple, PyType, PyBuiltin, KW, typeVersion } from "../../objects/core";
import { typeName } from "../../objects/types";
import { typeError, exc, excTypes } from "../../errors";
import { lazyNumpy } from "./lazy";
import { toDType, toNd, parseArgs, scalarTypes, noKeywords, unsupported, castingArg, dtRepr } from "./conv";

/** parseArgs with CPython's message for a missing positional argument */
function args(f: string, a: any[], kw: KW, names: string[], required: number): any[] {
  const p = parseArgs(f, a, kw, names);
  const miss = names.slice(0, required).filter((_, i) => p[i] === undefined);
  if (miss.length === 1) throw typeError(`${f}() missing 1 required positional argument: '${miss[0]}'`);
  if (miss.length === 2) throw typeError(`${f}() missing 2 required positional arguments: '${miss[0]}' and '${miss[1]}'`);
  return p;
}
// NumPy's abstract scalar types (np.number, np.integer, ...), made here to keep the first bundle small: they become
// bases of the scalar types (np.float64's MRO is float64, floating, inexact, number, generic, float, object). They hold
// no methods, so what the scalar types inherit is unchanged.
const genericType = scalarTypes.get("bool")!.bases[0]!;
const abstractTypes = new Map([["generic", genericType]]);
for (const s of "number:generic integer:number signedinteger:integer unsignedinteger:integer inexact:number floating:inexact".split(" ")) {
  const [n, b] = s.split(":") as [string, string];
  const t = new PyType(n, [abstractTypes.get(b)!]);
  t.module = "numpy";
  t.tpName = "numpy." + n;
  abstractTypes.set(n, t);
}
for (const [dt, t] of scalarTypes) {
  const base = abstractTypes.get(({ f: "floating", i: "signedinteger", u: "unsignedinteger" } as any)[N.kindOf(dt)]);
  if (!base || t.bases[0] !== genericType) continue;
  t.bases = [base, ...t.bases.slice(1)];
  t.mro = [t, ...base.mro.slice(0, -1), ...t.mro.slice(2)];
}
typeVersion.v++;

const notImpl = (m: string) => exc(excTypes.get("NotImplementedError")!, m);
const isPyNum = (v: any) => typeof v === "number" || typeof v === "bigint" || typeof v === "boolean" || v instanceof PyFloat;

/** np.dtype(v).type, or v itself when it is a subclass of np.generic (NumPy's issubdtype) */
function scalarTypeOf(v: any): PyType {
  if (v instanceof PyType && v.mro.includes(genericType)) return v;
  if (v instanceof NDArray) throw typeError("Cannot construct a dtype from an array");
  let dt: DType;
  try {
    dt = v === null ? "float64" : toDType(v)!;
  } catch (e) {
    if (!(v instanceof PyType)) throw e;
    dt = "object"; // np.dtype(any other class) is dtype('O')
  }
  return scalarTypes.get(N.isStr(dt) ? "<U0" : dt)!; // "<U0": np.str_
}

function canCast(from: DType, to: DType, casting: Casting): boolean {
  const r = canCastDType(from, to, casting);
  if (r === null) throw notImpl(`can_cast(): casting between ${from} and ${to} is not supported by this engine`);
  return r;
}

function addDtypeFunctions(d: Map<string, any>): void {
  const fn = (n: string, f: (a: any[], kw: KW) => any) => d.set(n, new PyBuiltin(n, noKeywords(n, f)));
  for (const [n, t] of abstractTypes) d.set(n, t);
  fn("issubdtype", (a, kw) => {
    const p = args("issubdtype", a, kw, ["arg1", "arg2"], 2);
    return scalarTypeOf(p[0]).mro.includes(scalarTypeOf(p[1]));
  });
  fn("can_cast", (a, kw) => {
    const p = args("can_cast", a, kw, ["from_", "to", "casting"], 2);
    const casting = castingArg(p[2] === undefined ? "safe" : p[2]);
    const from = p[0],
      to = p[1];
    if (isPyNum(from))
      throw typeError(
        "can_cast() does not support Python ints, floats, and complex because the result used to depend on the value.\nThis change was part of adopting NEP 50, we may explicitly allow them again in the future.",
      );
    const bad = (v: any) => v === null || v instanceof PyList || v instanceof PyTuple;
    if (bad(from) || to === null) throw typeError("did not understand one of the types; 'None' not accepted");
    const f = from instanceof NDArray || from instanceof NPScalar ? from.dtype : toDType(from)!;
    return canCast(f, toDType(to)!, casting);
  });
  fn("copyto", (a, kw) => {
    const p = args("copyto", a, kw, ["dst", "src", "casting", "where"], 2);
    const dst = p[0];
    if (!(dst instanceof NDArray)) throw typeError(`copyto() argument 1 must be a numpy.ndarray, not ${typeName(dst)}`);
    const casting = castingArg(p[2] === undefined ? "same_kind" : p[2]);
    const v = p[1],
      dt = dst.dtype,
      k = N.kindOf(dt);
    let src: NDArray;
    if (isPyNum(v)) {
      // a Python scalar is weak (NEP 50): an int fits any integer, float or object dst (if in range), a float any float one
      const from: DType = typeof v === "boolean" ? "bool" : typeof v === "number" || typeof v === "bigint" ? "int64" : "float64";
      const weakOk = (from === "int64" && "iufO".includes(k)) || (from === "float64" && "fO".includes(k));
      if (!weakOk && !canCast(from, dt, casting))
        throw typeError(`Cannot cast scalar from ${dtRepr(from)} to ${dtRepr(dt)} according to the rule '${casting}'`);
      if (typeof v === "number" && (k === "i" || k === "u")) {
        if (N.castValue(v, dt) !== v) throw exc(excTypes.get("OverflowError")!, `Python integer ${v} out of bounds for ${dt}`);
      }
      // a Python int past 2**53 goes straight into dst's dtype: exactly, NumPy's OverflowError, or refused
      src = typeof v === "bigint" ? N.full([], v, dt) : N.astype(toNd(v), dt);
    } else {
      const s = toNd(v);
      if (!canCast(s.dtype, dt, casting))
        throw typeError(
          `Cannot cast ${s.ndim === 0 ? "scalar" : "array data"} from ${dtRepr(s.dtype)} to ${dtRepr(dt)} according to the rule '${casting}'`,
        );
      src = N.astype(s, dt); // a copy: src may share dst's memory
    }
    let where: NDArray | null = null;
    const w = p[3];
    if (typeof w === "boolean") {
      if (!w) return null;
    } else if (w !== undefined) {
      unsupported(
        "copyto",
        "where",
        w,
        (x) => x instanceof NDArray || x instanceof NPScalar || x instanceof PyList || x instanceof PyTuple,
      );
      // a list is read as bools; an array must already be one (NumPy casts it with the 'safe' rule)
      where = w instanceof PyList || w instanceof PyTuple ? toNd(w, "bool") : toNd(w);
      if (where.dtype !== "bool")
        throw typeError(`Cannot cast array data from ${dtRepr(where.dtype)} to dtype('bool') according to the rule 'safe'`);
    }
    copyInto(dst, src, where);
    return null;
  });
  fn("array_equiv", (a, kw) => {
    const p = args("array_equiv", a, kw, ["a1", "a2"], 2);
    const x = toNd(p[0]),
      y = toNd(p[1]);
    // (str arrays are refused before this by the str-array guard of ./str-arrays.ts)
    if (x.dtype === "object" || y.dtype === "object") throw notImpl("array_equiv(): object arrays are not supported by this engine");
    return equivalent(x, y);
  });
}

lazyNumpy.push(addDtypeFunctions);
