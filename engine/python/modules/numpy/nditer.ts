// np.nditer over one operand: NumPy's iteration order (order='K' follows the memory layout, flipping negative strides),
// the multi_index / c_index / f_index it tracks, and the 0-d views it yields (writable with op_flags=['readwrite']).
// Several operands, external_loop and the buffering/casting arguments raise NotImplementedError.
import { NDArray, valueError, indexError } from "../../../ndarray/index";
import { PyType, PyTuple, PyList, PyIterator, type KW } from "../../objects/core";
import { objectType, typeName } from "../../objects/types";
import { exc, excTypes, typeError } from "../../errors";
import { toNd, parseNamed, unsupported } from "./conv";
import { def, prop } from "./types";

const notSupported = (what: string) => exc(excTypes.get("NotImplementedError")!, `${what} is not supported by this engine`);

const GLOBAL_FLAGS = new Set([
  "multi_index",
  "c_index",
  "f_index",
  "refs_ok",
  "zerosize_ok",
  "buffered",
  "grow_inner",
  "reduce_ok",
  "common_dtype",
  "copy_if_overlap",
  "delay_bufalloc",
  "external_loop",
  "ranged",
]);
const UNSUPPORTED_GLOBAL = new Set(["external_loop", "ranged", "delay_bufalloc"]);
const OP_FLAGS = new Set([
  "readonly",
  "readwrite",
  "writeonly",
  "no_broadcast",
  "contig",
  "aligned",
  "nbo",
  "copy",
  "updateifcopy",
  "allocate",
  "no_subtype",
  "arraymask",
  "writemasked",
  "overlap_assume_elementwise",
  "virtual",
]);
const UNSUPPORTED_OP = new Set(["allocate", "arraymask", "writemasked", "virtual"]);

/** a list or tuple of flag names (`notList` is NumPy's error for anything else) */
function strList(v: any, notList: string): string[] {
  if (v === undefined || v === null) return [];
  if (!(v instanceof PyList || v instanceof PyTuple)) throw valueError(notList);
  return v.items.map((x) => {
    if (typeof x !== "string") throw typeError(`expected bytes, ${typeName(x)} found`);
    return x;
  });
}

class NdIter extends PyIterator {
  /** position in iteration order */
  pos = 0;
  started = false;
  /** axes from outermost to innermost as iterated, and whether each runs backwards */
  perm: number[];
  flip: boolean[];
  constructor(
    public arr: NDArray,
    order: string,
    public trackMulti: boolean,
    public indexKind: "c" | "f" | null,
    public writable: boolean,
  ) {
    super(() => this.advance(), "numpy.nditer");
    const nd = arr.ndim;
    this.perm = Array.from({ length: nd }, (_, k) => k);
    this.flip = new Array(nd).fill(false);
    if (order === "F") this.perm.reverse();
    else if (order === "K" || order === "A") this.perm = this.keepOrder();
  }
  /** NumPy's order='K': flip axes whose stride is negative, then sort by |stride| (insertion sort, 0 strides ambiguous) */
  private keepOrder(): number[] {
    const a = this.arr,
      nd = a.ndim;
    // a length-1 axis has no stride as far as the iterator is concerned
    const st = a.shape.map((n, k) => (n === 1 ? 0 : a.strides[k]));
    for (let k = 0; k < nd; k++)
      if (st[k] < 0) {
        this.flip[k] = true;
        st[k] = -st[k];
      }
    // positions from innermost (0) to outermost, as NumPy's axisdata are kept
    const perm: number[] = [];
    for (let k = nd - 1; k >= 0; k--) perm.push(k);
    for (let i0 = 1; i0 < nd; i0++) {
      let ipos = i0;
      const j0 = perm[i0];
      for (let i1 = i0 - 1; i1 >= 0; i1--) {
        const j1 = perm[i1];
        if (st[j0] === 0 || st[j1] === 0) continue; // ambiguous
        if (st[j1] <= st[j0]) break;
        ipos = i1;
      }
      if (ipos !== i0) {
        perm.splice(i0, 1);
        perm.splice(ipos, 0, j0);
      }
    }
    return perm.reverse();
  }
  get size(): number {
    return this.arr.size;
  }
  get finished(): boolean {
    return this.pos >= this.arr.size;
  }
  /** the operand's index of the current element */
  index(): number[] {
    const sh = this.arr.shape,
      idx: number[] = new Array(sh.length);
    let r = this.pos;
    for (let p = this.perm.length - 1; p >= 0; p--) {
      const k = this.perm[p],
        n = sh[k],
        q = r % n;
      idx[k] = this.flip[k] ? n - 1 - q : q;
      r = (r - q) / n;
    }
    return idx;
  }
  checkNotPastEnd(): void {
    if (this.finished) throw valueError("Iterator is past the end");
  }
  /** the current element as a 0-d view of the operand */
  value(): NDArray {
    this.checkNotPastEnd();
    const a = this.arr,
      idx = this.index();
    let off = a.offset;
    for (let k = 0; k < idx.length; k++) off += idx[k] * a.strides[k];
    const v = new NDArray(a.dtype, [], a.data, [], off, a);
    v.writeable = this.writable;
    return v;
  }
  advance(): NDArray | undefined {
    if (this.finished) return undefined;
    if (this.started) {
      this.pos++;
      if (this.finished) return undefined;
    }
    this.started = true;
    return this.value();
  }
}

