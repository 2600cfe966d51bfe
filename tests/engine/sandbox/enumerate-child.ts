// Child process of enumerate.test.ts: discovers every callable the engine exposes (builtins, builtin types and their
// methods, every function, type and ufunc of every module in BUILTIN_MODULES, methods of every type found there) and
// calls each with large arguments under small limits, printing one JSON line per call (see child.ts).
// Usage: enumerate-child.ts START (the index of the first call to make)
import { Session } from "../../../engine/index";
import { BUILTIN_MODULES } from "../../../engine/python/interpreter";
import { builtins } from "../../../engine/python/builtins";
import { typeOf } from "../../../engine/python/objects/types";
import {
  PyType,
  PyModule,
  PyBuiltin,
  PyFastCall,
  PyMethodDescr,
  PyFunction,
  PyClassMethod,
  PyStaticMethod,
} from "../../../engine/python/objects/core";
import { timed, underCharged } from "./timed";
import { nodeMemoryProbe } from "../../../lib/engine-host/memory-probe";
import { writeLine } from "./child";
import { ARRAY_FIXTURES, ARRAY_INTACT, ARRAY_OPS } from "./array-ops";

export const LIMITS = { timeoutMs: 200, maxMemoryBytes: 64 * 1024 * 1024 };
/** Garbage left by earlier calls above which the heap is collected before the next call. */
const GARBAGE_BYTES = 16 * 1024 * 1024;

/** Big values, built once per session; their memory is the host's, not the calls'. */
const FIXTURES = `
${Object.keys(BUILTIN_MODULES)
  .map((m) => `import ${m}`)
  .join("\n")}
import numpy as np
BIG_INT = 10**5000
HUGE = 10**9
NEG = -10**9
L = list(range(10**5))
T = tuple(L)
S = 'ab' * 50_000
D = {i: i for i in range(10**4)}
ST = set(range(10**4))
A = np.arange(10**5) * 1.0
SHAPE = (10**5, 10**5)
NSHAPE = (-1, 5)
F = 1e308
L5 = L[:10**4]
D4 = {i: i for i in range(10**3)}
ST4 = set(range(10**3))
FS = frozenset(ST)
`;
const INTACT =
  "assert len(L) == 10**5 and len(T) == 10**5 and len(S) == 10**5 and len(D) == 10**4 and len(ST) == 10**4 and A.size == 10**5 and BIG_INT == 10**5000 and HUGE == 10**9";

/** How to make an instance of each type whose methods are called (a fresh one when it is mutable). */
const RECEIVERS: Record<string, string> = {
  int: "BIG_INT",
  bool: "True",
  float: "F",
  str: "S",
  list: "L5.copy()",
  tuple: "T",
  dict: "D4.copy()",
  set: "ST4.copy()",
  frozenset: "FS",
  range: "range(2**53)", // the largest range the engine holds exactly (builtins.ts)
  slice: "slice(1, BIG_INT, 3)",
  object: "object()",
  property: "property(len)",
  BaseException: "ValueError(BIG_INT)",
  "numpy.ndarray": "A.copy()",
  "numpy.generic": "np.float64(1e308)",
  "numpy.dtype": "np.dtype('float64')",
  "numpy.ufunc": "np.add",
  "warnings.WarningMessage": "warnings.WarningMessage('m', UserWarning, 'f', 1)",
  "numpy.int64": "np.int64(2**62)",
  "numpy.int32": "np.int32(2**30)",
  "numpy.uint8": "np.uint8(255)",
  "numpy.int8": "np.int8(127)",
  "numpy.int16": "np.int16(2**14)",
  "numpy.uint16": "np.uint16(65535)",
  "numpy.uint32": "np.uint32(2**31)",
  "numpy.uint64": "np.uint64(2**63)",
  "numpy.bool_": "np.bool_(True)",
  "numpy.str_": "np.str_(S)",
  "numpy.random.Generator": "np.random.default_rng(0)",
  "numpy.vectorize": "np.vectorize(abs)",
  "numpy.errstate": "np.errstate()",
  "numpy.nditer": "np.nditer(A)",
  "numpy.poly1d": "np.poly1d(L5)",
  "numpy.lib._index_tricks_impl.IndexExpression": "np.s_",
  "collections.defaultdict": "collections.defaultdict(list, D4)",
  "collections.Counter": "collections.Counter(D4)",
  "collections.OrderedDict": "collections.OrderedDict(D4)",
  "collections.deque": "collections.deque(L5)",
  "warnings.catch_warnings": "warnings.catch_warnings()",
  dict_keys: "D.keys()",
  dict_values: "D.values()",
  dict_items: "D.items()",
  generator: "(x * x for x in L)",
  // the stdlib modules (engine/python/modules/stdlib/), including types reached only through values
  "collections.ChainMap": "collections.ChainMap(D4.copy(), {1: 2})",
  "functools.partial": "functools.partial(len)",
  "functools._lru_cache_wrapper": "functools.lru_cache(len)",
  "functools.KeyWrapper": "functools.cmp_to_key(len)(1)",
  "itertools.chain": "itertools.chain",
  "string.Template": "string.Template('$a ${b}')",
  "operator.itemgetter": "operator.itemgetter(0)",
  "operator.attrgetter": "operator.attrgetter('real')",
  "operator.methodcaller": "operator.methodcaller('copy')",
  "typing.TypeVar": "typing.TypeVar('T')",
  "typing._GenericAlias": "typing.List[int]",
  "abc.ABC": "abc.ABC",
  "contextlib.suppress": "contextlib.suppress(KeyError)",
  "contextlib.nullcontext": "contextlib.nullcontext(1)",
  "contextlib.closing": "contextlib.closing(L)",
  "contextlib._GeneratorContextManager": "contextlib.contextmanager(iter)(L)",
  "fractions.Fraction": "fractions.Fraction(1, 3)",
  "decimal.Decimal": "decimal.Decimal('1.5')",
  "decimal.Context": "decimal.Context()",
  "decimal.SignalDictMixin": "decimal.getcontext().traps",
  "decimal.ContextManager": "decimal.localcontext()",
  "random.Random": "random.Random(1)",
  "re.Pattern": "re.compile('a+b')",
  "re.Match": "re.search('(a)(b)?', 'cat')",
  "dataclasses.Field": "dataclasses.field(default=1)",
  "enum.Enum": "type('E', (enum.Enum,), {'A': 1}).A",
  "enum.IntEnum": "type('N', (enum.IntEnum,), {'A': 1}).A",
  "enum.Flag": "type('F', (enum.Flag,), {'A': 1, 'B': 2}).A",
  "enum.IntFlag": "type('P', (enum.IntFlag,), {'A': 1, 'B': 2}).A",
  "enum.EnumMeta": "type('E2', (enum.Enum,), {'A': 1})",
  "enum.auto": "enum.auto()",
  "textwrap.TextWrapper": "textwrap.TextWrapper()",
};

