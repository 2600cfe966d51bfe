from functools import reduce
import operator
words = ["ab", "c", "def"]
print(list(map(str.__len__, words)), sorted(words, key=str.__len__))
print(reduce(list.__add__, [[1], [2, 3], []]))
print([1, 2].__mul__(2), (3).__rmul__([0]), "ab".__rmul__(2))
print(int.__add__(True, 2), True.__or__(False), (5).__and__(3), (5).__lshift__(2), (2**70).__add__(1))
print((1.5).__eq__(1.5), (1.5).__eq__(2), (2).__eq__(2), "a".__lt__("b"), [1].__lt__([2]), [1].__lt__((2,)))
print((7).__truediv__(2), (7.0).__floordiv__(2), (7.5).__mod__(2), (2.0).__pow__(0.5), (2).__rpow__(3))
print((-3).__abs__(), (-0.0).__abs__(), (4).__invert__(), True.__neg__(), (2.5).__neg__(), (2**64).__neg__())
print((0).__bool__(), (2.5).__int__(), (2**70).__float__(), (3).__int__())
bads = [lambda: int.__add__(1.5, 2), lambda: "a".__add__(1), lambda: [1].__add__((2,)), lambda: "ab".__mul__("x"),
        lambda: (1).__add__(), lambda: float.__lt__(1, 2.0), lambda: str.__len__(5)]
for bad in bads:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print((1).__add__(1.5), (1.5).__sub__("x"), (1).__lt__("a"), "a".__eq__(1), [1].__eq__((1,)))
class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Money(int.__add__(self.v, o.v if isinstance(o, Money) else o))
    def __radd__(self, o):
        return self.__add__(o)
print(sum([Money(1), Money(2)], Money(0)).v, (1 + Money(2)).v)
print(int.__add__)
