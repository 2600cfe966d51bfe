// The mutant generator (lib/content/mutants.ts) and the printer behind it (lib/content/unparse.ts):
// each case lists a source and the mutants it must yield (by id and printed source).
import { describe, expect, it } from "vitest";
import { parse } from "@/engine/python/parser";
import { mutateFill, mutateProgram, namesAt, setupNames, sameTree } from "@/lib/content/mutants";
import { stmtLine } from "@/lib/content/unparse";

const fill = (src: string, names: string[] = [], sigmoid?: string) =>
  Object.fromEntries(mutateFill(src, { names, ...(sigmoid ? { sigmoid } : {}) }).map((m) => [m.id, m.source]));

describe("unparse", () => {
  it.each([
    "a - (b - c)",
    "(a + b) * c",
    "-x ** 2",
    "(-x) ** 2",
    "a ** -b",
    "x[::-1, 0]",
    "a[:, None] * hs",
    "np.sum(x, axis=-1)",
    "1.0 / (1 + np.exp(-z))",
    "[f(x) for x, y in zip(a, b) if x > 0]",
    "(1 - z) * h + z * h_bar",
    "a if c else b",
    "not (a and b) or c",
    "(a,)",
    "1e-07 + x",
  ])("%s prints back to the same tree", (src) => {
    const tree = parse(src + "\n").body[0]!;
    const printed = stmtLine(tree);
    expect(sameTree(parse(printed + "\n").body[0], tree), printed).toBe(true);
  });
});

describe("mutateFill", () => {
  it("swaps operands of -, /, @ and .dot, drops terms, and the 1 - of a derivative", () => {
    expect(fill("1 - s ** 2")).toEqual({
      "swap-operands: 1 - s ** 2 → s ** 2 - 1": "s ** 2 - 1",
      "drop-one-minus: 1 - s ** 2 → s ** 2": "s ** 2",
      "drop-term: 1 - s ** 2 → 1": "1",
      "constant: 1 → 0": "0 - s ** 2",
      "constant: 2 → 1": "1 - s ** 1",
    });
    expect(fill("a.dot(b)")).toEqual({
      "swap-operands: a.dot(b) → b.dot(a)": "b.dot(a)",
      "mult-kind: a.dot(b) → a * b": "a * b",
      "add-T: a → a.T": "a.T.dot(b)",
      "add-T: b → b.T": "a.dot(b.T)",
      "add-reverse: a.dot(b) → a.dot(b[::-1])": "a.dot(b[::-1])",
    });
    expect(fill("x / y")).toEqual({ "swap-operands: x / y → y / x": "y / x", "drop-factor: x / y → x": "x" });
  });

  it("replaces a name only by another variable in scope, never a function or module", () => {
    expect(fill("np.tanh(W.dot(h))", ["W", "U", "h"])).toEqual({
      "sibling-fn: np.tanh(W.dot(h)) → 1 / (1 + np.exp(-W.dot(h)))": "1 / (1 + np.exp(-W.dot(h)))",
      "sibling-fn: np.tanh(W.dot(h)) → np.maximum(0, W.dot(h))": "np.maximum(0, W.dot(h))",
      "swap-operands: W.dot(h) → h.dot(W)": "np.tanh(h.dot(W))",
      "mult-kind: W.dot(h) → W * h": "np.tanh(W * h)",
      "add-T: W → W.T": "np.tanh(W.T.dot(h))",
      "add-T: h → h.T": "np.tanh(W.dot(h.T))",
      "add-reverse: W.dot(h) → W.dot(h[::-1])": "np.tanh(W.dot(h[::-1]))",
      "replace-name: W → U": "np.tanh(U.dot(h))",
      "replace-name: W → h": "np.tanh(h.dot(h))",
      "replace-name: h → W": "np.tanh(W.dot(W))",
      "replace-name: h → U": "np.tanh(W.dot(U))",
    });
  });

  it("uses the sigmoid in scope, swaps sum and mean, and changes axes", () => {
    expect(fill("_sigmoid(x)", [], "_sigmoid")).toEqual({
      "sibling-fn: _sigmoid(x) → np.tanh(x)": "np.tanh(x)",
      "sibling-fn: _sigmoid(x) → np.maximum(0, x)": "np.maximum(0, x)",
      "add-reverse: _sigmoid(x) → _sigmoid(x[::-1])": "_sigmoid(x[::-1])",
    });
    expect(fill("hs.sum(axis=0)")).toEqual({
      "sibling-fn: hs.sum(axis=0) → hs.mean(axis=0)": "hs.mean(axis=0)",
      "axis: hs.sum(axis=0) → hs.sum(axis=1)": "hs.sum(axis=1)",
      "axis: hs.sum(axis=0) → hs.sum(axis=-1)": "hs.sum(axis=-1)",
    });
  });

  it("drops and adds [::-1], swaps a two-element list argument", () => {
    const ms = fill("np.concatenate([h_f, h_b[::-1]])", ["h_f", "h_b"]);
    expect(ms["drop-reverse: h_b[::-1] → h_b"]).toBe("np.concatenate([h_f, h_b])");
    expect(ms["add-reverse: np.concatenate([h_f, h_b[::-1]]) → np.concatenate([h_f[::-1], h_b[::-1]])"]).toBe(
      "np.concatenate([h_f[::-1], h_b[::-1]])",
    );
    expect(ms["swap-operands: np.concatenate([h_f, h_b[::-1]]) → np.concatenate([h_b[::-1], h_f])"]).toBe(
      "np.concatenate([h_b[::-1], h_f])",
    );
  });

  it("does not count the reference or an accepted spelling as a mutant", () => {
    const ms = mutateFill("a.dot(b)", { names: [] }, ["b.dot(a)"]);
    expect(ms.map((m) => m.source)).not.toContain("b.dot(a)");
  });

  it("gives the same id to every transpose of one operand", () => {
    const ms = mutateFill("x.dot(W) + x.dot(U)", { names: [] }).filter((m) => m.id === "add-T: x → x.T");
    expect(ms.map((m) => m.source)).toEqual(["x.T.dot(W) + x.dot(U)", "x.dot(W) + x.T.dot(U)"]);
  });
});

