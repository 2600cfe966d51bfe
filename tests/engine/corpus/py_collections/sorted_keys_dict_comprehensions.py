import numpy as np

results = {"sgd": 0.8712, "momentum": 0.9123, "adagrad": 0.9034, "adam": 0.9301}
ranked = sorted(results.items(), key=lambda kv: kv[1], reverse=True)
for rank, (name, acc) in enumerate(ranked, start=1):
    print(f"{rank}. {name:<10}{acc:.2%}")
print(max(results, key=results.get), min(results.values()))
arrs = {f"W{i}": np.full((i, i), i, dtype=float) for i in range(1, 4)}
print({k: v.shape for k, v in arrs.items()})
print({k: float(v.sum()) for k, v in arrs.items() if v.size > 1})
sq = [x ** 2 for x in range(10) if x % 3]
print(sq)
nested = [[i * j for j in range(3)] for i in range(3)]
print(nested, np.array(nested).T.tolist())
flat = [v for row in nested for v in row]
print(flat, sorted(flat, key=lambda v: (v % 2, -v)))
gen = (x for x in np.arange(5) if x > 1)
print(list(gen))
print(sorted(["Banana", "apple", "cherry"], key=str.lower))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
vals = np.array([3.2, 1.5, 4.8, 2.2])
order = sorted(range(len(vals)), key=lambda i: vals[i])
print(order, [vals[i] for i in order])
print(sorted(vals), type(sorted(vals)[0]))
print(list(map(lambda x: round(x, 1), vals)), list(filter(lambda x: x > 2, vals)))
inv = {v: k for k, v in enumerate("abcd")}
print(inv, {*range(3)}, [*"hi", *range(2)])
print(dict(zip(["a", "b"], np.array([1, 2]))))
m = {k: [] for k in "xy"}
m["x"].append(1)
print(m)
print(sum([[1], [2, 3]], []), any(v > 4 for v in vals), all(vals > 1))
print(list(enumerate(np.array([[1, 2], [3, 4]]))))
print(sorted({"b": 2, "a": 1}), reversed([1, 2]).__class__.__name__, list(reversed(range(3))))
