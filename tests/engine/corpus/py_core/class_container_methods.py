class Params:
    def __init__(self):
        self._d = {}
    def __setitem__(self, k, v):
        self._d[k] = v
    def __getitem__(self, k):
        return self._d[k]
    def __len__(self):
        return len(self._d)
    def __iter__(self):
        return iter(self._d)
    def keys(self):
        return self._d.keys()
p = Params()
p["W1"] = [1, 2]
p["b1"] = 0
print(len(p), p["W1"], list(p), [k for k in p], "W1" in p._d)
for k in p:
    print(k, p[k])
p["W1"][0] += 10
print(p["W1"])
