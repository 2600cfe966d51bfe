// slice objects' start/stop/step attributes and indices(length), and the int methods bit_count and
// as_integer_ratio (slices passed to a class's __getitem__ are read through these).
import { PyProperty, PySlice, PyTuple } from "./core";
import { intType, sliceType } from "./types";
import { def } from "./methods";
import { sliceIndices, toIndex } from "./ops";
import { typeError, valueError } from "../errors";

sliceType.dict.set("start", new PyProperty((s: PySlice) => s.start, null, true));
sliceType.dict.set("stop", new PyProperty((s: PySlice) => s.stop, null, true));
sliceType.dict.set("step", new PyProperty((s: PySlice) => s.step, null, true));
def(sliceType, "indices", (s: PySlice, a) => {
  if (a.length !== 1) throw typeError(`slice.indices() takes exactly one argument (${a.length} given)`);
  const n = toIndex(a[0]);
  if (n < 0) throw valueError("length should not be negative");
  return new PyTuple(sliceIndices(s, n));
});
def(intType, "bit_count", (v: any) => {
  const x = typeof v === "bigint" ? (v < 0n ? -v : v) : Math.abs(Number(v));
  return [...x.toString(2)].filter((c) => c === "1").length;
});
def(intType, "as_integer_ratio", (v: any) => new PyTuple([typeof v === "boolean" ? +v : v, 1]));
