# maximum/minimum of 0.0 and -0.0 give the second operand (x86-64 maxsd/minsd, as NumPy's loops); clip keeps the
# element; a 1×1 float32 product is NumPy's dot loop (sdot)
import numpy as np

for n in [1, 3, 17]:
    a, b = np.zeros(n), -np.zeros(n)
    print(n, np.maximum(a, -0.0), np.maximum(-0.0, a), np.maximum(b, a), np.minimum(a, b), np.minimum(b, a))
print(np.maximum(0.0, -0.0), np.maximum(-0.0, 0.0), np.minimum(0.0, -0.0), np.minimum(-0.0, 0.0))
print(np.maximum(np.float64(0.0), np.float64(-0.0)), np.max(np.array([0.0, -0.0])), np.max(np.array([-0.0, 0.0])))
print(np.min(np.array([0.0, -0.0])), np.min(np.array([-0.0, 0.0])), np.maximum.reduce(np.array([0.0, -0.0])))
print(np.maximum(np.zeros((2, 3)), -np.zeros(3)), np.maximum(np.zeros(3, dtype=np.float32), -0.0))
print(np.array([[0.0, -0.0], [-0.0, 0.0]]).max(axis=1), np.array([[0.0, -0.0], [-0.0, 0.0]]).min(axis=0))
print(np.maximum(0, np.array([-0.0, 0.0, -1.0])), np.maximum(np.array([-0.0, 0.0, -1.0]), 0))
print(np.maximum(np.array([np.nan, 1.0]), np.array([1.0, np.nan])))
print(np.clip(np.array([-0.0, 0.0]), 0.0, 1.0), np.clip(np.array([-0.0, 0.0]), -0.0, 1.0), np.clip(np.array([-0.0, 0.0]), -1, 0.0))
print(np.clip(np.array([-0.0, 0.0]), 0.0, None), np.clip(np.array([-0.0, 0.0]), None, -0.0), np.clip(-0.0, 0.0, 1.0))
print(np.clip(np.array([np.nan, 1]), 0, 0.5), np.clip(np.array([1, 2.0]), np.nan, 0.5), np.clip(np.array([1, 2.0]), 0, np.nan))
v = np.log(np.full((1, 3), np.float32(1.5)) + 1)
print(v @ v.T, np.dot(v, v.T), v @ v[0], v[0] @ v.T, np.matmul(v, v.T), v[0] @ v[0])
rng = np.random.default_rng(1)
for k in [2, 5, 33]:
    a = rng.standard_normal((1, k)).astype(np.float32)
    b = rng.standard_normal((k, 1)).astype(np.float32)
    M = rng.standard_normal((k, 4)).astype(np.float32)
    print(k, a @ b, np.dot(a, b), a @ M[:, 1:2], np.dot(a, M[:, 2:3]), a[:, ::-1] @ b, np.dot(a[:, ::-1], b), a @ b[:, 0])
    print(rng.standard_normal((2, 1, k)).astype(np.float32) @ b)
