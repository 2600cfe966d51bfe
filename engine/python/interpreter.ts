// Session: globals, module loading, running code, tracebacks, exporting values.
import { parse } from "./parser";
import { PySyntaxError } from "./errors-syntax";
import { compileModule, toPyExc, globalCell, isStackOverflow } from "./compiler";
import { Frame } from "./frame";
import { Cell, PyModule, PyExcObj, PyFloat, PyFunction, PyList, PyTuple, PyDict, TBEntry } from "./objects/core";
import { repr, str } from "./objects/ops";
import { typeOf } from "./objects/types";
import { exc, ModuleNotFoundError, excTypes } from "./errors";
import { builtins } from "./builtins";
import "./objects/methods";
import "./objects/dunders";
import "./objects/float-hex";
import { CTX } from "./context";
import {
  RT,
  resetRT,
  watchMemory,
  unwatchMemory,
  memoryBaseline,
  getDefaultMemoryProbe,
  getDefaultClock,
  type MemoryProbe,
} from "./limits";
import { makeSys, makeColab } from "./modules/sys";
import { makePyplot, plotState, flushPlots, PlotSpec } from "./modules/pyplot";
import { numpyBinding } from "./modules/registry";
import { moduleOnImport } from "./modules/on-import";
import { makeTime, makeString } from "./modules/stdlib";
import { makeWarnings } from "./modules/warnings";
import { addFrameEntry, caretLine } from "./locations";
import { suggestion } from "./suggestions";
import { syntaxWarnings } from "./syntax-warnings";
import type { Module } from "./ast";

export interface RunOptions {
  timeoutMs?: number;
  maxSteps?: number;
  maxMemoryBytes?: number;
  maxOutputBytes?: number;
  maxRecursion?: number;
  modules?: Record<string, string>;
  now?: () => number;
  filename?: string;
  /**
   * Bounds the bytes the program keeps alive (maxMemoryBytes) by measuring the host; null turns it off.
   * Default: the probe installed with setDefaultMemoryProbe (none in the browser: only single allocations are bounded).
   */
  memoryProbe?: MemoryProbe | null;
  /** Called with every piece of output as the program writes it (the result still carries all of it). */
  onOutput?: (stream: "stdout" | "stderr", text: string) => void;
}
export interface PythonErrorInfo {
  type: string;
  message: string;
  line?: number;
  col?: number;
  traceback: string;
}
export interface RunResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  error?: PythonErrorInfo;
  plots: PlotSpec[];
  steps: number;
}
export type ExportedValue =
  | null
  | boolean
  | number
  | string
  | { py: "int"; value: string }
  | { py: "list" | "tuple"; items: ExportedValue[] }
  | { py: "dict"; entries: [ExportedValue, ExportedValue][] }
  | { py: "ndarray"; dtype: string; shape: number[]; data: (number | boolean)[] }
  | { py: "scalar"; dtype: string; value: number | boolean }
  | { py: "other"; type: string; repr: string };

/** The modules the engine provides, by import name (the rest come from RunOptions.modules). */
export const BUILTIN_MODULES: Record<string, (s: Session) => PyModule | null> = {
  sys: () => makeSys(),
  builtins: () => makeBuiltinsModule(),
  google: () => new PyModule("google"),
  "google.colab": () => makeColab(),
  matplotlib: () => {
    const m = new PyModule("matplotlib");
    m.dict.set("use", new (require_builtin())("use", () => null));
    return m;
  },
  "matplotlib.pyplot": () => makePyplot(),
  numpy: () => (numpyBinding.make ? numpyBinding.make() : null),
  time: () => makeTime(),
  string: () => makeString(),
  warnings: () => makeWarnings(),
  "numpy.random": (s) => submodule(s, "numpy", "random"),
  "numpy.linalg": (s) => submodule(s, "numpy", "linalg"),
  "numpy.lib": (s) => submodule(s, "numpy", "lib"),
  "numpy.lib.stride_tricks": (s) => submodule(s, "numpy.lib", "stride_tricks"),
  "numpy.testing": (s) => submodule(s, "numpy", "testing"),
};
/** `builtins`: the names every module sees without importing them (reading it never changes what they are). */
function makeBuiltinsModule(): PyModule {
  const m = new PyModule("builtins");
  for (const [k, v] of builtins) m.dict.set(k, v);
  m.dict.set("__name__", "builtins");
  return m;
}
function submodule(s: Session, parent: string, name: string): PyModule | null {
  const m = s.importModule(parent);
  if (!m.dict.has(name)) m.pending?.(name);
  const r = m.dict.get(name);
  return r instanceof PyModule ? r : null;
}

