// Copying a strided matrix into row-major order: the matrix products' packing (linalg.ts) and the WebAssembly kernel's
// input (wasm/gemm.ts).

/** dst[d0 + i·c + j] = src[o + i·s0 + j·s1] for i < r, j < c; in 32×32 tiles so that a transposed source (x.T, W.T)
 *  is not read one cache line per element */
export function packRows(src: any, o: number, s0: number, s1: number, dst: Float64Array, r: number, c: number, d0 = 0): void {
  if (s1 === 1 || r < 32 || c < 32) {
    for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) dst[d0 + i * c + j] = src[o + i * s0 + j * s1];
    return;
  }
  for (let i0 = 0; i0 < r; i0 += 32) {
    const i1 = Math.min(r, i0 + 32);
    for (let j0 = 0; j0 < c; j0 += 32) {
      const j1 = Math.min(c, j0 + 32);
      for (let j = j0; j < j1; j++) for (let i = i0, q = o + i0 * s0 + j * s1; i < i1; i++, q += s0) dst[d0 + i * c + j] = src[q];
    }
  }
}
