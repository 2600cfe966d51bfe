// warnings: the filters learners use to silence (or escalate) warnings — filterwarnings / simplefilter with "ignore",
// "error", "always", "default" and a category, resetwarnings, catch_warnings() as a context manager (record=True
// gives the list of WarningMessage objects instead of showing them), and warn().
// The filter list lives in RT (reset for every run); NumPy's RuntimeWarnings consult it through warningAction.
import { PyModule, PyBuiltin, PyType, PyInstance, PyList, KW } from "../objects/core";
import { objectType } from "../objects/types";
import { def } from "../objects/methods";
import { repr, str, truthy } from "../objects/ops";
import { RT } from "../limits";
import { exc, excTypes, typeError, valueError } from "../errors";
import { CTX } from "../context";
import { bindPy } from "./numpy/signature";

const ACTIONS = new Set(["ignore", "error", "always", "default", "module", "once"]);

function categoryName(c: any): string | null {
  if (c === undefined || c === null) return null;
  if (c instanceof PyType) return c.name === "Warning" ? null : c.name;
  return null;
}

/** What to do with a warning of `category` (a class name): the newest matching filter's action, else "default". */
export function warningAction(category: string): string {
  for (const f of RT.warningFilters) {
    if (f.category === null || f.category === category || isSubclass(category, f.category)) return f.action;
  }
  return "default";
}

function isSubclass(category: string, base: string): boolean {
  const t = excTypes.get(category);
  return !!t && t.mro.some((m) => m.name === base);
}

function addFilter(action: unknown, category: unknown, append: boolean): void {
  const a = typeof action === "string" ? action : str(action);
  if (!ACTIONS.has(a)) throw valueError(`invalid action: '${a}'`);
  const f = { action: a, category: categoryName(category) };
  if (append) RT.warningFilters.push(f);
  else RT.warningFilters.unshift(f);
  filtersMutated();
}

const catchWarningsType = new PyType("catch_warnings", [objectType]);
catchWarningsType.module = "warnings";
catchWarningsType.ctor = (_cls, args, kw) => {
  if (args.length) throw typeError(`catch_warnings.__init__() takes 1 positional argument but ${args.length + 1} were given`);
  const inst: any = new PyInstance(catchWarningsType);
  for (const k of kw?.keys() ?? [])
    if (k !== "record") throw typeError(`catch_warnings.__init__() got an unexpected keyword argument '${k}'`);
  inst.record = truthy(kw?.get("record") ?? false);
  return inst;
};
def(catchWarningsType, "__enter__", (self: any) => {
  self.saved = RT.warningFilters.slice();
  self.savedLog = RT.warningLog;
  filtersMutated();
  if (!self.record) return null;
  const log = new PyList([]);
  RT.warningLog = log;
  return log;
});
def(catchWarningsType, "__exit__", (self: any) => {
  if (self.saved) RT.warningFilters = self.saved;
  RT.warningLog = self.savedLog ?? null;
  filtersMutated();
  return false;
});

/** A recorded warning (warnings.WarningMessage): message, category, filename, lineno, file, line, source. */
const warningMessageType = new PyType("WarningMessage", [objectType]);
warningMessageType.module = "warnings";
def(warningMessageType, "__str__", (self: PyInstance) => {
  const d = self.dict;
  const c = d.get("category");
  return `{message : ${repr(d.get("message"))}, category : ${repr(c instanceof PyType ? c.name : null)}, filename : ${repr(d.get("filename"))}, lineno : ${str(d.get("lineno"))}, line : ${repr(d.get("line"))}}`;
});
const WARNING_MESSAGE_FIELDS = ["message", "category", "filename", "lineno", "file", "line", "source"];
function warningMessage(...values: any[]): PyInstance {
  const w = new PyInstance(warningMessageType);
  WARNING_MESSAGE_FIELDS.forEach((k, i) => w.dict.set(k, values[i] ?? null));
  return w;
}
warningMessageType.ctor = (_cls, args, kw) => {
  const p = bindPy({ name: "WarningMessage.__init__", positional: WARNING_MESSAGE_FIELDS, required: 4 }, args, kw);
  return warningMessage(...WARNING_MESSAGE_FIELDS.map((k) => p[k]));
};

let warned = new Set<string>();
/** The session's "already shown" set (a warning shows once per location, as in a Python process). */
export function useWarnedSet(s: Set<string>): void {
  warned = s;
}
/** A change of the filters forgets which warnings were shown (CPython's registries follow _filters_version). */
function filtersMutated(): void {
  warned.clear();
}

/** Shows a warning on stderr as Python does ("file:line: Category: message" and the source line), filtered. */
export function emitWarning(category: string, message: string): void {
  const action = warningAction(category);
  if (action === "ignore") return;
  if (action === "error") throw exc(excTypes.get(category) ?? excTypes.get("UserWarning")!, message);
  const f = (RT as any).frame;
  const line = f?.line ?? 0;
  const file = f?.fn?.code?.filename ?? RT.mainFile ?? "<main>";
  const key = `${category}:${message}:${file}:${line}`;
  if (action !== "always") {
    if (warned.has(key)) return;
    warned.add(key);
  }
  if (RT.warningLog !== null) {
    const cls = excTypes.get(category) ?? excTypes.get("UserWarning")!;
    RT.warningLog.items.push(warningMessage(exc(cls, message), cls, file, line));
    return;
  }
  const src = CTX.sources.get(file)?.[line - 1];
  CTX.write("stderr", `${file}:${line}: ${category}: ${message}\n${src !== undefined ? "  " + src.trim() + "\n" : ""}`);
}

export function makeWarnings(): PyModule {
  const m = new PyModule("warnings");
  const fn = (n: string, f: (a: any[], kw: KW) => any) => m.dict.set(n, new PyBuiltin(n, f));
  fn("filterwarnings", (a, kw) => {
    addFilter(a[0] ?? kw?.get("action"), a[2] ?? kw?.get("category"), !!(a[5] ?? kw?.get("append")));
    return null;
  });
  fn("simplefilter", (a, kw) => {
    addFilter(a[0] ?? kw?.get("action"), a[1] ?? kw?.get("category"), !!(a[3] ?? kw?.get("append")));
    return null;
  });
  fn("resetwarnings", () => {
    RT.warningFilters = [];
    filtersMutated();
    return null;
  });
  fn("warn", (a, kw) => {
    const message = a[0] ?? kw?.get("message");
    const category = (a[1] ?? kw?.get("category")) instanceof PyType ? (a[1] ?? kw?.get("category")).name : "UserWarning";
    emitWarning(category, typeof message === "string" ? message : str(message));
    return null;
  });
  m.dict.set("catch_warnings", catchWarningsType);
  m.dict.set("WarningMessage", warningMessageType);
  for (const n of ["Warning", "UserWarning", "DeprecationWarning", "RuntimeWarning"]) if (excTypes.get(n)) m.dict.set(n, excTypes.get(n));
  return m;
}
