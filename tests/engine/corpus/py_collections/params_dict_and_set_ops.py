import numpy as np
params = {"W1": np.ones((2, 2)), "b1": np.zeros(2), "W2": np.ones((2, 1)), "b2": np.zeros(1)}
print(list(params), len(params), "W1" in params, params.get("W3"), params.get("W3", 0))
shapes = {k: v.shape for k, v in params.items()}
print(shapes)
weights = {k: v for k, v in params.items() if k.startswith("W")}
print(sorted(weights), sum(v.size for v in weights.values()))
params.update(W3=np.eye(1))
print(list(params.keys())[-1], params.pop("W3").shape, params.setdefault("lr", 0.1), params["lr"])
del params["lr"]
print(list(params.items())[0][0], dict(sorted(shapes.items(), key=lambda kv: kv[0])))
merged = {**shapes, "extra": (3,)}
print(merged, shapes | {"b2": (9,)})
a, b = {1, 2, 3}, {2, 3, 4}
print(a & b, a | b, a - b, a ^ b, a <= {1, 2, 3, 4}, {x % 3 for x in range(10)})
fs = frozenset([1, 2])
print(fs, {fs: "ok"}[frozenset([2, 1])], len({(1, 2), (2, 1), (1, 2)}))
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: -kv[1]))
inv = {}
for k, v in counts.items():
    inv.setdefault(v, []).append(k)
print(inv, list(zip(*counts.items())))
print(dict.fromkeys("abc", 0), {k: v for k, v in zip(range(3), "xyz")}, list(reversed(counts)))
nested = {"layer1": {"W": 1, "b": 2}, "layer2": {"W": 3}}
print([f"{l}.{p}" for l, d in nested.items() for p in d], nested["layer1"].keys() & {"W", "x"})
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {np.array([1]): 2}
except TypeError as e:
    print("TypeError:", e)
print({np.int64(1): "a", 1: "b"}, {np.float64(0.5): 1}[0.5])
