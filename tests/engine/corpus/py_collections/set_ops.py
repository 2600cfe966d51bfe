a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.isdisjoint({10}), 3 in a)
s = set()
s.add(3); s.add(1); s.add(3); s.update([2, 5])
print(s, len(s))
s.discard(100); s.remove(5)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
print(sorted({"banana", "apple", "cherry"}), sorted(set("mississippi")))
print(set([3, 1, 2, 1]), {x % 4 for x in range(10)}, frozenset([2, 1]) == {1, 2})
print(len({1, 1.0, True}), set(), {0} == {False})