export class Session {
  globals = new Map<string, Cell>();
  modules = new Map<string, PyModule>();
  sources = new Map<string, string[]>();
  opts: Required<Omit<RunOptions, "modules" | "now" | "memoryProbe" | "onOutput">> & { modules: Record<string, string>; now: () => number };
  private memoryProbe: MemoryProbe | null | undefined;
  /** the host's live bytes before this session's first run: what the program holds is measured above it */
  private memoryBase: number | undefined;
  private out: string[] = [];
  private err: string[] = [];
  private onOutput: RunOptions["onOutput"];
  private emit(stream: "stdout" | "stderr", text: string): void {
    (stream === "stdout" ? this.out : this.err).push(text);
    if (this.onOutput && text) this.onOutput(stream, text);
  }
  private loading = new Set<string>();
  private npState: any = {};
  /** caller-supplied module sources (a Map: never index a plain object with user-controlled names) */
  private userModules: Map<string, string>;

  constructor(options: RunOptions = {}) {
    this.opts = {
      timeoutMs: options.timeoutMs ?? 10000,
      maxSteps: options.maxSteps ?? 50_000_000,
      maxMemoryBytes: options.maxMemoryBytes ?? 512 * 1024 * 1024,
      maxOutputBytes: options.maxOutputBytes ?? 1024 * 1024,
      maxRecursion: options.maxRecursion ?? 1000,
      modules: options.modules ?? {},
      now: options.now ?? getDefaultClock(),
      filename: options.filename ?? "<main>",
    };
    this.memoryProbe = options.memoryProbe;
    this.onOutput = options.onOutput;
    this.userModules = new Map(Object.entries(this.opts.modules).filter(([, v]) => typeof v === "string"));
    globalCell(this.globals, "__name__").v = "__main__";
    globalCell(this.globals, "__builtins__").v = this.importModule("builtins");
  }

  private install(): void {
    CTX.builtins = builtins;
    CTX.sources = this.sources;
    CTX.excStack = [];
    CTX.importModule = (name) => this.importModule(name);
    CTX.write = (stream, s) => {
      if (RT.outTruncated) return;
      RT.outBytes += s.length;
      if (RT.outBytes > RT.maxOut) {
        RT.outTruncated = true;
        const keep = s.length - (RT.outBytes - RT.maxOut);
        this.emit(stream === "stdout" ? "stdout" : "stderr", s.slice(0, Math.max(0, keep)));
        this.emit("stderr", "\n[output truncated: limit of " + RT.maxOut + " bytes reached]\n");
        return;
      }
      this.emit(stream === "stdout" ? "stdout" : "stderr", s);
    };
  }

  importModule(name: string): PyModule {
    const cached = this.modules.get(name);
    if (cached) return cached;
    let m: PyModule | null = null;
    const parts = name.split(".");
    if (parts.length > 1) {
      // import parent first
      const parent = this.importModule(parts.slice(0, -1).join("."));
      const existing = parent.dict.get(parts[parts.length - 1]);
      if (existing instanceof PyModule) {
        this.modules.set(name, existing);
        return existing;
      }
    }
    const make = Object.hasOwn(BUILTIN_MODULES, name) ? BUILTIN_MODULES[name] : moduleOnImport(name);
    if (make) m = make(this);
    if (!m) {
      const src = this.userModules.get(name);
      const isPkg = src === undefined && [...this.userModules.keys()].some((k) => k.startsWith(name + "."));
      if (src !== undefined) m = this.loadSource(name, src);
      else if (isPkg) {
        m = new PyModule(name);
        m.dict.set("__file__", name);
      }
    }
    if (!m) {
      const e = exc(ModuleNotFoundError, `No module named '${name}'`);
      e.dict.set("name", name);
      throw e;
    }
    this.modules.set(name, m);
    if (parts.length > 1) {
      const parent = this.modules.get(parts.slice(0, -1).join("."));
      if (parent && !parent.dict.has(parts[parts.length - 1])) parent.dict.set(parts[parts.length - 1], m);
    }
    return m;
  }

