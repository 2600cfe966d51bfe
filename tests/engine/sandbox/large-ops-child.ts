// Child process of large-ops.test.ts: single operations that do a lot of work in one builtin call (a sort, an
// einsum, iterating a big array from a builtin, wrapping a long text), each run under small limits, printing one JSON
// line per program (see child.ts). The small versions must still succeed: the charges refuse work, not programs.
// Usage: large-ops-child.ts START
import { runPython } from "../../../engine/index";
import { timed } from "./timed";
import { nodeMemoryProbe } from "../../../lib/engine-host/memory-probe";
import { writeLine } from "./child";

export const LIMITS = { timeoutMs: 300, maxMemoryBytes: 128 * 1024 * 1024 };
/** Programs whose memory grows faster than their time runs out get longer: the memory limit must stop them. */
export const MEMORY_TIMEOUT_MS = 10_000;
const SMALL_TIMEOUT_MS = 10_000;

/** Program templates: N is replaced by the large size (which must be stopped) or by the small one (which must pass). */
export const OPERATIONS: { name: string; large: string; small: string; src: string; memory?: true }[] = [
  { name: "ndarray.sort", large: "3*10**6", small: "10**4", src: "a = np.random.rand(N)\na.sort()" },
  { name: "np.argsort", large: "3*10**6", small: "10**4", src: "i = np.argsort(np.random.rand(N))" },
  { name: "np.unique", large: "3*10**6", small: "10**4", src: "u = np.unique(np.random.randint(0, 10**9, N))" },
  {
    name: "np.unique(return_counts)",
    large: "3*10**6",
    small: "10**4",
    src: "u = np.unique(np.random.randint(0, 9, N), return_counts=True)",
  },
  { name: "min(ndarray)", large: "10**7", small: "10**4", src: "m = min(np.zeros(N))" },
  { name: "list(ndarray)", large: "10**7", small: "10**4", src: "l = list(np.zeros(N))" },
  { name: "np.einsum", large: "600", small: "40", src: "a = np.ones((N, N))\nc = np.einsum('ij,jk->ik', a, a)" },
  { name: "textwrap.fill", large: "4*10**6", small: "10**3", src: "import textwrap\nt = textwrap.fill('a ' * N, 5)" },
  {
    name: "str(ndarray) without a threshold",
    large: "3*10**6",
    small: "10**3",
    src: "import sys\nnp.set_printoptions(threshold=sys.maxsize)\ns = str(np.zeros(N))",
  },
  { name: "np.isin", large: "3*10**6", small: "10**3", src: "m = np.isin(np.zeros(10), np.arange(N))" },
  { name: "np.digitize", large: "3*10**6", small: "10**3", src: "i = np.digitize(np.full(N, 0.5), np.linspace(0, 1, 10**6))" },
  { name: "np.argwhere", large: "10**7", small: "10**4", src: "w = np.argwhere(np.ones(N))" },
  { name: "a[mask] = v", large: "10**7", small: "10**4", src: "a = np.zeros(N, dtype=np.bool_)\na[~a] = True" },
  { name: "np.cumsum", large: "10**7", small: "10**4", src: "c = np.cumsum(np.ones(N, dtype=np.float32))" },
  { name: "random.shuffle(ndarray)", large: "2*10**6", small: "10**3", src: "import random\na = np.arange(N)\nrandom.shuffle(a)" },
  {
    name: "string.Template.substitute",
    large: "10**7",
    small: "10**3",
    src: "import string\nt = string.Template('$a' * N).substitute(a='x' * 100)",
    memory: true,
  },
  { name: "str % tuple", large: "10**7", small: "10**3", src: "t = ('%d' * N) % ((1,) * N)" },
  { name: "re.escape", large: "10**7", small: "10**3", src: "import re\nt = re.escape('.' * N)" },
  { name: "float(str) with underscores", large: "10**7", small: "10**3", src: "x = float('1_' * N + '1')" },
  {
    name: "textwrap.indent",
    large: "10**7",
    small: "10**3",
    src: "import textwrap\nt = textwrap.indent('\\n' * N, '  ')",
    memory: true,
  },
  { name: "np.array(list of arrays)", large: "10**5", small: "10", src: "x = np.array([np.ones(10**3)] * N)", memory: true },
  { name: "np.array(list of lists)", large: "10**5", small: "10", src: "x = np.array([[0.5] * 10**3] * N)", memory: true },
  { name: "re.split on empty matches", large: "10**6", small: "10**3", src: "import re\nparts = re.split('', 'a' * N)" },
  { name: "str.swapcase", large: "10**7", small: "10**4", src: "t = ('ab' * N).swapcase()" },
  { name: "str.title", large: "10**7", small: "10**4", src: "t = ('ab ' * N).title()" },
  {
    name: "array + array results kept in a list",
    large: "100",
    small: "5",
    src: "x = np.ones(10**6)\ncols = [x]\nfor j in range(N):\n    cols.append(cols[-1] + x)",
    memory: true,
  },
  { name: "np.vander", large: "2*10**4", small: "10", src: "v = np.vander(np.ones(N))", memory: true },
  { name: "np.linalg.inv", large: "1500", small: "20", src: "x = np.linalg.inv(np.eye(N) * 2)" },
  {
    name: "np.linalg.qr(mode='complete')",
    large: "6000",
    small: "20",
    src: "q, r = np.linalg.qr(np.random.rand(N, 3), mode='complete')",
  },
  { name: "np.linalg.lstsq", large: "4*10**6", small: "20", src: "x = np.linalg.lstsq(np.random.rand(N, 2), np.ones(N))" },
  // a symmetric matrix: real eigenvalues, so the whole reduction and QR iteration run
  { name: "np.linalg.eig", large: "1000", small: "20", src: "a = np.random.rand(N, N)\nw, v = np.linalg.eig(a + a.T)" },
];

function main(): void {
  const from = Number(process.argv[2] ?? 0);
  const programs = OPERATIONS.flatMap((op) =>
    (["large", "small"] as const).map((size) => ({
      label: `${op.name} ${size} (N = ${op[size]})${op.memory && size === "large" ? " [memory]" : ""}`,
      src: `import numpy as np\nN = ${op[size]}\n${op.src}\n`,
    })),
  );
  const out = (o: unknown) => writeLine(JSON.stringify(o) + "\n");
  out({ total: programs.length });
  const probe = nodeMemoryProbe();
  for (let i = from; i < programs.length; i++) {
    out({ next: i, label: programs[i].label });
    const label = programs[i].label;
    // a small call is given time enough to show it is not refused; the limits are for the large ones
    const timeoutMs = label.endsWith("[memory]") ? MEMORY_TIMEOUT_MS : label.includes(" small ") ? SMALL_TIMEOUT_MS : LIMITS.timeoutMs;
    const { result: r, ms, cpuMs } = timed(() => runPython(programs[i].src, { ...LIMITS, timeoutMs, memoryProbe: probe }));
    const outcome = r.ok ? "ok" : r.error!.type;
    out({ i, label: programs[i].label, ms, cpuMs, outcome, detail: r.ok ? "" : r.error!.message });
  }
  out({ done: true });
}

if (process.argv[1]?.endsWith("large-ops-child.ts")) main();
