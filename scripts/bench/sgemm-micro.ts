import { gemm, sgemmFma } from "../../engine/ndarray/linalg";
import { setWasmGemm } from "../../engine/ndarray/wasm/gemm";
const shapes = (process.argv[2] ?? "64x100x400,20x100x400,10x100x418,50x100x418,100x20x400,2x300x2,8x8x8").split(",").map((s) => s.split("x").map(Number));
for (const [m, k, n] of shapes) {
  const A = new Float32Array(m * k).map(() => Math.random() - 0.5), B = new Float32Array(k * n).map(() => Math.random() - 0.5);
  const C1 = new Float32Array(m * n), C2 = new Float32Array(m * n);
  // CPU time (user + sys), not wall time: the machine may be shared
  const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const time = (f: () => void) => { let best = Infinity; for (let r = 0; r < 7; r++) { const t0 = cpuMs(); let it = 0; do { f(); it++; } while (cpuMs() - t0 < 100); best = Math.min(best, (cpuMs() - t0) / it); } return best * 1e6 / (m * n * k); };
  const js = time(() => sgemmFma(A, 0, B, 0, C1, 0, m, k, n));
  const wa = time(() => gemm(A, 0, B, 0, C2, 0, m, k, n, true));
  let same = true; for (let i = 0; i < m * n; i++) if (!Object.is(C1[i], C2[i])) same = false;
  console.log(`${m}x${k}x${n}: sgemmFma ${js.toFixed(2)} ns/MAC, gemm(f32) ${wa.toFixed(3)} ns/MAC, x${(js / wa).toFixed(1)} same=${same}`);
}
