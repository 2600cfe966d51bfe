d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(d.pop("b"), d, d.pop("z", None))
d.update({"a": 10, "e": 5}, f=6)
print(d)
print(d.setdefault("a", 0), d.setdefault("g", 7), d)
k, v = d.popitem()
print(k, v, d)
print(dict(zip("xyz", range(3))), dict([("p", 1)]), dict(a=1, b=2), dict.fromkeys("ab", 0))
print({k: v for k, v in sorted(d.items(), key=lambda kv: kv[1])})
for key in d:
    print(key, d[key], end="; ")
print()
c = d.copy(); c["new"] = 1
print("new" in d, "new" in c)
d.clear(); print(d)
print({1: "a", 1.0: "b", True: "c"})
print({(1, 2): "tuple key"}[(1, 2)])
