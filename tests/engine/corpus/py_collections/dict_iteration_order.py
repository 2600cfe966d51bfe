d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d)
del d["alpha"]
d["alpha"] = 0
print(list(d))
print(sorted(d), sorted(d.items()), sorted(d, key=d.get))
print(max(d, key=d.get), min(d.values()))
inv = {v: k for k, v in d.items()}
print(inv)
