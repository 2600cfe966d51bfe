// `npm run -s py -- FILE.py` (scripts/py.mjs: engine/cli.ts from its prebuilt bundle) behaves like `python3 FILE.py`:
// stdout, traceback on stderr, exit status, limits.
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { mkdtempSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "../../..");
const PY = join(root, "scripts/py.mjs");
const dir = mkdtempSync(join(tmpdir(), "kakunin-cli-"));
function py(source: string | null, ...args: string[]) {
  const file = join(dir, `p${Math.random().toString(36).slice(2)}.py`);
  if (source !== null) writeFileSync(file, source);
  const r = spawnSync(process.execPath, [PY, file, ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { file, stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe("engine CLI", () => {
  it("prints program output and exits 0", () => {
    const r = py('import numpy as np\nprint(np.arange(3) * 2)\nprint("done", 1 / 4)\n');
    expect(r).toMatchObject({ stdout: "[0 2 4]\ndone 0.25\n", stderr: "", status: 0 });
  });

  it("an uncaught exception: output so far on stdout, a traceback naming the absolute path on stderr, exit 1", () => {
    const r = py('print("before")\ndef f(x):\n    return x[3]\nf([1, 2])\n');
    expect(r.stdout).toBe("before\n");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Traceback (most recent call last):");
    expect(r.stderr).toContain(`File "${r.file}", line 4, in <module>`);
    expect(r.stderr).toContain(`File "${r.file}", line 3, in f`);
    expect(r.stderr.trimEnd().split("\n").at(-1)).toBe("IndexError: list index out of range");
  });

  it("--timeout-ms stops an endless loop with TimeoutError", () => {
    const r = py("while True:\n    pass\n", "--timeout-ms", "300");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/TimeoutError/);
  });

  it("--max-memory-mb stops a huge allocation with MemoryError", () => {
    const r = py('import numpy as np\na = np.zeros((1000, 1000, 100))\nprint("allocated")\n', "--max-memory-mb", "64");
    expect(r.stdout).toBe("");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/MemoryError/);
  });

  it("--max-steps stops a long computation", () => {
    const r = py("s = 0\nfor i in range(10**9):\n    s += i\n", "--max-steps", "10000");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/TimeoutError|step/i);
  });

  it("output is written as it is produced: warnings interleave with prints like an unbuffered python3", () => {
    const file = join(dir, "interleave.py");
    writeFileSync(file, 'import numpy as np\nprint("before")\nx = np.array([1.0]) / np.array([0.0])\nprint("after", x)\n');
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${PY}" "${file}" 2>&1`], {
      cwd: root,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.stdout).toBe(
      `before\n${file}:3: RuntimeWarning: divide by zero encountered in divide\n  x = np.array([1.0]) / np.array([0.0])\nafter [inf]\n`,
    );
  });

  it("a missing file or a bad option: a one-line message and exit 2, no Node stack trace", () => {
    const missing = py(null);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`python3: can't open file '${missing.file}': [Errno 2] No such file or directory\n`);
    const bad = py("print(1)\n", "--timeout-ms", "soon");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--timeout-ms needs a positive number/);
    expect(bad.stderr).not.toMatch(/at .*\.(ts|mjs):\d+/);
  });

  it("rebuilds its bundle when an engine source is newer, and runs the new code", () => {
    const id = createHash("sha1").update(root).digest("hex").slice(0, 8); // one bundle per checkout (scripts/py.mjs)
    const bundle = join(root, `node_modules/.cache/kakunin/engine-cli-${id}.mjs`);
    expect(py("print(1)\n").status).toBe(0);
    const past = new Date("2001-01-01T00:00:00Z"); // older than every source
    utimesSync(bundle, past, past);
    expect(py("print(2)\n")).toMatchObject({ stdout: "2\n", status: 0 });
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(past.getTime() + 1000);
  });
});
