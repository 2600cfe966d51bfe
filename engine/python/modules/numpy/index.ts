// The Python-facing `numpy` module over engine/ndarray and engine/random: registers it and its per-run state hooks.
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar, DType } from "../../../ndarray/index";
import { typeVersion } from "../../objects/core";
import { str as pyStr, truthy, compare } from "../../objects/ops";
import { TEMP } from "../../objects/ops/temporaries";
import { numpyBinding } from "../registry";
import { checkAlloc, countAlloc } from "../../limits";
import { chargeNative } from "../../charge";
import { plotState } from "../pyplot";
import { emitWarning, useWarnedSet } from "../warnings";

import "./operators";
import "./scalars";
import "./ndarray-methods";
import { makeNumpy } from "./module";
import { numberToPy, pyToNumber, objectRepr, objectAsNumber } from "./object-arrays";

let warned = new Set<string>();
// ---------------------------------------------------------------- registration
numpyBinding.make = makeNumpy;
const defaultPrintOptions = N.getPrintOptions();
numpyBinding.onRunStart = (st: any) => {
  typeVersion.v++;
  N.clearScratch();
  TEMP.v = null;
  N.setPrintOptions({ ...(st.printOptions ?? defaultPrintOptions) });
  if (!st.warned) st.warned = new Set();
  warned = st.warned;
  N.setBudget({
    // an operation is charged as 1/64 step (100 ns); a large one is refused up front if it could not end in time
    charge: (ops: number) => chargeNative((ops * 100) / 64),
    work: (ns: number) => chargeNative(ns),
    alloc: (bytes: number) => checkAlloc(bytes),
    count: (bytes: number) => countAlloc(bytes),
  });
  useWarnedSet(warned);
  N.onWarning((cat, msg) => emitWarning(cat, msg));
  N.setErrState(st.errState ?? N.DEFAULT_ERRSTATE);
  N.setObjectHooks({
    none: null,
    repr: objectRepr,
    str: (x) => pyStr(x),
    fromNumber: numberToPy,
    toNumber: pyToNumber,
    lessThan: (x, y) => truthy(compare("<", x, y)),
  });
  plotState.numHook = (v: any) => {
    if (v instanceof NDArray) return Array.from(N.ravel(N.astype(v, "float64")).data as Float64Array).slice(0, v.size);
    if (v instanceof NPScalar) return [Number(v.value)];
    return null;
  };
};
numpyBinding.onRunEnd = (st: any) => {
  N.clearScratch();
  TEMP.v = null;
  st.printOptions = N.getPrintOptions();
  st.errState = N.getErrState();
};
numpyBinding.exportValue = (v: any) => {
  if (v instanceof NDArray) {
    const flat = N.ravel(v);
    const data: (number | boolean)[] = [];
    for (let i = 0; i < flat.size; i++) {
      const x = flat.getFlat(i);
      data.push(v.dtype === "bool" ? x !== 0 : v.dtype === "object" ? objectAsNumber(x) : x);
    }
    return { py: "ndarray", dtype: v.dtype, shape: v.shape.slice(), data };
  }
  if (v instanceof NPScalar) return { py: "scalar", dtype: v.dtype, value: v.dtype === "bool" ? v.value !== 0 : v.value };
  return undefined;
};
numpyBinding.importValue = (v: any) => {
  if (v.py === "ndarray")
    return N.reshape(
      N.array(
        v.data.map((x: any) => (typeof x === "boolean" ? x : x)),
        v.dtype as DType,
      ),
      v.shape,
    );
  if (v.py === "scalar") return new NPScalar(v.dtype, typeof v.value === "boolean" ? (v.value ? 1 : 0) : v.value);
  return undefined;
};