export const nditerType = new PyType("nditer", [objectType]);
nditerType.module = "numpy";
nditerType.tpName = "numpy.nditer";
(NdIter.prototype as any).pyType = nditerType;

nditerType.ctor = (_c, a, kw: KW) => {
  const p = parseNamed("nditer", a, kw, [
    "op",
    "flags",
    "op_flags",
    "op_dtypes",
    "order",
    "casting",
    "op_axes",
    "itershape",
    "buffersize",
  ] as const);
  for (const name of ["op_dtypes", "op_axes", "itershape"] as const) unsupported("nditer", name, p[name]);
  let op = p.op;
  if (op instanceof PyList || op instanceof PyTuple) {
    if (op.items.length !== 1) throw notSupported("np.nditer() over several operands");
    op = op.items[0];
  }
  const arr = toNd(op);
  const flags = strList(p.flags, "Iterator global flags must be a list or tuple of strings");
  for (const f of flags) {
    if (!GLOBAL_FLAGS.has(f)) throw valueError(`Unexpected iterator global flag "${f}"`);
    if (UNSUPPORTED_GLOBAL.has(f)) throw notSupported(`np.nditer()'s flag '${f}'`);
  }
  let opFlagsArg = p.op_flags;
  if ((opFlagsArg instanceof PyList || opFlagsArg instanceof PyTuple) && opFlagsArg.items.length === 1) {
    const first = opFlagsArg.items[0];
    if (first instanceof PyList || first instanceof PyTuple) opFlagsArg = first;
  }
  const opFlags = strList(opFlagsArg, "op_flags must be a tuple or array of per-op flag-tuples");
  for (const f of opFlags) {
    if (!OP_FLAGS.has(f)) throw valueError(`Unexpected per-op iterator flag "${f}"`);
    if (UNSUPPORTED_OP.has(f)) throw notSupported(`np.nditer()'s op_flag '${f}'`);
  }
  const rw = opFlags.filter((f) => f === "readonly" || f === "readwrite" || f === "writeonly");
  if (rw.length > 1) throw valueError("Only one of the flags readonly, readwrite, or writeonly may be specified for an operand");
  const writable = rw.length === 1 && rw[0] !== "readonly";
  if (writable && !arr.writeable) throw valueError("operand array with iterator write flag set is read-only");
  if (flags.includes("c_index") && flags.includes("f_index"))
    throw valueError("Iterator flags C_INDEX and F_INDEX cannot both be specified");
  const order = p.order === undefined || p.order === null ? "K" : p.order;
  if (!["C", "F", "A", "K"].includes(order))
    throw valueError(`order must be one of 'C', 'F', 'A', or 'K' (got ${typeof order === "string" ? `'${order}'` : typeName(order)})`);
  if (arr.size === 0 && !flags.includes("zerosize_ok")) throw valueError("Iteration of zero-sized operands is not enabled");
  return new NdIter(
    arr,
    order,
    flags.includes("multi_index"),
    flags.includes("c_index") ? "c" : flags.includes("f_index") ? "f" : null,
    writable,
  );
};

prop(nditerType, "finished", (it: NdIter) => it.finished);
prop(nditerType, "has_multi_index", (it: NdIter) => it.trackMulti);
prop(nditerType, "has_index", (it: NdIter) => it.indexKind !== null);
prop(nditerType, "multi_index", (it: NdIter) => {
  it.checkNotPastEnd();
  if (!it.trackMulti) throw valueError("Iterator is not tracking a multi-index");
  return new PyTuple(it.index());
});
prop(nditerType, "index", (it: NdIter) => {
  it.checkNotPastEnd();
  if (it.indexKind === null) throw valueError("Iterator does not have an index");
  const idx = it.index(),
    sh = it.arr.shape;
  let r = 0;
  if (it.indexKind === "c") for (let k = 0; k < sh.length; k++) r = r * sh[k] + idx[k];
  else for (let k = sh.length - 1; k >= 0; k--) r = r * sh[k] + idx[k];
  return r;
});
prop(nditerType, "iterindex", (it: NdIter) => {
  it.checkNotPastEnd();
  return it.pos;
});
prop(nditerType, "itersize", (it: NdIter) => it.size);
prop(nditerType, "value", (it: NdIter) => it.value());
prop(nditerType, "operands", (it: NdIter) => {
  const v = it.arr.view();
  v.writeable = it.writable;
  return new PyTuple([v]);
});
def(nditerType, "__getitem__", (it: NdIter, a) => {
  if (typeof a[0] === "number" && a[0] !== 0 && a[0] !== -1) throw indexError(`Iterator operand index ${a[0]} is out of bounds`);
  if (typeof a[0] !== "number") throw notSupported("np.nditer indexing other than it[0]");
  return it.value();
});
def(nditerType, "__len__", () => 1);
def(nditerType, "iternext", (it: NdIter) => {
  if (it.finished) return false;
  it.pos++;
  return !it.finished;
});
def(nditerType, "reset", (it: NdIter) => {
  it.pos = 0;
  it.started = false;
  return null;
});
def(nditerType, "close", () => null);
def(nditerType, "__enter__", (it) => it);
def(nditerType, "__exit__", () => false);
