first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
W, = [42]
print(W)
(W,) = (7,)
print(W)
params = [[1, 2], [3]]
W1, b1 = params
print(W1, b1)
print(*[1, 2, 3], sep="-")
merged = [*range(3), *"ab"]
print(merged)
d = {**{"a": 1}, "b": 2, **{"a": 3}}
print(d)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print("ValueError:", e)
