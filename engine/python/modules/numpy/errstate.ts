// np.seterr / np.geterr / np.errstate: floating-point conditions ignored, warned about or raised (FloatingPointError).
import * as N from "../../../ndarray/index";
import { PyType, PyDict, PyMethodDescr, KW, PyInstance } from "../../objects/core";
import { objectType } from "../../objects/types";
import { str as pyStr } from "../../objects/ops";
import { typeError, valueError } from "../../errors";
import { builtinAdder } from "./types";

const ERR_KEYS = ["divide", "over", "under", "invalid"] as const;
const ERR_MODES = new Set(["ignore", "warn", "raise", "call", "print", "log"]);
export function errDict(s: N.ErrState): PyDict {
  const dd = new PyDict();
  for (const k of ERR_KEYS) dd.map.set(k, [k, s[k]]);
  return dd;
}
export function errSettings(all: unknown, kw: KW | null | undefined): Partial<N.ErrState> {
  const out: Partial<N.ErrState> = {};
  const mode = (v: unknown): N.ErrMode => {
    const m = pyStr(v);
    if (!ERR_MODES.has(m)) throw valueError(`invalid error mode '${m}'`);
    return m as N.ErrMode;
  };
  if (all !== undefined && all !== null) for (const k of ERR_KEYS) out[k] = mode(all);
  for (const [k, v] of kw ?? []) {
    if (k === "all") continue;
    if (!(ERR_KEYS as readonly string[]).includes(k)) throw typeError(`seterr() got an unexpected keyword argument '${k}'`);
    if (v !== null) out[k as (typeof ERR_KEYS)[number]] = mode(v);
  }
  return out;
}
/** runs f with divide and invalid floating-point conditions ignored (NumPy divides by counts under errstate) */
export function quietly<T>(f: () => T): T {
  const saved = N.getErrState();
  N.setErrState({ divide: "ignore", invalid: "ignore" });
  try {
    return f();
  } finally {
    N.setErrState(saved);
  }
}

export const errstateType = new PyType("errstate", [objectType]);
errstateType.module = "numpy";
errstateType.ctor = (_c, a, kw) => {
  const inst = new PyInstance(errstateType) as any;
  inst.settings = errSettings(a[0] ?? kw?.get("all"), kw);
  return inst;
};
errstateType.dict.set(
  "__enter__",
  new PyMethodDescr("__enter__", (self: any) => {
    self.saved = N.getErrState();
    N.setErrState(self.settings);
    return null;
  }),
);
errstateType.dict.set(
  "__exit__",
  new PyMethodDescr("__exit__", (self: any) => {
    if (self.saved) N.setErrState(self.saved);
    return false;
  }),
);

export function addErrstate(d: Map<string, any>): void {
  const fn = builtinAdder(d);
  fn("seterr", (a, kw) => {
    const old = N.getErrState();
    N.setErrState(errSettings(a[0] ?? kw?.get("all"), kw));
    return errDict(old);
  });
  fn("geterr", () => errDict(N.getErrState()));
  d.set("errstate", errstateType);
}
