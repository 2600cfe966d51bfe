// Core operations: arithmetic.
import { PyFloat, PyList, PyTuple, PyDict, PySet, PyInstance, PyType, NotImplemented } from "../core";
import { PyUnion, unionOf } from "../union-type";
import { asSet, isSetView } from "./view-set";
import { typeOf, typeName } from "../types";
import { typeError, valueError, exc, zeroDiv, overflowError } from "../../errors";
import { trueDivBig } from "../num";
import { normBig, big, intFloorDiv, bigFloorDiv, bigMod, intMod, floatMod, floatFloorDiv, intPow, floatPow } from "../num";
import { checkAlloc } from "../../limits";
import {
  bitLength,
  chargeBigMulOf,
  chargeExtend,
  chargeBigDivOf,
  chargeBigLinear,
  chargeContainer,
  chargeGrowth,
  chargeLoop,
  GROWTH_MASK,
  BYTES,
} from "../../charge";

import { MemoryError } from "../../errors";
import { percentFormat } from "../format";
import { callMethodObj } from "./calls";
import { refuseElementwiseObject } from "./numpy-defer";
import { iterToArray } from "./iteration";
import { toIndex, toNum } from "./numbers";
import { truthy } from "./truthiness";
import { TEMP } from "./temporaries";
/** Python's binary operators and their methods: [__op__, __rop__, __iop__] */
export const opDunder: Record<string, [string, string, string]> = {
  "+": ["__add__", "__radd__", "__iadd__"],
  "-": ["__sub__", "__rsub__", "__isub__"],
  "*": ["__mul__", "__rmul__", "__imul__"],
  "/": ["__truediv__", "__rtruediv__", "__itruediv__"],
  "//": ["__floordiv__", "__rfloordiv__", "__ifloordiv__"],
  "%": ["__mod__", "__rmod__", "__imod__"],
  "**": ["__pow__", "__rpow__", "__ipow__"],
  "@": ["__matmul__", "__rmatmul__", "__imatmul__"],
  "<<": ["__lshift__", "__rlshift__", "__ilshift__"],
  ">>": ["__rshift__", "__rrshift__", "__irshift__"],
  "&": ["__and__", "__rand__", "__iand__"],
  "|": ["__or__", "__ror__", "__ior__"],
  "^": ["__xor__", "__rxor__", "__ixor__"],
};

/** numeric kind: 0 small int, 1 bigint, 2 float, -1 not numeric */
function nk(v: any): number {
  switch (typeof v) {
    case "number":
    case "boolean":
      return 0;
    case "bigint":
      return 1;
  }
  return v instanceof PyFloat ? 2 : -1;
}
const ival = (v: any): number => (typeof v === "boolean" ? (v ? 1 : 0) : v);

