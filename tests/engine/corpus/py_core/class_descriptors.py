# Descriptors a program writes: __set_name__, a validating data descriptor (__get__/__set__), a lazy
# non-data one that caches in the instance's __dict__, class-level access, __delete__.
class Positive:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be > 0")
        setattr(obj, self.name, value)
class Layer:
    units = Positive()
    lr = Positive()
    def __init__(self, units, lr):
        self.units = units
        self.lr = lr
l = Layer(10, 0.1)
print(l.units, l.lr, vars(l), type(Layer.units).__name__)
try:
    l.units = -1
except ValueError as e:
    print(e)
class Lazy:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class Net:
    @Lazy
    def size(self):
        print("computing")
        return 42
n = Net()
print(n.size, n.size)
class Const:
    def __get__(self, obj, cls):
        return ("const", obj is None, cls.__name__)
class H:
    c = Const()
print(H.c, H().c)
h = H(); h.c = 5; print(h.c)
class Del:
    def __get__(self, o, c): return 1
    def __delete__(self, o): print("deleting")
class K:
    d = Del()
k = K()
del k.d
print(k.d)
