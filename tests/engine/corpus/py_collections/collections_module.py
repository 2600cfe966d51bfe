from collections import Counter, defaultdict, OrderedDict, namedtuple
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"])
dd = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd[k].append(v)
print(dict(dd))
P = namedtuple("P", ["x", "y"])
p = P(1, 2)
print(p, p.x + p.y, p[0], p._replace(x=5))
od = OrderedDict([("b", 1), ("a", 2)])
print(list(od.items()))
