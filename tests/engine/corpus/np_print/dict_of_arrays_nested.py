import numpy as np

params = {"W1": np.arange(6).reshape(2, 3) * 0.1, "b1": np.zeros(3), "W2": np.ones((3, 1), dtype=np.float32)}
print(params)
print({k: v.shape for k, v in params.items()})
print([params["b1"], params["W2"].ravel()])
print((np.int64(3), np.float64(2.5), np.float32(1.5), np.bool_(False)))
print([np.float64(0.1), np.int32(5)])
print({"a": np.array([1, 2]), "n": np.int64(7)})
nested = {"layer": {"w": np.array([[1.0, 2.0]]), "b": np.array([0.5])}}
print(nested)
for k in params:
    print(k, params[k].dtype, params[k].size, sep="\t")
print(np.array([[1.5, np.nan], [np.inf, -np.inf]]))
print(np.array([1e-300, 1e300]))
print(np.array([[1, 200000], [3, 4]]))
print(np.array([], dtype=float), np.zeros((2, 0)), np.empty((0, 3)).shape)