/** Every callable is called with no argument and with each of these alone… */
const SINGLES = ["", "BIG_INT", "HUGE", "L", "S", "A"];
/** …and with one pair and one triple from these, in turn (all of them over consecutive callables). */
const PAIRS = [
  "BIG_INT, BIG_INT",
  "HUGE, HUGE",
  "L, 2",
  "S, HUGE",
  "A, HUGE",
  "2, BIG_INT",
  "S, S",
  "L, L",
  "D, HUGE",
  "ST, ST",
  "SHAPE, 2",
  "F, F",
  "A, A",
  "BIG_INT, 2",
  "NEG, NEG",
  "NSHAPE, 2",
];
const TRIPLES = ["BIG_INT, BIG_INT, BIG_INT", "3, BIG_INT, BIG_INT", "HUGE, HUGE, HUGE", "L, L, L", "A, HUGE, HUGE"];
export function argLists(k: number): string[] {
  return [...SINGLES, PAIRS[k % PAIRS.length], TRIPLES[k % TRIPLES.length]];
}

/** `impl` is the native function behind the callable: aliases (np.abs, np.absolute) and the exception classes,
 *  which share BaseException's constructor, are called once. */
export interface Callable {
  label: string;
  expr: string;
  impl: unknown;
}
const implOf = (v: any): unknown => {
  if (v instanceof PyType) {
    for (const t of v.mro) if (t.ctor) return t.ctor;
    return v;
  }
  return v instanceof PyBuiltin || v instanceof PyFastCall || v instanceof PyMethodDescr ? v.fn : v;
};

