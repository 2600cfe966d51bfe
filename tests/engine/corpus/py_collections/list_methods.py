l = [3, 1, 4]
l.append(1); l.extend([5, 9]); l.insert(0, 2); l.insert(-1, 6); l.insert(100, 7)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
print(l, l.index(4), l.count(1))
l.sort(); print(l)
l.sort(reverse=True); print(l)
l.reverse(); print(l)
c = l.copy(); c.append(0); print(l, c)
l.clear(); print(l, len(l))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
print([1, 2] + [3], [0] * 3, [[0] * 2] * 2, 2 in [1, 2])
