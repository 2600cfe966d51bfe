import numpy as np

params = {}
sizes = [4, 3, 2]
for i, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:]), start=1):
    params[f"W{i}"] = np.full((n_in, n_out), 0.1 * i)
    params[f"b{i}"] = np.zeros(n_out)
print(list(params), len(params))
print({k: v.shape for k, v in params.items()})
total = sum(v.size for v in params.values())
print(f"total params: {total}")
grads = {k: np.ones_like(v) for k, v in params.items()}
for k in params.keys() & grads.keys():
    pass
print(sorted(params.keys() & grads.keys()))
params.update({k: params[k] - 0.01 * grads[k] for k in params})
print(params["W1"][0], params["b2"])
snapshot = {k: v.copy() for k, v in params.items()}
params["W1"][0, 0] = 99
print(snapshot["W1"][0, 0], params["W1"][0, 0])
alias = dict(params)
alias["W1"][0, 0] = -1
print(params["W1"][0, 0])
print("W3" in params, params.get("W3"), params.get("W3", np.zeros(1)))
popped = params.pop("b2")
print(popped, list(params))
merged = {**snapshot, "extra": np.arange(2)}
print(list(merged)[-2:], merged | {"extra": 0} == merged if False else len(merged | {"x": 1}))
try:
    params["W9"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    {np.array([1]): 1}
except TypeError as e:
    print(e)
