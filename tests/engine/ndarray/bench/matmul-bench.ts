import * as np from "../../../../engine/ndarray/index";
function rand(shape: number[]) {
  const a = np.zeros(shape);
  const d = a.data as any;
  let s = 7;
  for (let i = 0; i < a.size; i++) {
    s = (s * 16807) % 2147483647;
    d[i] = s / 2147483647 - 0.5;
  }
  return a;
}
const N = Number(process.argv[2] ?? 256);
const A = rand([N, N]),
  B = rand([N, N]);
for (let i = 0; i < 5; i++) np.matmul(A, B);
let best = Infinity;
for (let r = 0; r < 10; r++) {
  const c0 = process.cpuUsage();
  np.matmul(A, B);
  const c = process.cpuUsage(c0);
  best = Math.min(best, (c.user + c.system) / 1000);
}
console.log(`matmul ${N}x${N}: best ${best.toFixed(2)} ms cpu`);
