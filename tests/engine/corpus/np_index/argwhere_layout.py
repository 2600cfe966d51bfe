# np.argwhere is transpose(nonzero(a)): an F-contiguous view, and float32 sums follow its memory order
import numpy as np

for a in [np.array([[0, 1], [2, 0]]), np.array([0.0, 3.0, 0.0]), np.ones((2, 2, 2), bool), np.array(5), np.array(0)]:
    w = np.argwhere(a)
    print(repr(w), w.shape, w.flags['C_CONTIGUOUS'], w.flags['F_CONTIGUOUS'])
print(np.argwhere(np.array([[1, 0]])).strides)

v0 = np.array([3.5, 4, -2, -2, 0.25, 0, -2, -2, 0.25, -2, 0.25, 4]).reshape(3, 4)
v9 = np.array(np.argwhere(v0 > 0), dtype=np.float32)
v9 -= v9.mean(axis=0, keepdims=True)
print(f'{float(np.sum(v9)):.9f}', repr(np.sum(v9)), v9.strides)

w = np.argwhere(np.arange(6).reshape(2, 3) > 1)
w[0, 0] = 9
print(w, w.copy().strides, w.ravel(), w.T.flags['C_CONTIGUOUS'])
