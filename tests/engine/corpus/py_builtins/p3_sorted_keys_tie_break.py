results = [
    {"model": "rnn", "ppl": 135.2, "params": 1.2e6},
    {"model": "lstm", "ppl": 98.4, "params": 4.8e6},
    {"model": "gru", "ppl": 98.4, "params": 3.6e6},
    {"model": "lstm+drop", "ppl": 87.0, "params": 4.8e6},
]
for r in sorted(results, key=lambda r: (r["ppl"], r["params"])):
    print(f"{r['model']:<10} {r['ppl']:>7.1f} {r['params']:>10.2e}")
print([r["model"] for r in sorted(results, key=lambda r: r["params"], reverse=True)])
print(min(results, key=lambda r: r["ppl"])["model"], max(results, key=lambda r: (r["params"], -r["ppl"]))["model"])
by_params = {}
for r in results:
    by_params.setdefault(r["params"], []).append(r["model"])
print(by_params)
print(sorted(by_params.items()))
import operator
print([r["model"] for r in sorted(results, key=operator.itemgetter("ppl", "model"))])
names = ["b2", "a10", "a9", "B1"]
print(sorted(names), sorted(names, key=str.casefold), sorted(names, key=lambda s: (s[0].lower(), int(s[1:]))))
print(list(enumerate(sorted(set("mississippi")))), sorted({3: "c", 1: "a"}))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2, 1], [1, 2, 3], [1, 2]]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    sorted([{"a": 1}, {"a": 2}])
except TypeError as e:
    print(e)
