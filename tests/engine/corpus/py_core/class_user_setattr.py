# A class's own __setattr__/__delattr__ run for every assignment; object.__setattr__ and
# super().__setattr__ store past them (module registries, frozen dataclasses, attribute dicts).
from dataclasses import dataclass


class Module:
    def __init__(self):
        object.__setattr__(self, "_params", {})
        self.count = 0

    def __setattr__(self, name, value):
        if isinstance(value, float):
            self._params[name] = value
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self._params.pop(name, None)
        object.__delattr__(self, name)


m = Module()
m.w = 1.5
m.b = 0.5
m.n = 3
print(m._params, m.w, m.n, vars(m))
del m.w
print(m._params, hasattr(m, "w"))
setattr(m, "z", 2.5)
print(m._params)


class Child(Module):
    def __init__(self):
        super().__init__()
        self.lr = 0.01


print(Child()._params)


class Frozen:
    def __init__(self, v):
        super().__setattr__("v", v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")


f = Frozen(3)
print(f.v)
try:
    f.v = 4
except AttributeError as e:
    print(e)


class Doubler:
    def __setattr__(self, k, v):
        print("set", k, v)
        super().__setattr__(k, v * 2)

    def __delattr__(self, k):
        print("del", k)


d = Doubler()
d.a = 4
print(d.a)
del d.a
print(vars(d))


class AttrDict(dict):
    def __getattr__(self, k):
        return self[k]

    def __setattr__(self, k, v):
        self[k] = v


cfg = AttrDict(lr=0.1)
cfg.epochs = 5
print(cfg, cfg.epochs)


@dataclass(frozen=True)
class Shape:
    h: int
    w: int

    def __post_init__(self):
        object.__setattr__(self, "size", self.h * self.w)


s = Shape(2, 3)
print(s, s.size)
try:
    s.h = 1
except AttributeError as e:
    print(type(e).__name__, e)

for bad in [(d, 3, 4), (d, "a")]:
    try:
        object.__setattr__(*bad)
    except TypeError as e:
        print(repr(str(e)))
try:
    object.__delattr__(d)
except TypeError as e:
    print(e)
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print(e)
try:
    object.__delattr__(m, "nothere")
except AttributeError as e:
    print(e)
