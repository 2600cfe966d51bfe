import copy
import numpy as np
params = {"W": np.ones((2, 2)), "b": np.zeros(2), "cfg": {"lr": 0.1, "layers": [2, 2]}}
shallow = copy.copy(params)
deep = copy.deepcopy(params)
params["W"] += 1
params["cfg"]["layers"].append(3)
print(shallow["W"][0, 0], deep["W"][0, 0], shallow["cfg"]["layers"], deep["cfg"]["layers"])
a = np.arange(6)
v = a[1:4]
v[0] = 100
c = a[1:4].copy()
c[1] = -1
print(a, v.base is a, c.base is None, np.shares_memory(a, v), np.may_share_memory(a, c))
b = a.reshape(2, 3)
b[0, 0] = 7
print(a[0], b.flags["OWNDATA"], a.flags["OWNDATA"], b.base is a)
t = a.T
f = a[::2]
f[:] = 0
print(a, f.flags["C_CONTIGUOUS"], np.ascontiguousarray(f).flags["C_CONTIGUOUS"])
lst = [[0] * 2] * 2
lst[0][0] = 1
print(lst)
lst2 = [[0] * 2 for _ in range(2)]
lst2[0][0] = 1
print(lst2)
x = np.zeros(3)
y = x
y += 1
z = x + 0
z += 1
print(x, y is x, z is x)
m = np.arange(4)
idx = m[[0, 1]]
idx[0] = 99
mask = m[m > 1]
mask[:] = -5
print(m, idx, mask)
class Layer:
    def __init__(self):
        self.W = np.ones(2)
l1 = Layer()
l2 = copy.deepcopy(l1)
l2.W[0] = 5
print(l1.W, l2.W, l1 is l2)
