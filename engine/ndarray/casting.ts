// NumPy's casting rules between dtypes (np.can_cast) and np.copyto's masked, broadcast copy into an existing array.
import { NDArray, NPError, DType, charge, valueError, typeError, isStr } from "./core";
import { broadcastShapes, broadcastTo } from "./ops";

export type Casting = "no" | "equiv" | "safe" | "same_kind" | "unsafe";
export const CASTINGS: readonly string[] = ["no", "equiv", "safe", "same_kind", "unsafe"];
const ORDER: DType[] = [
  "bool",
  "int8",
  "int16",
  "int32",
  "int64",
  "uint8",
  "uint16",
  "uint32",
  "uint64",
  "float16",
  "float32",
  "float64",
  "object",
];
// row: from ORDER[i], column: to ORDER[j] (NumPy 2's np.can_cast tables)
const SAFE =
  "1111111111111 0111100001111 0011100000111 0001100000011 0000100000011 0011111111111 0001101110111 0000100110011 0000000010011 0000000001111 0000000000111 0000000000011 0000000000001".split(
    " ",
  );
const SAME_KIND =
  "1111111111111 0111100001111 0111100001111 0111100001111 0111100001111 0111111111111 0111111111111 0111111111111 0111111111111 0000000001111 0000000001111 0000000001111 0000000000001".split(
    " ",
  );

/** np.can_cast between two dtypes; null when this engine does not know the rule (str dtypes) */
export function canCastDType(from: DType, to: DType, casting: Casting): boolean | null {
  if (casting === "unsafe") return true;
  if (casting === "no" || casting === "equiv") return from === to;
  if (isStr(from) || isStr(to)) return null;
  const tbl = casting === "safe" ? SAFE : SAME_KIND;
  return tbl[ORDER.indexOf(from)]![ORDER.indexOf(to)] === "1";
}

/** astype's check of `casting`: NumPy's TypeError when the rule does not allow from → to */
export function checkAstypeCasting(from: DType, to: DType, casting: Casting): void {
  const ok = canCastDType(from, to, casting);
  if (ok === null)
    throw new NPError("NotImplementedError", `astype(): casting='${casting}' between ${from} and ${to} is not supported by this engine`);
  if (!ok) throw typeError(`Cannot cast array data from dtype('${from}') to dtype('${to}') according to the rule '${casting}'`);
}

const tup = (s: number[]) => `(${s.join(",")}${s.length === 1 ? "," : ""})`;

/** dst[where] = src, src (already of dst's dtype, not sharing dst's memory) and where broadcast to dst's shape */
export function copyInto(dst: NDArray, src: NDArray, where: NDArray | null): void {
  if (!dst.writeable) throw valueError("assignment destination is read-only");
  const oneWay = (s: number[], what: string) => {
    const nd = dst.ndim,
      k = s.length;
    const ok = k <= nd && s.every((v, i) => v === 1 || v === dst.shape[nd - k + i]);
    if (!ok) throw valueError(`could not broadcast ${what} from shape ${tup(s)} into shape ${tup(dst.shape)}`);
  };
  oneWay(src.shape, "input array");
  if (where) oneWay(where.shape, "where mask");
  const n = dst.size,
    nd = dst.ndim;
  charge(n);
  const d = dst.data as any[];
  // strided walk with src/where strides set to 0 along broadcast axes
  const st = (a: NDArray) =>
    dst.shape.map((v, i) => {
      const j = i - (nd - a.ndim);
      return j < 0 || a.shape[j] === 1 ? 0 : a.strides[j]!;
    });
  const ss = st(src),
    ws = where ? st(where) : null;
  const idx = new Array(nd).fill(0);
  let od = dst.offset,
    os = src.offset,
    ow = where ? where.offset : 0;
  for (let i = 0; i < n; i++) {
    if (!where || where.data[ow]) d[od] = src.data[os];
    for (let ax = nd - 1; ax >= 0; ax--) {
      od += dst.strides[ax]!;
      os += ss[ax]!;
      if (ws) ow += ws[ax]!;
      if (++idx[ax] < dst.shape[ax]!) break;
      idx[ax] = 0;
      od -= dst.strides[ax]! * dst.shape[ax]!;
      os -= ss[ax]! * dst.shape[ax]!;
      if (ws) ow -= ws[ax]! * dst.shape[ax]!;
    }
  }
}

/** np.array_equiv of two numeric arrays: same values once broadcast together. Every pair of this engine's numeric
 * dtypes promotes to one that holds both values exactly, so comparing them as doubles is NumPy's comparison. */
export function equivalent(x: NDArray, y: NDArray): boolean {
  let shape: number[];
  try {
    shape = broadcastShapes(x.shape, y.shape);
  } catch {
    return false;
  }
  const a = broadcastTo(x, shape),
    b = broadcastTo(y, shape);
  charge(a.size);
  for (let i = 0; i < a.size; i++) if (Number(a.getFlat(i)) !== Number(b.getFlat(i))) return false;
  return true;
}
