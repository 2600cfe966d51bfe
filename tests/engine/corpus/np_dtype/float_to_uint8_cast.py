import numpy as np
f = np.array([0.0, 0.4, 0.6, 1.0, 254.9, 255.0])
print(f.astype(np.uint8), np.round(f).astype(np.uint8), (f * 0.5).astype(np.int32))
bits = np.array([0.2, 0.7, 0.5, 1.5])
out = np.zeros(4, dtype=np.uint8)
for i, v in enumerate(bits):
    out[i] = np.round(v)
print(out, out.dtype)
u = np.zeros(3, dtype=np.uint8)
u[0] = 1.9
u[1] = True
u[2] = np.float64(2.5)
print(u)
