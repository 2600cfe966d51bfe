import numpy as np
a = np.arange(6).reshape(2, 3) * 0.5
print(a.tolist(), a[0, 1].item(), type(a[0, 1].item()).__name__, np.array([7]).item())
print(np.array(3.5).tolist(), np.int64(4).item(), type(np.int64(4).item()).__name__)
print(list(np.arange(3)), [type(v).__name__ for v in np.arange(2)], float(np.float32(0.1)))
try:
    np.array([1, 2]).item()
except ValueError as e:
    print("ValueError:", e)
print(int(np.array(5)), float(np.array(2.5)), int(np.array([5])[0]))