  private loadSource(name: string, src: string): PyModule {
    if (this.loading.has(name))
      throw exc(
        excTypes.get("ImportError")!,
        `cannot import name from partially initialized module '${name}' (most likely due to a circular import)`,
      );
    this.loading.add(name);
    try {
      const filename = name.replace(/\./g, "/") + ".py";
      this.sources.set(filename, src.split("\n"));
      const globals = new Map<string, Cell>();
      globalCell(globals, "__name__").v = name;
      globalCell(globals, "__builtins__").v = this.importModule("builtins");
      let mod;
      try {
        mod = compileModule(parse(src), globals, filename);
      } catch (e) {
        if (e instanceof PySyntaxError) {
          const x = exc(excTypes.get(e.type)!, e.message);
          (x as any).syntax = { line: e.line, col: e.col, file: filename };
          throw x;
        }
        if (isStackOverflow(e)) throw exc(excTypes.get("RecursionError")!, COMPILE_DEPTH);
        throw e;
      }
      const m = new PyModule(name);
      m.dict.set("__file__", filename);
      const f = new Frame([], null, null);
      try {
        mod.body(f);
      } catch (e0) {
        const e = toPyExc(e0);
        addFrameEntry(e, f, filename, "<module>", () => ({ locals: [], globals }));
        throw e;
      }
      for (const [k, c] of globals) if (c.v !== undefined) m.dict.set(k, c.v);
      // keep module dict live: functions keep referencing `globals`
      return m;
    } finally {
      this.loading.delete(name);
    }
  }

  exec(source: string, filename?: string): RunResult {
    const fname = filename ?? this.opts.filename;
    this.out = [];
    this.err = [];
    plotState.current = null;
    plotState.done = [];
    const o = this.opts;
    const start = o.now();
    resetRT(
      {
        maxSteps: o.maxSteps,
        deadline: start + o.timeoutMs,
        now: o.now,
        maxMemoryBytes: o.maxMemoryBytes,
        maxRecursion: o.maxRecursion,
        maxOutputBytes: o.maxOutputBytes,
      },
      o.timeoutMs,
    );
    this.install();
    numpyBinding.onRunStart?.(this.npState);
    const probe = this.memoryProbe === undefined ? getDefaultMemoryProbe() : this.memoryProbe;
    if (probe) {
      // after install(): the engine's globals no longer reach the previous session (its garbage is collectable)
      RT.frame = null;
      this.memoryBase ??= memoryBaseline(probe, o.maxMemoryBytes);
      watchMemory(probe, this.memoryBase);
    }
    this.sources.set(fname, source.split("\n"));
    let error: PythonErrorInfo | undefined;
    try {
      let mod;
      try {
        const tree = parse(source);
        this.warnSyntax(tree, fname);
        mod = compileModule(tree, this.globals, fname);
      } catch (e) {
        if (e instanceof PySyntaxError) {
          error = syntaxInfo(e, fname, this.sources.get(fname)!);
          this.emit("stderr", error.traceback);
        } else if (isStackOverflow(e)) {
          error = { type: "RecursionError", message: COMPILE_DEPTH, traceback: `RecursionError: ${COMPILE_DEPTH}\n` };
          this.emit("stderr", error.traceback);
        } else throw e;
      }
      if (mod) {
        const f = new Frame([], null, null);
        RT.frame = f;
        RT.mainFile = fname;
        // a script's __file__: the name it was given (a path for the CLI, "<main>" by default)
        globalCell(this.globals, "__file__").v = fname;
        // the module's own frame counts toward the recursion limit, as in CPython
        RT.depth = 1;
        try {
          mod.body(f);
        } catch (e0) {
          let e: PyExcObj;
          try {
            e = toPyExc(e0);
          } catch {
            e = exc(excTypes.get("RecursionError")!, "maximum recursion depth exceeded");
          }
          addFrameEntry(e, f, fname, "<module>", () => ({ locals: [], globals: this.globals }));
          if (e.cls === excTypes.get("SystemExit")) {
            const code = e.args[0];
            // str() of the code runs learner code or big conversions: its own errors must not escape the run
            let text = "";
            try {
              text = code === undefined || code === null ? "" : str(code);
            } catch (e2) {
              text = `<exit code: ${toPyExc(e2).cls.name}>`;
            }
            if (code !== undefined && code !== null && typeof code !== "number") this.emit("stderr", text + "\n");
            if (code !== undefined && code !== null && code !== 0) error = { type: "SystemExit", message: text, traceback: "" };
          } else {
            // the message is str() of the exception's arguments, which can fail too (KeyError(10**5000)):
            // then, as CPython, the type and "<exception str() failed>"
            try {
              error = this.errorInfo(e);
            } catch {
              const tb = `${e.cls.name}: <exception str() failed>\n`;
              error = { type: e.cls.name, message: "<exception str() failed>", traceback: tb };
            }
            this.emit("stderr", error.traceback);
          }
        }
      }
    } catch (hostErr) {
      // should not happen; convert to an internal error result
      const msg = hostErr instanceof Error ? hostErr.message : String(hostErr);
      error = { type: "SystemError", message: "internal error: " + msg, traceback: "SystemError: internal error: " + msg + "\n" };
      this.emit("stderr", error.traceback);
    }
    flushPlots();
    numpyBinding.onRunEnd?.(this.npState);
    unwatchMemory();
    RT.depth = 0;
    return { ok: !error, stdout: this.out.join(""), stderr: this.err.join(""), error, plots: plotState.done.slice(), steps: RT.steps };
  }

