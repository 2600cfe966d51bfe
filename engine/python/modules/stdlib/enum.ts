// The enum module: Enum, IntEnum, Flag, IntFlag, ReprEnum, auto and unique (enum-core.ts, enum-int.ts, enum-flag.ts).
import { PyModule, PyDict, type PyInstance } from "../../objects/core";
import { repr } from "../../objects/ops";
import { finalizeType } from "../../objects/ops";
import { valueError } from "../../errors";
import { fnOf } from "./util";
import { enumType, enumMeta, autoType, enumClass } from "./enum-core";
import { intEnumType, reprEnumType } from "./enum-int";
import { flagType, intFlagType } from "./enum-flag";

export function makeEnum(): PyModule {
  const m = new PyModule("enum");
  m.dict.set("Enum", enumType);
  m.dict.set("ReprEnum", reprEnumType);
  m.dict.set("IntEnum", intEnumType);
  m.dict.set("Flag", flagType);
  m.dict.set("IntFlag", intFlagType);
  m.dict.set("EnumMeta", enumMeta);
  m.dict.set("EnumType", enumMeta);
  m.dict.set("auto", autoType);
  fnOf(m)("unique", (a) => {
    const cls = enumClass(a[0]);
    finalizeType(cls);
    const d = cls.dict.get("__members__") as PyDict;
    const dups = [...d.map.values()]
      .filter(([k, v]) => (v as PyInstance).dict.get("_name_") !== k)
      .map(([k, v]) => `${k} -> ${(v as PyInstance).dict.get("_name_")}`);
    if (dups.length) throw valueError(`duplicate values found in ${repr(cls)}: ${dups.join(", ")}`);
    return cls;
  });
  return m;
}