/** an operand of float arithmetic: an int past the float range raises, as CPython's int-to-float conversion does */
export function floatOperand(v: any): number {
  const x = toNum(v);
  if (typeof v === "bigint" && !isFinite(x)) throw overflowError("int too large to convert to float");
  return x;
}
function numBinop(op: string, a: any, b: any, ka: number, kb: number): any {
  if (ka === 2 || kb === 2) {
    const x = floatOperand(a),
      y = floatOperand(b);
    switch (op) {
      case "+":
        return new PyFloat(x + y);
      case "-":
        return new PyFloat(x - y);
      case "*":
        return new PyFloat(x * y);
      case "/":
        if (y === 0) throw zeroDiv("float division by zero");
        return new PyFloat(x / y);
      case "//":
        return new PyFloat(floatFloorDiv(x, y));
      case "%":
        return new PyFloat(floatMod(x, y));
      case "**":
        return new PyFloat(floatPow(x, y));
    }
    return undefined;
  }
  if (ka === 0 && kb === 0) {
    if (typeof a === "boolean" && typeof b === "boolean" && (op === "&" || op === "|" || op === "^"))
      return op === "&" ? a && b : op === "|" ? a || b : a !== b;
    const x = ival(a),
      y = ival(b);
    let r: number;
    switch (op) {
      case "+":
        r = x + y;
        break;
      case "-":
        r = x - y;
        break;
      case "*":
        r = x * y;
        break;
      case "/":
        if (y === 0) throw zeroDiv("division by zero");
        return new PyFloat(x / y);
      case "//":
        return intFloorDiv(x, y);
      case "%":
        return intMod(x, y);
      case "**": {
        const p = intPow(x, y);
        return p;
      }
      case "&":
        return Number(BigInt(x) & BigInt(y));
      case "|":
        return Number(BigInt(x) | BigInt(y));
      case "^":
        return Number(BigInt(x) ^ BigInt(y));
      case "<<":
        if (y < 0) throw valueError("negative shift count");
        if (y > 1000) chargeBigLinear(y + 53);
        return normBig(BigInt(x) << BigInt(y));
      case ">>":
        if (y < 0) throw valueError("negative shift count");
        return normBig(BigInt(x) >> BigInt(y));
      default:
        return undefined;
    }
    if (Number.isSafeInteger(r)) return r;
  }
  const x = big(a),
    y = big(b);
  switch (op) {
    case "+":
      return normBig(x + y);
    case "-":
      return normBig(x - y);
    case "*":
      chargeBigMulOf(x, y);
      return normBig(x * y);
    case "/": {
      if (y === 0n) throw zeroDiv("division by zero");
      const r = trueDivBig(x, y);
      if (!isFinite(r)) throw overflowError("integer division result too large for a float");
      return new PyFloat(r);
    }
    case "//":
      chargeBigDivOf(x, y);
      return normBig(bigFloorDiv(x, y));
    case "%":
      chargeBigDivOf(x, y);
      return normBig(bigMod(x, y));
    case "**":
      return intPow(normBig(x), normBig(y));
    case "&":
      return normBig(x & y);
    case "|":
      return normBig(x | y);
    case "^":
      return normBig(x ^ y);
    case "<<":
      if (y < 0n) throw valueError("negative shift count");
      chargeBigLinear(bitLength(x) + Number(y));
      return normBig(x << y);
    case ">>":
      if (y < 0n) throw valueError("negative shift count");
      return normBig(x >> y);
  }
  return undefined;
}

function seqRepeat(items: any[], n: any): any[] {
  const k = toIndex(n);
  if (k <= 0) return [];
  checkAlloc(items.length * k * 8);
  chargeContainer(items.length * k);
  const out = new Array(items.length * k);
  for (let i = 0, p = 0; i < k; i++) for (let j = 0; j < items.length; j++) out[p++] = items[j];
  return out;
}

export const npHooks: {
  binop: ((op: string, a: any, b: any) => any) | null;
  /** a unary operator on a NumPy operand (only those NumPy makes a new array for; NotImplemented for the rest) */
  unary: ((op: string, a: any) => any) | null;
  inplace: ((op: string, a: any, b: any) => any) | null;
  compare: ((op: string, a: any, b: any) => any) | null;
  getitem: ((o: any, k: any) => any) | null;
  setitem: ((o: any, k: any, v: any) => void) | null;
  /** o[k0, k1] / o[k0, k1] = v for NumPy objects without building the key tuple */
  getitem2: ((o: any, k0: any, k1: any) => any) | null;
  setitem2: ((o: any, k0: any, k1: any, v: any) => void) | null;
} = { binop: null, unary: null, inplace: null, compare: null, getitem: null, setitem: null, getitem2: null, setitem2: null };

export function binop(op: string, a: any, b: any): any {
  if (
    npHooks.binop !== null &&
    ((typeof a === "object" && a !== null && a.__np === true) || (typeof b === "object" && b !== null && b.__np === true))
  ) {
    // the hook leaves TEMP.v as its result demands (temporaries.ts)
    const r = npHooks.binop(op, a, b);
    if (r !== NotImplemented) return r;
  }
  const r = binopOther(op, a, b);
  TEMP.v = null;
  return r;
}

