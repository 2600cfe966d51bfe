# A set keeps the element it already holds when an equal one is added: {1, 1.0} is {1}, {True, 1} is {True}.
print({1, 1.0}, {True, 1}, set([1, 1.0, True]), frozenset([1.0, 1]))
s = {1}
s.add(1.0)
s |= {1.0, 2}
s.update([True, 2.0])
print(s, {1} | {1.0}, {1.0} | {1}, {x for x in [1, 1.0, True]})
print({1: "a", 1.0: "b", True: "c"})
