// npx tsx scripts/bench/sgemm-micro.ts [MxKxN,...] — nanoseconds of CPU time per multiply-add of a float32 matrix
// product: linalg's JS sgemmFma against gemm(…, f32), which takes the WebAssembly kernel where it pays, and whether
// the two give the same bits. CPU time rather than wall time because the machine may be shared.
import { gemm, sgemmFma } from "../../engine/ndarray/linalg";
import { provideGemmWasm, setSgemmNormalKernels } from "../../engine/ndarray/wasm/gemm";
import { BASE64 } from "../../engine/ndarray/wasm/gemm-wasm";

provideGemmWasm(BASE64); // what the stdlib chunk does (engine/stdlib.ts)

const DEFAULT_SHAPES = "64x100x400,20x100x400,20x400x100,10x100x418,50x100x418,100x20x400,16x16x16,8x8x8";
const shapes = (process.argv[2] ?? DEFAULT_SHAPES).split(",").map((s) => s.split("x").map(Number));

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** best of 7 rounds of ≥ 100 ms each, in ns per multiply-add */
function nsPerMultiplyAdd(f: () => void, multiplyAdds: number): number {
  let best = Infinity;
  for (let round = 0; round < 7; round++) {
    const t0 = cpuMs();
    let calls = 0;
    do {
      f();
      calls++;
    } while (cpuMs() - t0 < 100);
    best = Math.min(best, (cpuMs() - t0) / calls);
  }
  return (best * 1e6) / multiplyAdds;
}

for (const [m, k, n] of shapes as [number, number, number][]) {
  const A = new Float32Array(m * k).map(() => Math.random() - 0.5),
    B = new Float32Array(k * n).map(() => Math.random() - 0.5);
  const viaJs = new Float32Array(m * n),
    viaGemm = new Float32Array(m * n);
  const js = nsPerMultiplyAdd(() => sgemmFma(A, 0, B, 0, viaJs, 0, m, k, n), m * k * n);
  const wasm = nsPerMultiplyAdd(() => gemm(A, 0, B, 0, viaGemm, 0, m, k, n, true), m * k * n);
  const same = viaJs.every((v, i) => Object.is(v, viaGemm[i]));
  setSgemmNormalKernels(false);
  const general = nsPerMultiplyAdd(() => gemm(A, 0, B, 0, viaGemm, 0, m, k, n, true), m * k * n);
  setSgemmNormalKernels(true);
  console.log(
    `${m}×${k}·${k}×${n}: sgemmFma ${js.toFixed(2)} ns, gemm(f32) ${wasm.toFixed(3)} ns per multiply-add ` +
      `(${general.toFixed(3)} without sgemm4n/sgemm1n), ${(js / wasm).toFixed(1)}× faster, same bits: ${same}`,
  );
}