/** binop without NumPy's operands: numbers, sequences, sets, and the operands' own methods */
function binopOther(op: string, a: any, b: any): any {
  const ka = nk(a),
    kb = nk(b);
  if (ka >= 0 && kb >= 0) {
    const r = numBinop(op, a, b, ka, kb);
    if (r !== undefined) return r;
  }
  if ((op === "|" || op === "&" || op === "-" || op === "^") && (isSetView(a) || isSetView(b))) return binop(op, asSet(a), asSet(b));
  // a subclass of list or tuple (a namedtuple's too) may define the operator itself
  if (ownClassSequence(a) || ownClassSequence(b)) {
    const r = dunderBinop(op, a, b);
    if (r !== NotImplemented) return r;
  }
  // sequences
  switch (op) {
    case "+":
      if (typeof a === "string" && typeof b === "string") {
        if (a.length + b.length > 1 << 20) checkAlloc((a.length + b.length) * 2);
        return a + b;
      }
      if (a instanceof PyList && b instanceof PyList) {
        chargeContainer(a.items.length + b.items.length);
        return new PyList(a.items.concat(b.items));
      }
      if (a instanceof PyTuple && b instanceof PyTuple) {
        chargeContainer(a.items.length + b.items.length);
        return new PyTuple(a.items.concat(b.items));
      }
      break;
    case "*":
      if (typeof a === "string" && (kb === 0 || kb === 1)) return strRepeat(a, b);
      if (typeof b === "string" && (ka === 0 || ka === 1)) return strRepeat(b, a);
      if (a instanceof PyList && (kb === 0 || kb === 1)) return new PyList(seqRepeat(a.items, b));
      if (b instanceof PyList && (ka === 0 || ka === 1)) return new PyList(seqRepeat(b.items, a));
      if (a instanceof PyTuple && (kb === 0 || kb === 1)) return new PyTuple(seqRepeat(a.items, b));
      if (b instanceof PyTuple && (ka === 0 || ka === 1)) return new PyTuple(seqRepeat(b.items, a));
      break;
    case "%":
      if (typeof a === "string") return percentFormat(a, b);
      break;
    case "|": {
      // int | None: a types.UnionType
      const u =
        a === null || b === null || a instanceof PyType || b instanceof PyType || a instanceof PyUnion || b instanceof PyUnion
          ? unionOf(a, b)
          : NotImplemented;
      if (u !== NotImplemented) return u;
      if (a instanceof PyDict && b instanceof PyDict && !Object.hasOwn(a, "pyType") && !Object.hasOwn(b, "pyType")) {
        chargeContainer(a.map.size + b.map.size, BYTES.dictEntry);
        const d = new PyDict();
        for (const [k, e] of a.map) d.map.set(k, e);
        for (const [k, e] of b.map) d.map.set(k, [e[0], e[1]]);
        return d;
      }
      if (a instanceof PySet && b instanceof PySet) {
        chargeContainer(a.map.size + b.map.size, BYTES.setEntry);
        const s = new PySet(a.frozen);
        for (const [k, v] of a.map) s.map.set(k, v);
        for (const [k, v] of b.map) if (!s.map.has(k)) s.map.set(k, v);
        return s;
      }
      break;
    }
    case "&":
      if (a instanceof PySet && b instanceof PySet) {
        chargeContainer(Math.min(a.map.size, b.map.size), BYTES.setEntry);
        chargeLoop(a.map.size);
        const s = new PySet(a.frozen);
        for (const [k, v] of a.map) if (b.map.has(k)) s.map.set(k, v);
        return s;
      }
      break;
    case "-":
      if (a instanceof PySet && b instanceof PySet) {
        chargeContainer(a.map.size, BYTES.setEntry);
        const s = new PySet(a.frozen);
        for (const [k, v] of a.map) if (!b.map.has(k)) s.map.set(k, v);
        return s;
      }
      break;
    case "^":
      if (a instanceof PySet && b instanceof PySet) {
        chargeContainer(a.map.size + b.map.size, BYTES.setEntry);
        const s = new PySet(a.frozen);
        for (const [k, v] of a.map) if (!b.map.has(k)) s.map.set(k, v);
        for (const [k, v] of b.map) if (!a.map.has(k)) s.map.set(k, v);
        return s;
      }
      break;
  }
  const r = dunderBinop(op, a, b);
  if (r !== NotImplemented) return r;
  if (op === "+" && typeof a === "string") throw typeError(`can only concatenate str (not "${typeName(b)}") to str`);
  if (op === "+" && a instanceof PyList) throw typeError(`can only concatenate list (not "${typeName(b)}") to list`);
  if (op === "+" && a instanceof PyTuple) throw typeError(`can only concatenate tuple (not "${typeName(b)}") to tuple`);
  if (
    op === "*" &&
    (typeof a === "string" ||
      a instanceof PyList ||
      a instanceof PyTuple ||
      typeof b === "string" ||
      b instanceof PyList ||
      b instanceof PyTuple)
  )
    throw typeError(
      `can't multiply sequence by non-int of type '${typeName(typeof a === "string" || a instanceof PyList || a instanceof PyTuple ? b : a)}'`,
    );
  if (op === "**") throw typeError(`unsupported operand type(s) for ** or pow(): '${typeName(a)}' and '${typeName(b)}'`);
  throw typeError(`unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`);
}

