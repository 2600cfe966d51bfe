import copy
n = [[1, 2], [3]]
s = copy.copy(n); d = copy.deepcopy(n)
n[0].append(9)
print(s, d)
import numpy as np
params = {"W": np.zeros(2), "b": [0.0]}
snap = copy.deepcopy(params)
params["W"] += 1
params["b"][0] = 5.0
print(params, snap)
