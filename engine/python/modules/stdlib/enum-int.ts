// IntEnum: an enum whose members are ints (class IntEnum(int, ReprEnum) in CPython 3.11). A member is a PyInstance
// carrying its int in `intValue`, so isinstance(m, int) holds through the MRO, and every int method reaches it
// through a wrapper that passes the int itself: arithmetic and comparisons give plain ints, indexing, int(),
// hashing and dict keys equal to the int, format() and str() as int's (3.11's ReprEnum), repr as Enum's.
import { PyInstance, PyMethodDescr, PyProperty, PyType, typeVersion, type KW } from "../../objects/core";
import { intType } from "../../objects/types";
import { repr, str as strOf, keyOf, toIntValue, intOfSubclass, opDunder, binop, compare } from "../../objects/ops";
import { typeError } from "../../errors";
import { enumType, setFlavour, newMember, membersOf } from "./enum-core";

/** ReprEnum: an Enum whose str() and format() are those of its data type (int's for IntEnum and IntFlag) */
export const reprEnumType = new PyType("ReprEnum", [enumType]);
reprEnumType.module = "enum";
reprEnumType.finalized = true;
membersOf.set(reprEnumType, []);

/** the int of a member, or the argument itself */
const plain = (v: any) => intOfSubclass(v) ?? v;

/** the int of `self`, for int's methods called on a member */
function intSelf(self: any, name: string): number | bigint {
  const v = intOfSubclass(self);
  if (v === undefined) throw typeError(`descriptor '${name}' requires a 'int' object but received a '${repr(self)}'`);
  return v;
}

const CMP: Record<string, string> = { __eq__: "==", __ne__: "!=", __lt__: "<", __le__: "<=", __gt__: ">", __ge__: ">=" };
/** operator dunders by name: [operator, reflected] */
const BINARY = new Map<string, [string, boolean]>();
for (const [op, [name, rname]] of Object.entries(opDunder)) {
  BINARY.set(name, [op, false]);
  BINARY.set(rname, [op, true]);
}

/**
 * int's operator for a member: against anything but a user object, the operator on the member's int (so 3 > 2.5 and
 * 2 * np.float64(1.5) go on to float's and NumPy's rules as int's NotImplemented would); a user object gets int's
 * method, whose NotImplemented lets its own reflected method see the member itself.
 */
function operator(name: string, intMethod: PyMethodDescr): ((self: any, args: any[], kw: KW) => any) | undefined {
  const cmp = CMP[name];
  const bin = BINARY.get(name);
  if (cmp === undefined && bin === undefined) return undefined;
  return (self, args, kw) => {
    const a = intSelf(self, name);
    const o = args[0];
    if (args.length !== 1 || (o instanceof PyInstance && o.intValue === undefined)) return intMethod.fn(a, args, kw);
    const b = plain(o);
    if (cmp !== undefined) return compare(cmp, a, b);
    return bin![1] ? binop(bin![0], b, a) : binop(bin![0], a, b);
  };
}

/** Gives `t` (a class deriving from int and an enum) int's methods and properties, called with the member's int. */
export function deriveFromInt(t: PyType): void {
  for (const [name, v] of intType.dict) {
    if (t.dict.has(name) || name === "__new__" || name === "__init__" || name === "__repr__" || name === "__doc__") continue;
    if (v instanceof PyMethodDescr) {
      const d = new PyMethodDescr(name, operator(name, v) ?? ((self, args, kw) => v.fn(intSelf(self, name), args.map(plain), kw)));
      d.ownerType = t;
      t.dict.set(name, d);
    } else if (v instanceof PyProperty) {
      t.dict.set(name, new PyProperty((self: any) => v.fget(intSelf(self, name)), null, true));
    }
  }
  // int.__format__ with an empty spec is str(self): a class that overrides __str__ formats with it
  const intFormat = intType.dict.get("__format__") as PyMethodDescr;
  const format = new PyMethodDescr("__format__", (self, args, kw) =>
    args.length === 1 && args[0] === "" ? strOf(self) : intFormat.fn(intSelf(self, "__format__"), args, kw),
  );
  format.ownerType = t;
  t.dict.set("__format__", format);
  const str = new PyMethodDescr("__str__", (self) => repr(intSelf(self, "__str__")));
  str.ownerType = t;
  t.dict.set("__str__", str);
  // a native __hash__ returns the dict key itself (ops/hashing.ts): the int's, so m and its int are one key
  const hash = new PyMethodDescr("__hash__", (self) => keyOf(intSelf(self, "__hash__")));
  hash.ownerType = t;
  t.dict.set("__hash__", hash);
  typeVersion.v++;
}

/** a member of an int-derived enum: its value is made an int (IntEnum's RED = '1' is 1, as int('1')) */
export function newIntMember(cls: PyType, name: string | null, value: any): PyInstance {
  const v = toIntValue(value);
  const m = newMember(cls, name, v);
  m.intValue = v;
  return m;
}

export const intEnumType = new PyType("IntEnum", [intType, reprEnumType]);
intEnumType.module = "enum";
intEnumType.finalized = true;
membersOf.set(intEnumType, []);
deriveFromInt(intEnumType);
setFlavour(intEnumType, { make: newIntMember });