/** a list or tuple whose class is not the builtin one (its own pyType: a subclass, a namedtuple) */
function ownClassSequence(x: any): boolean {
  return (x instanceof PyTuple || x instanceof PyList) && Object.hasOwn(x, "pyType");
}

function dunderBinop(op: string, a: any, b: any): any {
  const names = opDunder[op];
  if (!names) return NotImplemented;
  const ta = typeOf(a),
    tb = typeOf(b);
  const userA = a instanceof PyInstance || ta.module !== "builtins";
  const userB = b instanceof PyInstance || tb.module !== "builtins";
  if (!userA && !userB) return NotImplemented;
  if (userA && userB) refuseElementwiseObject(a, b, tb, names[1]);
  if (userB && ta !== tb && (!userA || tb.isSubtype(ta) || (b as any).__array_priority__ !== undefined)) {
    const f = tb.lookup(names[1]);
    if (f !== undefined) {
      const r = callMethodObj(f, b, [a]);
      if (r !== NotImplemented) return r;
    }
    if (userA) {
      const g = ta.lookup(names[0]);
      if (g !== undefined) {
        const r = callMethodObj(g, a, [b]);
        if (r !== NotImplemented) return r;
      }
    }
    return NotImplemented;
  }
  if (userA) {
    const f = ta.lookup(names[0]);
    if (f !== undefined) {
      const r = callMethodObj(f, a, [b]);
      if (r !== NotImplemented) return r;
    }
  }
  if (userB && ta !== tb) {
    const f = tb.lookup(names[1]);
    if (f !== undefined) {
      const r = callMethodObj(f, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  return NotImplemented;
}

/** augmented assignment: in-place when the type supports it */
export function inplace(op: string, a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") {
    if (op === "+") {
      const r = a + b;
      if (Number.isSafeInteger(r)) return r;
    } else if (op === "-") {
      const r = a - b;
      if (Number.isSafeInteger(r)) return r;
    }
  }
  if (npHooks.inplace !== null && typeof a === "object" && a !== null && a.__np === true) {
    // the hook leaves TEMP.v as its operation demands (temporaries.ts)
    const r = npHooks.inplace(op, a, b);
    if (r !== NotImplemented) return r;
  }
  const r = inplaceOther(op, a, b);
  TEMP.v = null;
  return r;
}

/** inplace without a NumPy target: lists, sets, dicts, the target's own method, else the binary operator */
function inplaceOther(op: string, a: any, b: any): any {
  if (a instanceof PyList && (op === "+" || op === "*") && !(b instanceof PyList)) {
    // a list has no nb_add / nb_multiply, only sq_inplace_concat / sq_inplace_repeat: CPython first lets the right
    // operand's reflected method answer (ndarray.__radd__ makes `lst += arr` an array) and extends the list only
    // when that gives NotImplemented
    const np = npHooks.binop !== null && typeof b === "object" && b !== null && b.__np === true;
    const r = np ? npHooks.binop!(op, a, b) : dunderBinop(op, a, b);
    if (r !== NotImplemented) return r;
  }
  if (a instanceof PyList) {
    if (op === "+") {
      const it = iterToArray(b);
      chargeExtend(a.items.length + it.length, it.length);
      for (let i = 0; i < it.length; i++) a.items.push(it[i]);
      return a;
    }
    if (op === "*") {
      const kb = nk(b);
      if (kb === 2 || (kb < 0 && typeOf(b).lookup("__index__") === undefined))
        throw typeError(`can't multiply sequence by non-int of type '${typeName(b)}'`);
      const r = seqRepeat(a.items, b);
      a.items.length = 0;
      for (const x of r) a.items.push(x);
      return a;
    }
  }
  if (a instanceof PySet && b instanceof PySet) {
    if (op === "|") {
      chargeExtend(a.map.size + b.map.size, b.map.size, BYTES.setEntry);
      for (const [k, v] of b.map) if (!a.map.has(k)) a.map.set(k, v);
      return a;
    }
  }
  if (a instanceof PyDict && b instanceof PyDict && op === "|" && !Object.hasOwn(a, "pyType")) {
    chargeExtend(a.map.size + b.map.size, b.map.size, BYTES.dictEntry);
    for (const [k, e] of b.map) a.map.set(k, [e[0], e[1]]);
    return a;
  }
  if (typeof a === "object" && a !== null && !(a instanceof PyFloat)) {
    const t = typeOf(a);
    if (a instanceof PyInstance || t.module !== "builtins") {
      const f = t.lookup(opDunder[op][2]);
      if (f !== undefined) {
        const r = callMethodObj(f, a, [b]);
        if (r !== NotImplemented) return r;
      }
    }
  }
  return binop(op, a, b);
}

/** after one element was appended to l */
export function checkListMem(l: PyList): void {
  const n = l.items.length;
  if ((n & GROWTH_MASK) === 0) chargeGrowth(n, BYTES.item);
}

export function strRepeat(s: string, n: any): string {
  const k = toIndex(n);
  if (k <= 0 || s.length === 0) return "";
  checkAlloc(s.length * k * 2);
  if (s.length * k > 1 << 28) throw exc(excTypes_MemoryError(), undefined);
  return s.repeat(k);
}
const excTypes_MemoryError = () => MemoryError;

// fast paths used by the compiler
export function add(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  } else if (a instanceof PyFloat) {
    if (b instanceof PyFloat) return new PyFloat(a.v + b.v);
    if (typeof b === "number") return new PyFloat(a.v + b);
  } else if (b instanceof PyFloat && typeof a === "number") return new PyFloat(a + b.v);
  return binop("+", a, b);
}
export function sub(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  } else if (a instanceof PyFloat) {
    if (b instanceof PyFloat) return new PyFloat(a.v - b.v);
    if (typeof b === "number") return new PyFloat(a.v - b);
  } else if (b instanceof PyFloat && typeof a === "number") return new PyFloat(a - b.v);
  return binop("-", a, b);
}
export function mul(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  } else if (a instanceof PyFloat) {
    if (b instanceof PyFloat) return new PyFloat(a.v * b.v);
    if (typeof b === "number") return new PyFloat(a.v * b);
  } else if (b instanceof PyFloat && typeof a === "number") return new PyFloat(a * b.v);
  return binop("*", a, b);
}
export function truediv(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number" && b !== 0) return new PyFloat(a / b);
  if (a instanceof PyFloat && b instanceof PyFloat && b.v !== 0) return new PyFloat(a.v / b.v);
  return binop("/", a, b);
}

