// np.einsum: explicit ('ij,jk->ik') and implicit ('ij,jk') subscripts, '...' broadcasting ('...ij,...jk->...ik'),
// repeated indices (trace/diagonal), sums over dropped indices, size-1 broadcasting. Plain loops (no path optimisation).
import { NDArray, NPScalar, NPError, DType, charge, chargeAlloc, chargeNs, valueError, emptyArray, castValue, kindOf, isInt } from "./core";
import { resultType } from "./ops";
import { scalarAt } from "./creation";
import { intSumsExact, wrapIntSum } from "./int-products";

const isLetter = (c: string) => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z");
/** stands for '...' in a parsed term */
const ELLIPSIS = "…";
/** the label of the j-th broadcast dimension an ellipsis covers (j = 0: the leftmost); never a letter */
const ellipsisLabel = (j: number) => String.fromCharCode(0x100 + j);

/** a term with '...' replaced by ELLIPSIS; `where` names the term in NumPy's error for a stray '.' */
function ellipsisTerm(term: string, where: string): string {
  const t = term.replace("...", ELLIPSIS);
  if (t.includes("."))
    throw valueError(`einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in ${where}`);
  return t;
}

function parse(subscripts: string, nops: number): { ins: string[]; out: string | null } {
  const s = subscripts.replace(/ /g, "");
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === ".") continue;
    if (c === "-") {
      if (s[i + 1] !== ">") throw valueError("einstein sum subscript string does not contain proper '->' output specified");
      if (s.indexOf("->", i + 2) >= 0)
        throw valueError("invalid subscript '-' in einstein sum subscripts string, subscripts must be letters");
      i++;
      continue;
    }
    if (c === ">") throw valueError("einstein sum subscript string does not contain proper '->' output specified");
    if (c !== "," && !isLetter(c))
      throw valueError(`invalid subscript '${c}' in einstein sum subscripts string, subscripts must be letters`);
  }
  const arrow = s.indexOf("->");
  const lhs = arrow >= 0 ? s.slice(0, arrow) : s;
  const ins = lhs.split(",").map((t, k) => ellipsisTerm(t, `operand ${k}`));
  // NumPy's two messages are swapped relative to the situation; reproduced as NumPy prints them
  if (ins.length > nops) throw valueError("more operands provided to einstein sum function than specified in the subscripts string");
  if (ins.length < nops) throw valueError("fewer operands provided to einstein sum function than specified in the subscripts string");
  if (arrow < 0) return { ins, out: null };
  const out = ellipsisTerm(s.slice(arrow + 2), "the output");
  if (out.includes(",")) throw valueError("invalid subscript ',' in einstein sum subscripts string, subscripts must be letters");
  for (let i = 0; i < out.length; i++) {
    if (out[i] === ELLIPSIS) continue;
    if (out.indexOf(out[i]) !== i) throw valueError(`einstein sum subscripts string includes output subscript '${out[i]}' multiple times`);
    if (!lhs.includes(out[i]))
      throw valueError(`einstein sum subscripts string included output subscript '${out[i]}' which never appeared in an input`);
  }
  return { ins, out };
}

/** the terms with every ellipsis replaced by the labels of the broadcast dimensions it covers (right-aligned) */
function expandEllipses(parsed: { ins: string[]; out: string | null }, ops: NDArray[]): { ins: string[]; out: string } {
  let nb = 0;
  const ins = parsed.ins.map((spec, k) => {
    const letters = spec.length - (spec.includes(ELLIPSIS) ? 1 : 0),
      nd = ops[k].ndim;
    if (letters > nd) throw valueError(`einstein sum subscripts string contains too many subscripts for operand ${k}`);
    if (!spec.includes(ELLIPSIS)) {
      if (letters < nd)
        throw valueError(
          `operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.`,
        );
      return spec;
    }
    nb = Math.max(nb, nd - letters);
    return spec;
  });
  const all = Array.from({ length: nb }, (_, j) => ellipsisLabel(j)).join("");
  const expanded = ins.map((spec, k) => {
    const e = ops[k].ndim - (spec.length - 1);
    return spec.replace(ELLIPSIS, all.slice(nb - e));
  });
  let out: string;
  if (parsed.out === null) {
    const count = new Map<string, number>();
    for (const spec of parsed.ins) for (const c of spec) if (c !== ELLIPSIS) count.set(c, (count.get(c) ?? 0) + 1);
    // implicit output: the broadcast dimensions, then the labels that appear once, in alphabetical order
    // (uppercase before lowercase)
    out =
      all +
      [...count]
        .filter(([, n]) => n === 1)
        .map(([c]) => c)
        .sort()
        .join("");
  } else if (parsed.out.includes(ELLIPSIS)) out = parsed.out.replace(ELLIPSIS, all);
  else {
    if (nb > 0)
      throw valueError(
        "output has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.",
      );
    out = parsed.out;
  }
  return { ins: expanded, out };
}

