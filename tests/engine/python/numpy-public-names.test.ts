// Every public name of NumPy's numpy, numpy.linalg and numpy.random (recorded by numpy-public-names.record.py) is
// either provided by the engine or raises NotImplementedError naming it; a name NumPy lacks still raises NumPy's
// AttributeError. So a learner never meets "no attribute" for a function that exists.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { run } from "./helpers";

const recorded: { names: Record<"np" | "linalg" | "random", string[]> } = JSON.parse(
  readFileSync(join(__dirname, "numpy-public-names.json"), "utf8"),
);
const MODULES = { np: "np", linalg: "np.linalg", random: "np.random" } as const;

test.each(Object.entries(MODULES))("each public name of %s exists or is refused by name", (key, mod) => {
  const names = recorded.names[key as keyof typeof MODULES];
  const src = `import numpy as np
names = ${JSON.stringify(names)}
for n in names:
    try:
        getattr(${mod}, n)
    except NotImplementedError as e:
        assert str(e) == f"${mod}.{n} is not supported by this engine", str(e)
        print("refused", n)
    except Exception as e:
        print("FAILED", n, type(e).__name__, e)
`;
  const r = run(src);
  expect(r.error ?? null).toBe(null);
  expect(r.stdout.split("\n").filter((l) => l.startsWith("FAILED"))).toEqual([]);
});

test("a name NumPy lacks is an AttributeError, as a misspelt name is", () => {
  const r = run(
    "import numpy as np\nfor m, n in [(np, 'fftt'), (np.linalg, 'solv'), (np.random, 'geometrix')]:\n    try:\n        getattr(m, n)\n    except AttributeError as e:\n        print(e)\n",
  );
  expect(r.stdout).toBe(
    "module 'numpy' has no attribute 'fftt'\nmodule 'numpy.linalg' has no attribute 'solv'\nmodule 'numpy.random' has no attribute 'geometrix'\n",
  );
});

test("Generator and ndarray methods NumPy has and the engine lacks are present and refuse when used", () => {
  const r = run(`import numpy as np
rng = np.random.default_rng(0)
a = np.arange(3.0)
print(hasattr(rng, "spawn"), hasattr(a, "byteswap"))
for f in (lambda: rng.spawn(2), lambda: rng.vonmises(), lambda: a.byteswap(), lambda: a.device):
    try:
        f()
    except NotImplementedError as e:
        print(e)
print(rng.normal() == np.random.default_rng(0).normal())
`);
  expect(r.stdout).toBe(
    "True True\nGenerator.spawn is not supported by this engine\nGenerator.vonmises is not supported by this engine\n" +
      "ndarray.byteswap is not supported by this engine\nndarray.device is not supported by this engine\nTrue\n",
  );
});
