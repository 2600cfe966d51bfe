# Errors of the protocols a learner's class implements (or forgets): with, in, bool/len, str via a bad
# __repr__, and property getters, setters and deleters.
class OnlyEnter:
    def __enter__(self):
        return self


class Plain:
    pass


for mgr in [3, OnlyEnter(), Plain()]:
    try:
        with mgr:
            print("inside")
    except TypeError as e:
        print(e)


def gen():
    with OnlyEnter():
        yield 1


try:
    list(gen())
except TypeError as e:
    print(e)

for c in [Plain(), 3, None]:
    try:
        print(1 in c)
    except TypeError as e:
        print(e)


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10


print(20 in Seq(), 5 in Seq())


class BadLen:
    def __len__(self):
        return -1


try:
    bool(BadLen())
except ValueError as e:
    print(e)
try:
    print("yes" if BadLen() else "no")
except ValueError as e:
    print(e)


class BadRepr:
    def __repr__(self):
        return 42


for f in [repr, str, print]:
    try:
        f(BadRepr())
    except TypeError as e:
        print(e)


class Optimizer:
    def __init__(self, lr=0.01):
        self._lr = lr

    @property
    def lr(self):
        """learning rate"""
        return self._lr

    @lr.setter
    def lr(self, value):
        if value <= 0:
            raise ValueError(f"lr must be positive, got {value}")
        self._lr = value

    @lr.deleter
    def lr(self):
        print("deleting")
        del self._lr

    @property
    def name(self):
        return type(self).__name__


o = Optimizer()
o.lr = 0.5
print(o.lr, o.name, Optimizer.lr.__doc__, Optimizer.lr.fget.__name__, Optimizer.name.fset)
del o.lr
print(hasattr(o, "_lr"))
try:
    o.lr
except AttributeError as e:
    print(e)
try:
    del o.name
except AttributeError as e:
    print(e)
p = property(lambda self: 1, None, lambda self: print("fdel called"))


class UsesP:
    x = p


u = UsesP()
print(u.x)
del u.x