const NS_PER_OPERAND_TERM = 5;

export function einsum(subscripts: string, ops: NDArray[], dtype?: DType | null): NDArray | NPScalar {
  const { ins, out } = expandEllipses(parse(subscripts, ops.length), ops);
  const dims = new Map<string, number>();
  const labels: string[] = [...out];
  for (const spec of ins) for (const c of spec) if (!labels.includes(c)) labels.push(c);
  let bad = false;
  for (let k = 0; k < ops.length; k++) {
    const spec = ins[k];
    for (let d = 0; d < spec.length; d++) {
      const n = ops[k].shape[d],
        c = spec[d],
        prev = dims.get(c);
      if (prev === undefined || prev === 1) dims.set(c, n);
      else if (n !== prev && n !== 1) bad = true;
      // a repeated label inside one operand must match exactly (diagonal)
      if (spec.indexOf(c) !== d && ops[k].shape[spec.indexOf(c)] !== n) bad = true;
    }
  }
  if (bad) {
    const parts = ops.map((a, k) => {
      const rem = labels.map((c) => (ins[k].includes(c) ? String(a.shape[ins[k].indexOf(c)]) : "newaxis"));
      while (rem.length && rem[0] === "newaxis") rem.shift();
      return `(${a.shape.join(",")}${a.ndim === 1 ? "," : ""})->(${rem.join(",")}${rem.length === 1 ? "," : ""})`;
    });
    throw valueError(`operands could not be broadcast together with remapped shapes [original->remapped]: ${parts.join(" ")} `);
  }
  const rdt: DType = dtype ?? (ops.length ? resultType(...ops) : "float64");
  if (kindOf(rdt) === "O") throw valueError("einsum on object arrays is not supported by this engine");
  const L = labels.length,
    size = labels.map((c) => dims.get(c)!);
  // element strides of every operand per label (summed for repeated labels; 0 where broadcast)
  const strides = ops.map((a, k) =>
    labels.map((c) => {
      let st = 0;
      for (let d = 0; d < ins[k].length; d++) if (ins[k][d] === c && a.shape[d] !== 1) st += a.strides[d];
      return st;
    }),
  );
  const nOut = out.length;
  const outShape = size.slice(0, nOut);
  const outSize = outShape.reduce((x, y) => x * y, 1);
  const sumSize = size.slice(nOut).reduce((x, y) => x * y, 1);
  // NumPy sums float16 products per step in half or in float32 depending on the operands' layout; not reproduced
  if (rdt === "float16" && sumSize > 1 && ops.length > 1)
    throw new NPError(
      "NotImplementedError",
      "einsum of float16 arrays that sums products is not supported by this engine (use .astype(np.float32), or np.dot / @)",
    );
  // the generic loop below: about 4 ns per operand per term on V8 (measured 400×400·400×400), charged before it runs
  chargeNs(outSize * sumSize * ops.length * NS_PER_OPERAND_TERM);
  chargeAlloc(outSize * 8);
  const res = emptyArray(rdt, outShape);
  const rd = res.data as any;
  const datas = ops.map((a) => a.data as any);
  const offs = ops.map((a) => a.offset);
  const idx = new Array(L).fill(0);
  const nops = ops.length;
  const cur = offs.slice();
  // integer operands whose products or sums may pass 2**53: summed exactly (int-products.ts)
  const big = ops.every((a) => isInt(a.dtype) || a.dtype === "bool") && !intSumsExact(rdt, Math.max(sumSize, 1), ...ops);
  if (big) charge(16 * outSize * sumSize * ops.length);
  for (let o = 0; o < outSize; o++) {
    let acc = 0,
      accB = 0n;
    if (sumSize > 0) {
      for (let s = 0; s < sumSize; s++) {
        if (big) {
          let p = 1n;
          for (let k = 0; k < nops; k++) p *= BigInt(datas[k][cur[k]]);
          accB += p;
        } else {
          let p = 1;
          for (let k = 0; k < nops; k++) p *= datas[k][cur[k]];
          acc += p;
        }
        // advance summed labels (innermost last)
        for (let d = L - 1; d >= nOut; d--) {
          idx[d]++;
          for (let k = 0; k < nops; k++) cur[k] += strides[k][d];
          if (idx[d] < size[d]) break;
          for (let k = 0; k < nops; k++) cur[k] -= strides[k][d] * size[d];
          idx[d] = 0;
        }
      }
    }
    rd[o] = big ? wrapIntSum(accB, rdt) : castValue(acc, rdt);
    for (let d = nOut - 1; d >= 0; d--) {
      idx[d]++;
      for (let k = 0; k < nops; k++) cur[k] += strides[k][d];
      if (idx[d] < size[d]) break;
      for (let k = 0; k < nops; k++) cur[k] -= strides[k][d] * size[d];
      idx[d] = 0;
    }
  }
  return nOut === 0 ? scalarAt(res, 0) : res;
}