export function unary(op: string, a: any): any {
  switch (op) {
    case "not":
      return !truthy(a);
    case "-":
      if (typeof a === "number") return a === 0 ? 0 : -a;
      if (a instanceof PyFloat) return new PyFloat(-a.v);
      if (typeof a === "boolean") return a ? -1 : 0;
      if (typeof a === "bigint") return normBig(-a);
      break;
    case "+":
      if (typeof a === "number" || a instanceof PyFloat || typeof a === "bigint") return a;
      if (typeof a === "boolean") return a ? 1 : 0;
      break;
    case "~":
      if (typeof a === "number" || typeof a === "boolean") return -ival(a) - 1;
      if (typeof a === "bigint") return normBig(-a - 1n);
      break;
  }
  if (npHooks.unary !== null && typeof a === "object" && a !== null && a.__np === true) {
    // the hook leaves TEMP.v as its result demands (temporaries.ts)
    const r = npHooks.unary(op, a);
    if (r !== NotImplemented) return r;
  }
  const t = typeOf(a);
  const name = op === "-" ? "__neg__" : op === "+" ? "__pos__" : "__invert__";
  const f = t.lookup(name);
  if (f !== undefined) {
    const r = callMethodObj(f, a, []);
    TEMP.v = null;
    return r;
  }
  throw typeError(`bad operand type for unary ${op}: '${t.tpName ?? t.name}'`);
}
