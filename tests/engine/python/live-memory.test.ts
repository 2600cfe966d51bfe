// Live-bytes limit: with the Node memory probe, maxMemoryBytes bounds what a program keeps alive (not only each
// single allocation), while short-lived temporaries, however many, stay allowed.
import { describe, expect, test } from "vitest";
import { runPython, Session, type MemoryProbe, type RunOptions } from "../../../engine/index";
import { nodeMemoryProbe } from "../../../lib/engine-host/memory-probe";

const MB = 1024 * 1024;
const node = nodeMemoryProbe();

/** The Node probe, recording the highest live reading (above the first) that the engine saw. */
function watchedProbe(): MemoryProbe & { peak: number; probes: number } {
  const base = node.liveBytes();
  const p = {
    peak: 0,
    probes: 0,
    liveBytes: () => {
      const v = node.liveBytes();
      p.probes++;
      p.peak = Math.max(p.peak, v - base);
      return v;
    },
    collect: node.collect,
  };
  return p;
}

function run(src: string, opts: RunOptions) {
  return runPython(src, { timeoutMs: 60_000, maxSteps: 1e10, ...opts });
}

describe("live memory limit (Node probe)", () => {
  test("the probe can force a collection on this Node", () => {
    expect(typeof node.collect).toBe("function");
  });

  // A regression would hold 12 × 160 MB; kept well below what would take the machine down.
  test("arrays kept in a list → MemoryError soon after the limit, memory stays near it", () => {
    const probe = watchedProbe();
    const rssBefore = process.memoryUsage().rss;
    const maxRssBefore = process.resourceUsage().maxRSS * 1024;
    const t = performance.now();
    const r = run("import numpy as np\nL = []\nfor i in range(12):\n    L.append(np.ones(20_000_000))\nprint(len(L))\n", {
      maxMemoryBytes: 256 * MB,
      memoryProbe: probe,
    });
    const ms = performance.now() - t;
    expect(r.error?.type).toBe("MemoryError");
    expect(r.error?.message).toBe("out of memory: the program holds more than 256 MB");
    expect(r.error?.line).toBe(4);
    expect(r.stdout).toBe("");
    expect(ms).toBeLessThan(10_000);
    // 1 array (160 MB) was held when it refused the second: never above limit + one probe interval
    expect(probe.peak).toBeLessThan(256 * MB + 64 * MB);
    const maxRssAfter = process.resourceUsage().maxRSS * 1024;
    expect(maxRssAfter).toBeLessThan(Math.max(maxRssBefore, rssBefore + 256 * MB + 128 * MB));
  });

  test("the same program with a limit that fits it runs", () => {
    const r = run("import numpy as np\nL = []\nfor i in range(3):\n    L.append(np.ones(1_000_000))\nprint(len(L))\n", {
      maxMemoryBytes: 256 * MB,
      memoryProbe: watchedProbe(),
    });
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("3\n");
  });

  test("200 temporaries of 50 MB (10 GB in all, ≤ 100 MB live) complete under 256 MB", { timeout: 60_000 }, () => {
    const probe = watchedProbe();
    const r = run(
      "import numpy as np\ns = 0.0\nfor i in range(200):\n    a = np.zeros(6_250_000)\n    a[i] = 1.0\n    s += a[i]\nprint(s)\n",
      { maxMemoryBytes: 256 * MB, memoryProbe: probe },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("200.0\n");
    expect(probe.probes).toBeGreaterThan(50);
  });

  // .upper() makes each a flat 10 MB string ('x' * n alone is a small tree of V8 cons strings)
  test("a list of big strings hits the limit too", () => {
    const r = run("L = []\nfor i in range(60):\n    L.append(('x' * 10_000_000 + str(i)).upper())\nprint(len(L))\n", {
      maxMemoryBytes: 128 * MB,
      memoryProbe: watchedProbe(),
    });
    expect(r.error?.type).toBe("MemoryError");
    expect(r.error?.message).toBe("out of memory: the program holds more than 128 MB");
  });

  test("the MemoryError is catchable; once the program lets go it can allocate again", () => {
    const src = [
      "import numpy as np",
      "L = []",
      "try:",
      "    while True:",
      "        L.append(np.ones(1_000_000))",
      "except MemoryError as e:",
      "    print('caught', len(L) >= 4, e)",
      "L = None",
      "M = [np.ones(1_000_000) for _ in range(3)]",
      "print(len(M))",
    ].join("\n");
    const r = run(src, { maxMemoryBytes: 32 * MB, memoryProbe: watchedProbe() });
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("caught True out of memory: the program holds more than 32 MB\n3\n");
  });

  test("without a probe (the browser) only single allocations are bounded", () => {
    const src = "import numpy as np\nL = [np.ones(2_500_000) for _ in range(6)]\nprint(len(L))\n";
    expect(run(src, { maxMemoryBytes: 32 * MB, memoryProbe: null }).stdout).toBe("6\n");
    expect(run(src, { maxMemoryBytes: 32 * MB, memoryProbe: watchedProbe() }).error?.type).toBe("MemoryError");
  });

  test("what the host held before the session is not charged to the program", () => {
    const hostOwn = new Float64Array(40 * MB); // 320 MB the host keeps
    hostOwn[1] = 1;
    const r = run("import numpy as np\nL = [np.ones(2_000_000) for _ in range(6)]\nprint(len(L))\n", {
      maxMemoryBytes: 128 * MB,
      memoryProbe: node,
    });
    expect(r.stdout).toBe("6\n");
    expect(hostOwn[1]).toBe(1);
  });

  test("a session's later runs count what its earlier runs left alive", () => {
    const s = new Session({ maxMemoryBytes: 64 * MB, memoryProbe: node, maxSteps: 1e10, timeoutMs: 60_000 });
    expect(s.exec("import numpy as np\nA = [np.ones(1_000_000) for _ in range(5)]\n").ok).toBe(true); // 40 MB
    const r = s.exec("B = [np.ones(1_000_000) for _ in range(5)]\n"); // 80 MB in all
    expect(r.error?.type).toBe("MemoryError");
  });
});

describe("grader processes bound live bytes", () => {
  const version = {
    id: "live-memory",
    content: {
      setup: "import numpy as np\nx = np.arange(3) + SEED\n",
      limits: { timeMs: 20_000, memoryMb: 64, outputKb: 16 },
      publicTests: [{ name: "seed_zero", seed: 0, compare: ["y"] }],
      hiddenTestCount: 0,
    },
    secret: { solution: "y = 2 * x\n", hiddenTests: [], rtol: 1e-7, atol: 1e-9 },
  };

  test("a submission holding 320 MB of arrays under a 64 MB limit fails with MemoryError; a fair one passes", {
    timeout: 120_000,
  }, async () => {
    const { GraderPool } = await import("../../../lib/grader-pool/pool");
    const pool = new GraderPool({ size: 1 });
    try {
      await pool.ready();
      const hog = await pool.run(version, "L = [np.ones(1_000_000) for _ in range(40)]\ny = 2 * x\n");
      expect(hog.tests[0]?.passed).toBe(false);
      expect(hog.tests[0]?.error).toMatchObject({ type: "MemoryError", message: "out of memory: the program holds more than 64 MB" });
      const fair = await pool.run(version, "L = [np.ones(1_000_000) for _ in range(4)]\ny = 2 * x\n");
      expect(fair.tests[0]?.passed).toBe(true);
      expect(pool.stats.stopped).toEqual({ memory: 0, time: 0, cpu: 0, crash: 0 });
    } finally {
      await pool.close();
    }
  });
});