describe("mutateProgram", () => {
  const src = [
    "def f(xs, W):",
    "    h = np.zeros(3)  # keeps comments elsewhere",
    "    for t in range(1, len(xs)):",
    "        h = np.tanh(W.dot(xs[t]) + h)",
    "    return h",
    "",
  ].join("\n");

  it("changes one line per mutant and keeps the rest of the file byte for byte", () => {
    const ms = mutateProgram(src);
    expect(ms.length).toBeGreaterThan(10);
    for (const m of ms) {
      const a = src.split("\n"),
        b = m.source.split("\n");
      expect(b.length).toBe(a.length);
      expect(a.filter((l, i) => l !== b[i]).length).toBe(1);
      expect(b.findIndex((l, i) => l !== a[i]) + 1).toBe(m.line);
    }
  });

  it("shifts range bounds by one and replaces names by the function's locals", () => {
    const by = Object.fromEntries(mutateProgram(src).map((m) => [m.id, m.source.split("\n")[m.line - 1]]));
    expect(by["off-by-one: range(1, len(xs)) → range(2, len(xs))"]).toBe("    for t in range(2, len(xs)):");
    expect(by["off-by-one: range(1, len(xs)) → range(1, len(xs) - 1)"]).toBe("    for t in range(1, len(xs) - 1):");
    expect(by["drop-term: W.dot(xs[t]) + h → W.dot(xs[t])"]).toBe("        h = np.tanh(W.dot(xs[t]))");
    expect(by["replace-name: h → W"]).toBe("        h = np.tanh(W.dot(xs[t]) + W)");
    expect(by["replace-name: h → W #2"]).toBe("    return W");
  });

  it("knows the names in scope at a line, with the setup's globals at module level", () => {
    expect(namesAt(src, 4)).toEqual(["W", "h", "t", "xs"]);
    expect(namesAt("y = x + 1\n", 1, ["x"])).toEqual(["x", "y"]);
    expect(
      setupNames("import numpy as np\nrng = np.random.RandomState(SEED)\nact = np.tanh\ndef g(v):\n    return v\nx, y = rng.rand(2), 3\n"),
    ).toEqual(["x", "y"]);
  });
});
