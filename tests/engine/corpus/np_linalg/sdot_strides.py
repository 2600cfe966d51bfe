# float32 vector · vector by stride, as NumPy picks its loop: `@` sums a reversed or broadcast view in float32 one by
# one, np.dot copies it first; positive strides go to OpenBLAS's sdot (SkylakeX kernel: strided pairs with a fused
# multiply-add, contiguous 64/32-lane FMA accumulators for each 32 elements and float32 products added in a double
# for the rest). Other operand dtypes are cast to a contiguous float32 array first.
import numpy as np
rng = np.random.default_rng(5)
for n in [1, 2, 3, 4, 5, 7, 8, 9, 13, 16, 17, 31, 32, 33, 63, 64, 65, 100, 128, 200, 257]:
    x = rng.standard_normal(2 * n).astype(np.float32)
    y = rng.standard_normal(2 * n).astype(np.float32)
    print(n, repr(x[::2] @ y[::2]), repr(x[:n][::-1] @ y[:n]), repr(np.dot(x[::-1][:n], y[::-1][:n])), repr(np.dot(x[::2], y[:n])),
          repr(np.dot(x[:n], y[:n])), repr(x[n:] @ y[n:]))
x = rng.standard_normal(40).astype(np.float32)
print(repr(np.dot(np.broadcast_to(np.float32(0.1), 40), x)), repr(x[::3] @ np.arange(14, dtype=np.int16)),
      repr(np.arange(14, dtype=np.float16)[::-1] @ x[:14]), repr(np.dot(x[::-2], x[::2])))