  /** prints the SyntaxWarnings CPython's compiler prints for this program, before it runs */
  warnSyntax(tree: Module, file: string): void {
    const lines = this.sources.get(file) ?? [];
    for (const w of syntaxWarnings(tree)) {
      const src = (lines[w.line - 1] ?? "").trim();
      this.emit("stderr", `${file}:${w.line}: SyntaxWarning: ${w.message}\n${src ? `  ${src}\n` : ""}`);
    }
  }

  errorInfo(e: PyExcObj): PythonErrorInfo {
    let tb = "";
    const seen = new Set<PyExcObj>();
    const chain = (x: PyExcObj): string => {
      seen.add(x);
      let s = "";
      if (x.cause && !seen.has(x.cause)) s += chain(x.cause) + "\nThe above exception was the direct cause of the following exception:\n\n";
      else if (x.context && !x.suppressContext && !seen.has(x.context))
        s += chain(x.context) + "\nDuring handling of the above exception, another exception occurred:\n\n";
      return s + this.formatOne(x);
    };
    tb = chain(e);
    const syn = (e as any).syntax;
    const inner = e.tb.length ? e.tb[0] : undefined;
    let line = syn?.line ?? inner?.line;
    const msg = e.args.length ? strOrFailed(() => str(e.args.length === 1 ? e.args[0] : new PyTuple(e.args))) : "";
    return {
      type: e.cls.name,
      // a KeyError's message is its repr; a class of the program's with its own __str__ is shown by it
      message:
        e.cls.isSubtype(excTypes.get("KeyError")!) || e.cls.lookup("__str__") instanceof PyFunction ? strOrFailed(() => str(e)) : msg,
      line,
      col: syn?.col !== undefined ? syn.col + 1 : undefined,
      traceback: tb,
    };
  }

  formatOne(e: PyExcObj): string {
    let s = "";
    const entries: TBEntry[] = e.tb.slice().reverse();
    if (entries.length) {
      s += "Traceback (most recent call last):\n";
      let last = "",
        repeat = 0;
      const flush = () => {
        if (repeat > 3) s += `  [Previous line repeated ${repeat - 3} more time${repeat - 3 > 1 ? "s" : ""}]\n`;
      };
      for (const t of entries) {
        const key = `${t.file}:${t.line}:${t.name}`;
        if (key === last) {
          repeat++;
          if (repeat > 3) continue;
        } else {
          flush();
          repeat = 1;
          last = key;
        }
        s += `  File "${t.file}", line ${t.line}, in ${t.name}\n`;
        const src = this.sources.get(t.file)?.[t.line - 1];
        if (src !== undefined && src.trim()) {
          s += "    " + src.trim() + "\n";
          if (t.loc) s += caretLine(src, t.loc);
        }
      }
      flush();
    }
    const syn = (e as any).syntax;
    if (syn) {
      s += `  File "${syn.file}", line ${syn.line}\n`;
      const src = this.sources.get(syn.file)?.[syn.line - 1];
      if (src !== undefined) {
        const trimmed = src.replace(/^\s+/, "");
        s += "    " + trimmed + "\n" + "    " + " ".repeat(Math.max(0, syn.col - (src.length - trimmed.length))) + "^\n";
      }
    }
    let msg = strOrFailed(() => str(e));
    const qn = e.cls.qualname ?? e.cls.name;
    const tn = e.cls.module === "builtins" || e.cls.module === "__main__" ? qn : `${e.cls.module}.${qn}`;
    const hint = suggestion(e);
    if (hint !== null) msg += `. Did you mean: '${hint}'?`;
    s += msg ? `${tn}: ${msg}\n` : `${tn}\n`;
    // PEP 678: the notes added with add_note(), one a line after the message (a note that is not a str by its repr)
    const notes = e.dict.get("__notes__");
    if (notes instanceof PyList) for (const n of notes.items) s += `${typeof n === "string" ? n : repr(n)}\n`;
    return s;
  }

  getGlobal(name: string): ExportedValue | undefined {
    const c = this.globals.get(name);
    if (!c || c.v === undefined) return undefined;
    return exportValue(c.v);
  }
  setGlobal(name: string, v: ExportedValue): void {
    globalCell(this.globals, name).v = importValue(v);
  }
  /** raw access for advanced callers (the Python object itself) */
  getRaw(name: string): unknown {
    return this.globals.get(name)?.v;
  }
}

