import * as np from "../../../../engine/ndarray/index";
import { NDArray } from "../../../../engine/ndarray/index";
let seed = 1;
function randn(shape: number[], s = 0.01) {
  const a = np.zeros(shape);
  const d = a.data as any;
  for (let i = 0; i < a.size; i++) {
    seed = (seed * 16807) % 2147483647;
    d[i] = (seed / 2147483647 - 0.5) * s;
  }
  return a;
}
const H = 16,
  V = 8,
  T = 10;
const Wxh = randn([H, V]),
  Whh = randn([H, H]),
  Why = randn([V, H]),
  bh = np.zeros([H, 1]),
  by = np.zeros([V, 1]);
const params = [Wxh, Whh, Why, bh, by];
const mems = params.map((p) => np.zeros_like(p));
const A = (x: any) => x as NDArray;
function step() {
  const xs: NDArray[] = [],
    hs: NDArray[] = [np.zeros([H, 1])],
    ps: NDArray[] = [];
  let loss = 0;
  for (let t = 0; t < T; t++) {
    const x = np.zeros([V, 1]);
    np.setIndex(
      x,
      [
        { kind: "int", i: t % V },
        { kind: "int", i: 0 },
      ],
      1,
    );
    xs.push(x);
    const h = A(np.tanh(np.add(np.add(np.dot(Wxh, x), np.dot(Whh, hs[t])), bh)));
    hs.push(h);
    const y = A(np.add(np.dot(Why, h), by));
    const e = A(np.exp(np.subtract(y, np.max(y))));
    const p = A(np.true_divide(e, np.sum(e)));
    ps.push(p);
    loss += -Math.log(
      (
        np.getIndex(p, [
          { kind: "int", i: (t + 1) % V },
          { kind: "int", i: 0 },
        ]) as any
      ).value,
    );
  }
  const grads = params.map((p) => np.zeros_like(p));
  let dhnext = np.zeros([H, 1]);
  for (let t = T - 1; t >= 0; t--) {
    const dy = np.copy(ps[t]);
    np.setIndex(dy, [{ kind: "int", i: (t + 1) % V }], np.subtract(np.getIndex(dy, [{ kind: "int", i: (t + 1) % V }]) as any, 1));
    np.add(grads[2], np.dot(dy, hs[t + 1].T), grads[2]);
    np.add(grads[4], dy, grads[4]);
    const dh = A(np.add(np.dot(Why.T, dy), dhnext));
    const dhraw = A(np.multiply(np.subtract(1, np.multiply(hs[t + 1], hs[t + 1])), dh));
    np.add(grads[3], dhraw, grads[3]);
    np.add(grads[0], np.dot(dhraw, xs[t].T), grads[0]);
    np.add(grads[1], np.dot(dhraw, hs[t].T), grads[1]);
    dhnext = A(np.dot(Whh.T, dhraw));
  }
  for (const g of grads) np.clip(g, -5, 5, g);
  for (let i = 0; i < params.length; i++) {
    np.add(mems[i], np.multiply(grads[i], grads[i]), mems[i]);
    np.add(params[i], np.true_divide(np.multiply(-0.1, grads[i]), np.sqrt(np.add(mems[i], 1e-8))), params[i]);
  }
  return loss;
}
const N = Number(process.argv[2] ?? 3000);
for (let i = 0; i < 200; i++) step();
const t0 = performance.now();
const c0 = process.cpuUsage();
let L = 0;
for (let i = 0; i < N; i++) L = step();
const dt = performance.now() - t0;
const cu = process.cpuUsage(c0);
console.log("loss", L.toFixed(6), "per iter", ((dt / N) * 1000).toFixed(1), "us wall", ((cu.user + cu.system) / N).toFixed(1), "us cpu");
