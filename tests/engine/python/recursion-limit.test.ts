// sys.setrecursionlimit is honoured (it was accepted and ignored: a silent wrong answer) with CPython's checks, and
// sys.getrecursionlimit reports it. Expected output: CPython 3.11.7 running the program as a script (the corpus's
// recorder adds frames of its own, which shifts every depth CPython reports here).
import { expect, test } from "vitest";
import { run } from "./helpers";

const program =
  'import sys\n\nprint(sys.getrecursionlimit())\nfor bad in [0, -5, 2.5, "a", 10**10, 1, True]:\n    try:\n        sys.setrecursionlimit(bad)\n    except (ValueError, TypeError, OverflowError, RecursionError) as e:\n        print(type(e).__name__, e)\n\n\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\n\n\ndef g():\n    sys.setrecursionlimit(3)\n\n\ntry:\n    g()\nexcept RecursionError as e:\n    print(e)\n\nsys.setrecursionlimit(50)\nprint(sys.getrecursionlimit(), f(48))\ntry:\n    f(49)\nexcept RecursionError as e:\n    print("f(49):", e)\nsys.setrecursionlimit(1200)\nprint(f(990))\n';

test("sys.setrecursionlimit: CPython's errors, and the new limit holds", () => {
  const r = run(program);
  expect(r.stdout).toBe(
    "1000\nValueError recursion limit must be greater or equal than 1\nValueError recursion limit must be greater or equal than 1\nTypeError 'float' object cannot be interpreted as an integer\nTypeError 'str' object cannot be interpreted as an integer\nOverflowError Python int too large to convert to C int\nRecursionError cannot set the recursion limit to 1 at the recursion depth 2: the limit is too low\nRecursionError cannot set the recursion limit to 1 at the recursion depth 2: the limit is too low\ncannot set the recursion limit to 3 at the recursion depth 3: the limit is too low\n50 48\nf(49): maximum recursion depth exceeded\n990\n",
  );
  expect(r.ok).toBe(true);
});

// With a recursion limit above what the JS stack holds, a program that recurses again from `finally` (or `except`)
// spends its time near the end of the JS stack: the TimeoutError built there overflowed it, became a catchable
// RecursionError, and the next limit check was 4,096 steps away, so the run went on exponentially (a 1-s limit
// ran for minutes). The limit must stop it within a few steps of itself.
test.each(["    try:\n        f()\n    finally:\n        f()\n", "    try:\n        f()\n    except RecursionError:\n        f()\n"])(
  "a recursion that recurses again while unwinding stops at the step limit: %j",
  (body) => {
    const r = run(`import sys\nsys.setrecursionlimit(100000)\n\n\ndef f():\n${body}\n\nf()\n`, { maxSteps: 200_000 });
    expect(r.error?.type).toBe("TimeoutError");
    expect(r.steps).toBeLessThan(200_000 + 2_000);
  },
);
