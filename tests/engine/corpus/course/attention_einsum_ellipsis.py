# Day 4: scaled dot-product attention written with np.einsum, including '...' for any number of batch/head axes
import numpy as np

q = (np.arange(2 * 2 * 3 * 4) % 5 - 2).reshape(2, 2, 3, 4).astype(np.float64)
k = (np.arange(2 * 2 * 3 * 4) % 3 - 1).reshape(2, 2, 3, 4).astype(np.float64)
v = np.arange(2 * 2 * 3 * 4).reshape(2, 2, 3, 4).astype(np.float64)
scores = np.einsum("...qd,...kd->...qk", q, k)
print(scores.shape)
print(scores[1, 0])
print(np.array_equal(scores, q @ np.swapaxes(k, -1, -2)))
mask = np.triu(np.ones((3, 3), dtype=bool), k=1)
scores = np.where(mask, -np.inf, scores / 2.0)
w = np.exp(scores - scores.max(axis=-1, keepdims=True))
w /= w.sum(axis=-1, keepdims=True)
print(np.round(w[0, 1], 6))
ctx = np.einsum("...qk,...kd->...qd", w, v)
print(ctx.shape, np.round(ctx[1, 1], 4))

# '...' in the middle, implicit output (broadcast axes first), broadcasting of size-1 batch axes
a = np.arange(24).reshape(2, 3, 4)
print(np.einsum("i...", a).shape, np.einsum("j...i", a).shape)
print(np.einsum("...ij,...jk", a, np.ones((1, 4, 2), dtype=int)))
print(np.einsum("b...d,b...d->b...", a, a))
print(np.einsum("...ii->...i", np.arange(18).reshape(2, 3, 3)))
for s, ops in [
    ("...ij->ij", (a,)),
    ("...ij...", (a,)),
    ("ijk...l", (a,)),
    ("...ij,...jk->...ik", (np.ones((2, 3, 4)), np.ones((3, 4, 2)))),
]:
    try:
        np.einsum(s, *ops)
    except ValueError as e:
        print("ValueError:", e)
