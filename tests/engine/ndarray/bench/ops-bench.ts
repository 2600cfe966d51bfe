import * as np from "../../../../engine/ndarray/index";
function rand(shape: number[]) {
  const a = np.zeros(shape);
  const d = a.data as Float64Array;
  let s = 1;
  for (let i = 0; i < d.length; i++) {
    s = (s * 16807) % 2147483647;
    d[i] = s / 2147483647 - 0.5;
  }
  return a;
}
function time(name: string, n: number, f: () => void) {
  for (let i = 0; i < Math.min(n, 1000); i++) f();
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) f();
  const cu = process.cpuUsage(c0);
  const t = (cu.user + cu.system) / 1000;
  console.log(name.padEnd(30), ((t / n) * 1e6).toFixed(0), "ns/op");
}
const A = rand([256, 256]),
  B = rand([256, 256]);
time("matmul 256", 50, () => np.matmul(A, B));
const W = rand([16, 16]),
  h = rand([16, 1]),
  x = rand([16, 1]),
  b = rand([16, 1]);
const v = rand([16]);
time("add 16x1", 1e6, () => np.add(h, b));
time("add 16x16", 1e6, () => np.add(W, W));
time("mul scalar 16x16", 1e6, () => np.multiply(W, 0.5));
time("matmul 16x16 @ 16x1", 1e6, () => np.matmul(W, h));
time("dot 16x16 . 16x1", 1e6, () => np.dot(W, h));
time("tanh 16x1", 1e6, () => np.tanh(h));
time("exp 16x16", 1e5, () => np.exp(W));
time("sum 16x16", 1e6, () => np.sum(W));
time("T", 1e6, () => W.T);
time("h @ x.T outer", 1e6, () => np.dot(h, x.T));
time("inplace W += W2", 1e6, () => np.add(W, 0.001, W));
time("clip out", 1e6, () => np.clip(W, -5, 5, W));
time("getIndex a[i]", 1e6, () => np.getIndex(W, [{ kind: "int", i: 3 }]));
time("1-x*x", 1e6, () => np.subtract(1, np.multiply(h, h)));
time("max", 1e6, () => np.max(v));
time("zeros_like", 1e6, () => np.zeros_like(W));
time("div sqrt", 1e6, () => np.true_divide(W, np.sqrt(np.add(W, 1e-8 + 1))));
