// float32 vector · vector as NumPy computes it (FLOAT_dot in numpy/_core/src/multiarray/arraytypes.c.src), so that
// np.dot and @ of two float32 vectors print NumPy's last digit. Which loop runs depends on the strides:
// - a stride that is not positive (a reversed view, a broadcast) is not "BLAS-able": NumPy sums float32 products in a
//   float32 accumulator, one by one;
// - otherwise it calls OpenBLAS's sdot, whose x86-64 kernel (kernel/x86_64/sdot.c) has two paths:
//   - both strides 1: float32 products added in a double (below its 32-element vector kernel — longer vectors go
//     through that kernel, whose order is not reproduced here);
//   - any other stride: pairs of float32 products summed in float32, each pair added to a double, an odd last product
//     added alone.
// The result is the double rounded to float32. Matched against NumPy 2.4 on 400 random vectors per path (tests).

const f = Math.fround;

/** Σ a[ao + i·as] · b[bo + i·bs] for i < n, with NumPy's float32 summation for these strides (element units). */
export function sdot(a: ArrayLike<number>, ao: number, as: number, b: ArrayLike<number>, bo: number, bs: number, n: number): number {
  if (as <= 0 || bs <= 0) {
    let s = 0;
    for (let i = 0; i < n; i++, ao += as, bo += bs) s = f(s + f(a[ao]! * b[bo]!));
    return s;
  }
  let d = 0;
  if (as === 1 && bs === 1) {
    if (n >= 32) {
      // the vector kernel's own order is not reproduced: double products summed in a double
      for (let i = 0; i < n; i++) d += a[ao + i]! * b[bo + i]!;
      return f(d);
    }
    for (let i = 0; i < n; i++) d += f(a[ao + i]! * b[bo + i]!);
    return f(d);
  }
  let i = 0;
  for (; i + 1 < n; i += 2, ao += 2 * as, bo += 2 * bs) d += f(f(a[ao]! * b[bo]!) + f(a[ao + as]! * b[bo + bs]!));
  if (i < n) d += f(a[ao]! * b[bo]!);
  return f(d);
}