/** Every callable, in a stable order; types that have methods but no receiver are returned apart. */
export function discover(): { callables: Callable[]; noReceiver: string[] } {
  const s = new Session();
  s.exec(FIXTURES);
  const callables: Callable[] = [];
  const types = new Map<PyType, string>();
  const isCallable = (v: any) => v instanceof PyBuiltin || v instanceof PyFastCall || v instanceof PyType || v instanceof PyFunction;
  for (const [name, v] of builtins) {
    if (isCallable(v)) callables.push({ label: name, expr: name, impl: implOf(v) });
    if (v instanceof PyType) types.set(v, name);
  }
  const seen = new Set<PyModule>();
  const walk = (path: string, m: PyModule) => {
    if (seen.has(m)) return;
    seen.add(m);
    for (const [k, v] of m.dict) {
      if (k.startsWith("__")) continue;
      if (v instanceof PyModule) walk(`${path}.${k}`, v);
      else if (isCallable(v)) callables.push({ label: `${path}.${k}`, expr: `${path}.${k}`, impl: implOf(v) });
      if (v instanceof PyType && !types.has(v)) types.set(v, `${path}.${k}`);
    }
  };
  for (const name of Object.keys(BUILTIN_MODULES)) walk(name, s.importModule(name));
  // types reached only through values (dict views, …)
  for (const expr of Object.values(RECEIVERS)) {
    const r = s.exec(`_R = ${expr}`);
    if (!r.ok) throw new Error(`receiver ${expr}: ${r.error?.message}`);
    const t = typeOf(s.globals.get("_R")!.v);
    if (!types.has(t)) types.set(t, t.module === "builtins" ? t.name : `${t.module}.${t.name}`);
  }
  const noReceiver: string[] = [];
  for (const [t, path] of types) {
    const methods = [...t.dict].filter(
      ([, v]) =>
        v instanceof PyMethodDescr ||
        v instanceof PyBuiltin ||
        v instanceof PyClassMethod ||
        v instanceof PyStaticMethod ||
        v instanceof PyFunction ||
        v instanceof PyFastCall,
    );
    if (!methods.length) continue;
    const recv = RECEIVERS[path] ?? RECEIVERS[t.name];
    if (recv === undefined) {
      noReceiver.push(path);
      continue;
    }
    for (const [k, v] of methods) callables.push({ label: `${path}.${k}`, expr: `(${recv}).${k}`, impl: implOf(v) });
  }
  return { callables, noReceiver };
}

function main(): void {
  const from = Number(process.argv[2] ?? 0);
  const out = (o: unknown) => writeLine(JSON.stringify(o) + "\n");
  const { callables, noReceiver } = discover();
  const seenImpl = new Set<unknown>();
  const distinct = callables.filter((c) => !seenImpl.has(c.impl) && seenImpl.add(c.impl));
  const plan = distinct.flatMap((c, k) => argLists(k).map((a) => ({ label: `${c.label}(${a})`, src: `_f = ${c.expr}\n_f(${a})\n` })));
  plan.push(...ARRAY_OPS.map(([label, src]) => ({ label: `${ARRAY_OP}${label}`, src: `${src}\n` })));
  out({ total: plan.length, callables: callables.length, distinct: distinct.length, noReceiver });
  const node = nodeMemoryProbe();
  let session: Session | null = null;
  let withArrays = false;
  let sinceCheck = 0;
  let floor = node.liveBytes();
  const collect = () => {
    node.collect?.();
    floor = node.liveBytes();
  };
  for (let i = from; i < plan.length; i++) {
    // the array operations come last, in a session that also holds their fixtures
    if (plan[i].label.startsWith(ARRAY_OP) && !withArrays) {
      withArrays = true;
      session = null;
    }
    if (session === null || ++sinceCheck >= 25) {
      if (session === null || !session.exec(INTACT).ok || (withArrays && !session.exec(`assert ${ARRAY_INTACT}`).ok))
        session = freshSession(node, withArrays);
      sinceCheck = 0;
    }
    out({ next: i, label: plan[i].label });
    const current = session;
    // the garbage of earlier calls is collected between calls, not during one: a call's CPU time is its own work
    if (node.liveBytes() - floor > GARBAGE_BYTES) collect();
    const run = () => {
      const { result: r, ms, cpuMs } = timed(() => current.exec(plan[i].src));
      return { ms, cpuMs, steps: r.steps, outcome: r.ok ? "ok" : r.error!.type, message: r.error?.message };
    };
    let c = run();
    // a call over the calibration bound is timed again on a clean heap, up to twice, and the lowest CPU time kept: a
    // GC pause, a first run of code not yet optimised, or a moment of contention on a busy CI machine (the other test
    // file beside it) is not the cost the builtin should charge
    for (let retry = 0; retry < 2 && underCharged(c); retry++) {
      collect();
      const again = run();
      if (again.cpuMs < c.cpuMs) c = { ...again, outcome: c.outcome, message: c.message };
    }
    const { message, ...timing } = c;
    out({ i, label: plan[i].label, ...timing, ...(c.outcome === "SystemError" ? { detail: message } : {}) });
  }
  out({ done: true });
}

const ARRAY_OP = "array op: ";

/** A session holding the fixtures (and ARRAY_FIXTURES); the probe measures above them, so each call gets the whole limit. */
function freshSession(node: ReturnType<typeof nodeMemoryProbe>, withArrays = false): Session {
  let offset = 0;
  const probe = { liveBytes: () => node.liveBytes() - offset, collect: node.collect };
  const s = new Session({ timeoutMs: 60_000, maxMemoryBytes: 1 << 30, memoryProbe: probe });
  node.collect?.();
  const before = node.liveBytes();
  const r = s.exec(withArrays ? FIXTURES + ARRAY_FIXTURES : FIXTURES);
  if (!r.ok) throw new Error(`fixtures failed: ${r.error?.traceback}`);
  node.collect?.();
  offset = node.liveBytes() - before;
  Object.assign(s.opts, LIMITS);
  return s;
}

if (process.argv[1]?.endsWith("enumerate-child.ts")) main();
