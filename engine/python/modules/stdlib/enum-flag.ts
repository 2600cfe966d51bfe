// Flag and IntFlag (CPython 3.11's enum.py): members combine with |, & and ^ into pseudo-members named after their
// bits ('R|W', in definition order); iteration and len list the single-bit members; a value that is no member is
// conformed to the defined bits (Flag) or kept with its unknown bits (IntFlag, '<Perm.R|8: 12>'); ~ complements
// within the defined bits. IntFlag's members are ints (enum-int.ts), so int operators other than the bitwise ones
// give plain ints.
import { PyInstance, PyType, NotImplemented, type KW } from "../../objects/core";
import { intType } from "../../objects/types";
import { repr, call, isInt } from "../../objects/ops";
import { def } from "../../objects/methods";
import { typeError, valueError } from "../../errors";
import { enumType, membersOf, members, valueOf, setFlavour, newMember, member, flavourOf } from "./enum-core";
import { lazyIter } from "./util";
import { reprEnumType, deriveFromInt, newIntMember } from "./enum-int";

interface FlagInfo {
  /** the bits of the single-bit members */
  mask: bigint;
  /** every bit up to the highest defined one */
  allBits: bigint;
  /** pseudo-members made so far, by value */
  pseudo: Map<bigint, PyInstance>;
}
const infoOf = new WeakMap<PyType, FlagInfo>();
const big = (v: any): bigint => BigInt(typeof v === "boolean" ? +v : (v as number | bigint));
const small = (v: bigint): number | bigint => (v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v);
const isSingleBit = (v: bigint) => v > 0n && (v & (v - 1n)) === 0n;
const bitLength = (v: bigint) => (v === 0n ? 0 : v.toString(2).length);

function info(cls: PyType): FlagInfo {
  members(cls);
  return infoOf.get(cls) ?? { mask: 0n, allBits: 0n, pseudo: new Map() };
}

/** cls(value) for a value no member has: CPython's Flag._missing_ */
function missing(cls: PyType, keep: boolean, v: any): any {
  if (!isInt(v) && !(v instanceof PyInstance && v.intValue !== undefined))
    throw valueError(`${repr(v)} is not a valid ${cls.qualname ?? cls.name}`);
  const { mask, allBits, pseudo } = info(cls);
  let value = big(v instanceof PyInstance ? v.intValue : v);
  if (!(~allBits <= value && value <= allBits) || (value & (allBits ^ mask)) !== 0n) {
    if (!keep) value &= mask;
    else if (value < 0n) value = BigInt(Math.max(Number(allBits + 1n), 2 ** bitLength(-value))) + value;
  }
  if (value < 0n) value = allBits + 1n + value;
  const cached = pseudo.get(value);
  if (cached) return cached;
  const unknown = value & ~mask;
  const known = value & mask;
  let name: string | null = null;
  if (known) {
    name = bitsOf(cls, known)
      .map((m) => m.dict.get("_name_"))
      .join("|");
    if (unknown) name += `|${unknown}`;
  }
  const m = (flavourOf(cls).make ?? newMember)(cls, name, small(value));
  if (!unknown) pseudo.set(value, m);
  return m;
}

/** the single-bit members within `value`, in definition order */
const bitsOf = (cls: PyType, value: bigint) => members(cls).filter((m) => (big(valueOf(m)) & value) !== 0n);

function finalized(cls: PyType, list: PyInstance[]): void {
  let mask = 0n;
  for (const m of list) {
    const v = big(valueOf(m));
    if (isSingleBit(v)) mask |= v;
  }
  infoOf.set(cls, { mask, allBits: (1n << BigInt(bitLength(mask))) - 1n, pseudo: new Map() });
}

/** auto(): the power of two above the highest value so far */
function nextAuto(values: any[]): any {
  if (!values.length) return 1;
  let hi = 0n;
  for (const v of values) if (big(v) > hi) hi = big(v);
  return small(1n << BigInt(bitLength(hi)));
}

export const flagType = new PyType("Flag", [enumType]);
flagType.module = "enum";
flagType.finalized = true;
membersOf.set(flagType, []);
setFlavour(flagType, {
  word: "flag",
  auto: nextAuto,
  missing: (cls, v) => missing(cls, false, v),
  listed: (m) => isSingleBit(big(valueOf(m))),
  finalized,
});

const flag = (m: any) => member(m, flagType);
/** the other operand of a bitwise operator: a member of the same class, or an int for IntFlag */
function operand(self: PyInstance, o: any): bigint | undefined {
  if (o instanceof PyInstance && o.cls.isSubtype(self.cls)) return big(valueOf(o));
  if (self.cls.isSubtype(intType) && (isInt(o) || (o instanceof PyInstance && o.intValue !== undefined)))
    return big(o instanceof PyInstance ? o.intValue : o);
  return undefined;
}
const make = (cls: PyType, v: bigint) => call(cls, [small(v)], null as KW);

def(flagType, "__repr__", (m) => {
  const name = flag(m).dict.get("_name_");
  return name === null ? `<${m.cls.name}: ${repr(valueOf(m))}>` : `<${m.cls.name}.${name}: ${repr(valueOf(m))}>`;
});
def(flagType, "__str__", (m) => {
  const name = flag(m).dict.get("_name_");
  return name === null ? `${m.cls.name}(${repr(valueOf(m))})` : `${m.cls.name}.${name}`;
});
def(flagType, "__bool__", (m) => big(valueOf(flag(m))) !== 0n);
def(flagType, "__len__", (m) => {
  let v = big(valueOf(flag(m)));
  let n = 0;
  for (v = v < 0n ? -v : v; v; v &= v - 1n) n++;
  return n;
});
def(flagType, "__iter__", (m) => {
  const bits = bitsOf(flag(m).cls, big(valueOf(m)));
  return lazyIter("generator", function* () {
    yield* bits;
  });
});
def(flagType, "__contains__", (m, a) => {
  const o = a[0];
  if (!(o instanceof PyInstance) || !o.cls.isSubtype(flag(m).cls))
    throw typeError(`unsupported operand type(s) for 'in': '${o?.cls?.qualname ?? repr(o)}' and '${m.cls.qualname ?? m.cls.name}'`);
  const v = big(valueOf(o));
  return (v & big(valueOf(m))) === v;
});
/** Flag's bitwise operators (IntFlag takes these rather than int's: the result is a member) */
function bitwise(t: PyType): void {
  for (const [name, f] of [
    ["or", (a: bigint, b: bigint) => a | b],
    ["and", (a: bigint, b: bigint) => a & b],
    ["xor", (a: bigint, b: bigint) => a ^ b],
  ] as const)
    for (const n of [`__${name}__`, `__r${name}__`])
      def(t, n, (m, a) => {
        const o = operand(flag(m), a[0]);
        return o === undefined ? NotImplemented : make(m.cls, f(big(valueOf(m)), o));
      });
  def(t, "__invert__", (m) => {
    const v = big(valueOf(flag(m)));
    return make(m.cls, t === flagType ? info(m.cls).mask ^ v : ~v);
  });
}
bitwise(flagType);

export const intFlagType = new PyType("IntFlag", [intType, reprEnumType, flagType]);
intFlagType.module = "enum";
intFlagType.finalized = true;
membersOf.set(intFlagType, []);
bitwise(intFlagType);
deriveFromInt(intFlagType);
setFlavour(intFlagType, {
  word: "flag",
  auto: nextAuto,
  missing: (cls, v) => missing(cls, true, v),
  listed: (m) => isSingleBit(big(valueOf(m))),
  finalized,
  make: newIntMember,
});