function require_builtin() {
  return PyBuiltinCls;
}
import { PyBuiltin as PyBuiltinCls } from "./objects/core";

/**
 * Expressions nested thousands deep (`- - - … 1`, `1 + 1 + … + 1`) exhaust the host's stack while the parser or
 * compiler recurses; CPython refuses them at about 3,000 levels with this error, printed without a traceback.
 */
const COMPILE_DEPTH = "maximum recursion depth exceeded during compilation";

function syntaxInfo(e: PySyntaxError, file: string, lines: string[]): PythonErrorInfo {
  const src = lines[e.line - 1];
  let tb = `  File "${file}", line ${e.line}\n`;
  if (src !== undefined) {
    const trimmed = src.replace(/^\s+/, "");
    const text = trimmed.replace(/\s+$/, "");
    tb += "    " + text + "\n";
    // CPython's print_error_text: no caret where the offset falls in the stripped indentation (an unexpected indent or
    // a TabError points at the line's start), and none past the text's end (an unindent that matches no level)
    const indentError = e.message === "unexpected indent" || e.type === "TabError";
    const unindent = e.message === "unindent does not match any outer indentation level";
    const col = unindent ? text.length : Math.min(text.length, Math.max(0, e.col - (src.length - trimmed.length)));
    if (!indentError || trimmed === src) tb += "    " + " ".repeat(col) + "^\n";
  }
  tb += `${e.type}: ${e.message}\n`;
  return { type: e.type, message: e.message, line: e.line, col: e.col + 1, traceback: tb };
}

export function checkSyntax(source: string): PythonErrorInfo | null {
  try {
    compileModule(parse(source), new Map(), "<main>");
    return null;
  } catch (e) {
    if (e instanceof PySyntaxError) return syntaxInfo(e, "<main>", source.split("\n"));
    return { type: "SyntaxError", message: String((e as any)?.message ?? e), traceback: String(e) };
  }
}

export function runPython(source: string, options?: RunOptions): RunResult {
  return new Session(options).exec(source);
}

// ---------------------------------------------------------------- value export/import
export function exportValue(v: any, depth = 0): ExportedValue {
  if (depth > 50) return { py: "other", type: typeOf(v).name, repr: "..." };
  if (v === null || typeof v === "boolean" || typeof v === "string") return v;
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return { py: "int", value: v.toString() };
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyList) return { py: "list", items: v.items.map((x) => exportValue(x, depth + 1)) };
  if (v instanceof PyTuple) return { py: "tuple", items: v.items.map((x) => exportValue(x, depth + 1)) };
  if (v instanceof PyDict)
    return {
      py: "dict",
      entries: [...v.map.values()].map(
        ([k, x]) => [exportValue(k, depth + 1), exportValue(x, depth + 1)] as [ExportedValue, ExportedValue],
      ),
    };
  const ex = numpyBinding.exportValue?.(v);
  if (ex) return ex;
  let r: string;
  try {
    r = repr(v);
  } catch {
    r = "<unrepresentable>";
  }
  return { py: "other", type: typeOf(v).name, repr: r };
}
export function importValue(v: ExportedValue): any {
  if (v === null || typeof v === "boolean" || typeof v === "string") return v;
  if (typeof v === "number") return Number.isInteger(v) && !Object.is(v, -0) ? v : new PyFloat(v);
  switch (v.py) {
    case "int": {
      const b = BigInt(v.value);
      return b <= BigInt(Number.MAX_SAFE_INTEGER) && b >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
    }
    case "list":
      return new PyList(v.items.map(importValue));
    case "tuple":
      return new PyTuple(v.items.map(importValue));
    case "dict": {
      const d = new PyDict();
      for (const [k, x] of v.entries) {
        const kk = importValue(k);
        d.map.set(keyOfImport(kk), [kk, importValue(x)]);
      }
      return d;
    }
    case "ndarray":
    case "scalar": {
      const r = numpyBinding.importValue?.(v);
      if (r === undefined) throw new Error("numpy binding not available");
      return r;
    }
    default:
      return null;
  }
}
import { keyOf as keyOfImport } from "./objects/ops";

/** str() of an exception for its traceback: when that raises (a __str__ that fails, KeyError(10**5000)), CPython
 *  prints "<exception str() failed>" in its place and still prints the traceback above it. */
function strOrFailed(f: () => string): string {
  try {
    return f();
  } catch {
    return "<exception str() failed>";
  }
}
